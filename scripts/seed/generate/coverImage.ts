import sharp from 'sharp'

import { loadFont } from './fonts'
import { svgTextBlock, svgTextLine, textWidth } from './svgText'

export type CoverMotif = 'phone' | 'document' | 'play' | 'sound' | 'chart' | 'list' | 'calendar' | 'shield'
export type CoverFormat = 'landscape' | 'portrait'

export interface CoverDesign {
  /** Short label in the pill, e.g. "TỜ RƠI". */
  eyebrow: string
  title: string
  tagline: string
  /** Gradient start, gradient end, accent. */
  palette: readonly [string, string, string]
  motif: CoverMotif
  format: CoverFormat
  /** Header line; defaults to the province. */
  issuer?: string
}

const SIZES: Record<CoverFormat, { width: number; height: number }> = {
  landscape: { width: 1600, height: 1000 },
  // ISO A ratio (1 : √2) for posters meant to be printed.
  portrait: { width: 1131, height: 1600 },
}

/** A colourful cover/poster with Vietnamese text, as JPEG bytes. */
export async function renderCover(design: CoverDesign): Promise<Buffer> {
  const svg = coverSvg(design)
  return sharp(Buffer.from(svg)).jpeg({ quality: 86, mozjpeg: true }).toBuffer()
}

export function coverSvg(design: CoverDesign): string {
  const { width: w, height: h } = SIZES[design.format]
  const [from, to, accent] = design.palette
  const bold = loadFont('extraBold')
  const semi = loadFont('bold')
  const regular = loadFont('regular')
  const portrait = design.format === 'portrait'
  const pad = portrait ? 90 : 100
  const textWidthMax = portrait ? w - pad * 2 : w * 0.58
  const titleSize = portrait ? 92 : 84

  const issuer = design.issuer ?? 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU'
  const header = svgTextLine(semi, issuer, pad, pad + 10, { size: 30, fill: '#ffffff', opacity: 0.92 })
  const subHeader = svgTextLine(semi, 'DỊCH VỤ CÔNG TRỰC TUYẾN', pad, pad + 56, { size: 30, fill: accent })

  const pillY = pad + 130
  const pillText = design.eyebrow.toUpperCase()
  const pillWidth = textWidth(semi, pillText, 28) + 56
  const pill =
    `<rect x="${pad}" y="${pillY}" rx="30" ry="30" width="${pillWidth}" height="60" fill="${accent}"/>` +
    svgTextLine(semi, pillText, pad + 28, pillY + 41, { size: 28, fill: from })

  const title = svgTextBlock(bold, design.title, pad, pillY + 60 + titleSize * 1.25, textWidthMax, {
    size: titleSize,
    fill: '#ffffff',
    lineHeight: titleSize * 1.14,
    maxLines: portrait ? 6 : 4,
  })
  const tagline = svgTextBlock(regular, design.tagline, pad, title.lastBaseline + 80, textWidthMax, {
    size: portrait ? 40 : 36,
    fill: '#ffffff',
    opacity: 0.9,
    lineHeight: portrait ? 54 : 48,
    maxLines: 3,
  })

  const footerY = h - pad + 20
  const footer =
    `<rect x="0" y="${h - pad - 60}" width="${w}" height="${pad + 60}" fill="#0b1f33" fill-opacity="0.35"/>` +
    svgTextLine(semi, 'dichvucong.gov.vn', pad, footerY, { size: 34, fill: '#ffffff' }) +
    svgTextLine(regular, 'Hỗ trợ: 0213 3876 555', w - pad, footerY, {
      size: 30,
      fill: '#ffffff',
      anchor: 'end',
      opacity: 0.9,
    })

  const motifBox = portrait
    ? { x: w / 2 - 170, y: h - pad - 60 - 420, size: 340 }
    : { x: w - pad - 380, y: h / 2 - 230, size: 380 }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    '<defs>',
    `<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`,
    '</defs>',
    `<rect width="${w}" height="${h}" fill="url(#bg)"/>`,
    `<circle cx="${w * 0.86}" cy="${h * 0.16}" r="${w * 0.12}" fill="${accent}" fill-opacity="0.28"/>`,
    `<circle cx="${w * 0.08}" cy="${h * 0.9}" r="${w * 0.2}" fill="#ffffff" fill-opacity="0.06"/>`,
    mountains(w, h, pad),
    motif(design.motif, motifBox.x, motifBox.y, motifBox.size, accent, from),
    header,
    subHeader,
    pill,
    title.svg,
    tagline.svg,
    footer,
    '</svg>',
  ].join('')
}

/** Layered ridges: Lai Châu is mountain country, and it keeps the covers recognisably one family. */
function mountains(w: number, h: number, pad: number): string {
  const base = h - pad - 60
  const ridge = (offset: number, amplitude: number, opacity: number): string => {
    const points: string[] = [`0,${base}`]
    for (let i = 0; i <= 12; i++) {
      const x = (w / 12) * i
      const y = base - offset - amplitude * Math.abs(Math.sin((i + offset / 40) * 1.3))
      points.push(`${x.toFixed(0)},${y.toFixed(0)}`)
    }
    points.push(`${w},${base}`)
    return `<polygon points="${points.join(' ')}" fill="#ffffff" fill-opacity="${opacity}"/>`
  }
  return ridge(40, 120, 0.07) + ridge(10, 70, 0.1)
}

function motif(kind: CoverMotif, x: number, y: number, s: number, accent: string, ink: string): string {
  const card = `<rect x="${x}" y="${y}" width="${s}" height="${s}" rx="${s * 0.12}" fill="#ffffff" fill-opacity="0.94"/>`
  const cx = x + s / 2
  const cy = y + s / 2
  const u = s / 10
  const line = (x1: number, y1: number, x2: number, y2: number, color = ink, width = u * 0.5): string =>
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${color}" stroke-width="${width}" stroke-linecap="round"/>`
  switch (kind) {
    case 'phone':
      return (
        card +
        `<rect x="${cx - u * 2.2}" y="${y + u * 1.2}" width="${u * 4.4}" height="${u * 7.6}" rx="${u * 0.7}" fill="${ink}"/>` +
        `<rect x="${cx - u * 1.8}" y="${y + u * 1.9}" width="${u * 3.6}" height="${u * 5.8}" rx="${u * 0.3}" fill="#ffffff"/>` +
        `<circle cx="${cx}" cy="${cy + u * 0.2}" r="${u * 1.2}" fill="${accent}"/>` +
        `<polyline points="${cx - u * 0.6},${cy + u * 0.2} ${cx - u * 0.1},${cy + u * 0.7} ${cx + u * 0.7},${cy - u * 0.3}" fill="none" stroke="#ffffff" stroke-width="${u * 0.35}" stroke-linecap="round" stroke-linejoin="round"/>`
      )
    case 'document':
    case 'list':
      return (
        card +
        `<rect x="${x + u * 2.2}" y="${y + u * 1.4}" width="${u * 5.6}" height="${u * 7.2}" rx="${u * 0.4}" fill="${ink}" fill-opacity="0.1" stroke="${ink}" stroke-width="${u * 0.25}"/>` +
        [0, 1, 2, 3, 4]
          .map((i) => {
            const ly = y + u * (2.8 + i * 1.2)
            const bullet =
              kind === 'list' ? `<circle cx="${x + u * 3.1}" cy="${ly}" r="${u * 0.28}" fill="${accent}"/>` : ''
            return bullet + line(x + u * (kind === 'list' ? 3.8 : 3), ly, x + u * (i === 4 ? 5.5 : 7), ly)
          })
          .join('')
      )
    case 'play':
      return (
        card +
        `<circle cx="${cx}" cy="${cy}" r="${u * 3.3}" fill="${ink}"/>` +
        `<polygon points="${cx - u * 1.1},${cy - u * 1.7} ${cx - u * 1.1},${cy + u * 1.7} ${cx + u * 1.8},${cy}" fill="${accent}"/>`
      )
    case 'sound':
      return (
        card +
        `<polygon points="${x + u * 2},${cy - u} ${x + u * 3.2},${cy - u} ${x + u * 4.8},${cy - u * 2.4} ${x + u * 4.8},${cy + u * 2.4} ${x + u * 3.2},${cy + u} ${x + u * 2},${cy + u}" fill="${ink}"/>` +
        [1.2, 2.2, 3.2]
          .map(
            (r) =>
              `<path d="M ${x + u * 5 + r * u * 0.6} ${cy - r * u * 0.9} Q ${x + u * 5 + r * u * 1.3} ${cy} ${x + u * 5 + r * u * 0.6} ${cy + r * u * 0.9}" fill="none" stroke="${accent}" stroke-width="${u * 0.4}" stroke-linecap="round"/>`,
          )
          .join('')
      )
    case 'chart':
      return (
        card +
        [3, 5, 4, 7]
          .map(
            (bar, i) =>
              `<rect x="${x + u * (1.8 + i * 1.7)}" y="${y + u * (8.4 - bar)}" width="${u * 1.2}" height="${u * bar}" rx="${u * 0.2}" fill="${i === 3 ? accent : ink}"/>`,
          )
          .join('') +
        line(x + u * 1.3, y + u * 8.6, x + u * 8.7, y + u * 8.6)
      )
    case 'calendar':
      return (
        card +
        `<rect x="${x + u * 1.6}" y="${y + u * 2}" width="${u * 6.8}" height="${u * 6.4}" rx="${u * 0.5}" fill="${ink}"/>` +
        `<rect x="${x + u * 1.6}" y="${y + u * 2}" width="${u * 6.8}" height="${u * 1.6}" rx="${u * 0.5}" fill="${accent}"/>` +
        svgTextLine(loadFont('extraBold'), '10/10', cx, y + u * 7, { size: u * 2.4, fill: '#ffffff', anchor: 'middle' })
      )
    case 'shield':
      return (
        card +
        `<path d="M ${cx} ${y + u * 1.2} L ${x + u * 8} ${y + u * 2.6} L ${x + u * 8} ${y + u * 5} Q ${x + u * 8} ${y + u * 8} ${cx} ${y + u * 9} Q ${x + u * 2} ${y + u * 8} ${x + u * 2} ${y + u * 5} L ${x + u * 2} ${y + u * 2.6} Z" fill="${ink}"/>` +
        `<rect x="${cx - u * 1.3}" y="${cy - u * 0.2}" width="${u * 2.6}" height="${u * 2}" rx="${u * 0.3}" fill="${accent}"/>` +
        `<path d="M ${cx - u * 0.8} ${cy - u * 0.2} V ${cy - u * 0.9} A ${u * 0.8} ${u * 0.8} 0 0 1 ${cx + u * 0.8} ${cy - u * 0.9} V ${cy - u * 0.2}" fill="none" stroke="${accent}" stroke-width="${u * 0.35}"/>`
      )
  }
}
