import type { PDFDocument, PDFFont, PDFImage, PDFPage } from 'pdf-lib'

import { pdfFontBytes, sharedFontkit } from './pdfFonts'
import { blockHeight, drawBlocks, drawQr, rgb, type TextBlock, wrap } from './printKitPdfDraw'
import { siteRequire } from './siteRequire'

// Required at run time, not bundled (lib/siteRequire.ts), and only once a kit is made: pages that list kits never load it.
let pdfLibModule: typeof import('pdf-lib') | undefined
const pdfLib = () => (pdfLibModule ??= siteRequire('pdf-lib') as typeof import('pdf-lib'))

/**
 * One print kit: a poster or leaflet on one sheet, stamped in a footer band
 * with a unit's name, hotline, one-stop desk and a QR code to the material.
 * Pure (bytes in, bytes out), so tests render it without a site build.
 */
export const PAPER_SIZES = {
  a4: { label: 'A4', width: 595.28, height: 841.89 },
  a3: { label: 'A3', width: 841.89, height: 1190.55 },
} as const
export type PaperSize = keyof typeof PAPER_SIZES

export interface PrintKitUnit {
  name: string
  hotline?: string | null
  oneStopAddress?: string | null
  oneStopHours?: string | null
}

export interface PrintKitInput {
  title: string
  summary: string
  /** "Áp phích", "Tờ rơi". */
  kindLabel: string
  /** Who publishes the library, for the header band. */
  publisher: string
  /** Absolute address of the material's page: the printed link. */
  pageUrl: string
  /** What the QR code encodes: the page's address with the scan marker (lib/qrPages.ts qrScanUrl). */
  qrUrl: string
  unit: PrintKitUnit
  /** A stored JPEG or PNG rendition of the cover; other formats cannot go into a PDF as they are. */
  cover?: { bytes: Uint8Array; format: 'jpg' | 'png' } | null
  size: PaperSize
  /** The material's last update: the document's date, so a rebuild of unchanged content gives the same bytes. */
  updatedAt: string
  /** BCP 47 tag of the material's language (`hmn`, `blt`, `ium`), the document's language; Vietnamese if unset. */
  language?: string
}

const BRAND = rgb(0.06, 0.37, 0.66)
const ACCENT = rgb(0.99, 0.78, 0.2)
const INK = rgb(0.12, 0.14, 0.18)
const MUTED = rgb(0.38, 0.42, 0.48)
const BAND = rgb(0.93, 0.96, 0.99)
const WHITE = rgb(1, 1, 1)

/** The unit's lines for the footer: only the details it has, never an empty label. */
export function unitLines(unit: PrintKitUnit): { label: string; value: string }[] {
  const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() || null
  return [
    { label: 'Đường dây nóng', value: clean(unit.hotline) },
    { label: 'Bộ phận Một cửa', value: clean(unit.oneStopAddress) },
    { label: 'Giờ làm việc', value: clean(unit.oneStopHours) },
  ].flatMap((line) => (line.value ? [{ label: line.label, value: line.value.normalize('NFC') }] : []))
}

const warnedCovers = new Set<string>()

/** A cover pdf-lib cannot read (a damaged file) leaves the kit without a picture rather than failing the site build. */
async function embedCover(
  doc: PDFDocument,
  cover: NonNullable<PrintKitInput['cover']>,
  title: string,
): Promise<PDFImage | null> {
  try {
    return cover.format === 'png' ? await doc.embedPng(cover.bytes) : await doc.embedJpg(cover.bytes)
  } catch (error) {
    if (warnedCovers.has(title)) return null
    warnedCovers.add(title)
    console.warn(
      `[in-an] Không đưa được ảnh bìa của «${title}» vào bản in (${String(error)}); bản in được tạo không có ảnh. Hãy tải lại ảnh bìa trong trang quản trị.`,
    )
    return null
  }
}

/** The sheet being drawn, laid out for A4 and scaled by `s`, so A3 is the same design, larger. */
interface Kit {
  doc: PDFDocument
  page: PDFPage
  regular: PDFFont
  bold: PDFFont
  W: number
  H: number
  s: number
  margin: number
}

const nfc = (text: string) => text.normalize('NFC')

export async function renderPrintKit(input: PrintKitInput): Promise<Uint8Array> {
  const kit = await openKit(input)
  const bandBottom = drawHeader(kit, input)
  const footerTop = drawFooter(kit, input)
  await drawMessage(kit, input, bandBottom, footerTop)
  kit.doc.setCreationDate(new Date(input.updatedAt))
  kit.doc.setModificationDate(new Date(input.updatedAt))
  return kit.doc.save({ useObjectStreams: true })
}

/** A new document with both weights of the font embedded, its metadata set, and its one page. */
async function openKit(input: PrintKitInput): Promise<Kit> {
  const paper = PAPER_SIZES[input.size]
  const { width: W, height: H } = paper
  // Everything is laid out for A4 and scaled, so A3 is the same design, larger.
  const s = W / PAPER_SIZES.a4.width
  const margin = 36 * s

  const doc = await pdfLib().PDFDocument.create()
  doc.registerFontkit(sharedFontkit)
  // Every text the sheet draws decides the font: a Thái or Dao letter Be Vietnam Pro lacks switches to Noto Sans.
  const texts = [input.title, input.summary, input.kindLabel, input.publisher, input.pageUrl, input.unit.name]
  const fonts = pdfFontBytes([...texts, ...unitLines(input.unit).map((line) => line.value)])
  const regular = await doc.embedFont(fonts.regular, { subset: true, features: fonts.features })
  const bold = await doc.embedFont(fonts.bold, { subset: true, features: fonts.features })
  doc.setTitle(`${nfc(input.title)} – ${nfc(input.unit.name)} (${paper.label})`)
  doc.setSubject(nfc(input.summary))
  doc.setAuthor(nfc(input.unit.name))
  doc.setCreator(nfc(input.publisher))
  doc.setProducer('Thư viện tuyên truyền dịch vụ công trực tuyến (pdf-lib)')
  doc.setLanguage(input.language && input.language !== 'vi' ? input.language : 'vi-VN')
  doc.setKeywords([nfc(input.kindLabel), nfc(input.unit.name)])
  const page = doc.addPage([W, H])
  return { doc, page, regular, bold, W, H, s, margin }
}

/** Header band: who publishes, what kind of sheet. Returns the y below its accent stripe. */
function drawHeader({ page, regular, bold, W, H, s, margin }: Kit, input: PrintKitInput): number {
  const headerH = 58 * s
  page.drawRectangle({ x: 0, y: H - headerH, width: W, height: headerH, color: BRAND })
  page.drawRectangle({ x: 0, y: H - headerH - 5 * s, width: W, height: 5 * s, color: ACCENT })
  page.drawText(nfc(input.publisher).toUpperCase(), {
    x: margin,
    y: H - 27 * s,
    size: 10.5 * s,
    font: bold,
    color: WHITE,
  })
  page.drawText('Dịch vụ công trực tuyến – Ở đâu cũng làm được', {
    x: margin,
    y: H - 44 * s,
    size: 9.5 * s,
    font: regular,
    color: WHITE,
  })
  const kind = nfc(input.kindLabel).toUpperCase()
  page.drawText(kind, {
    x: W - margin - bold.widthOfTextAtSize(kind, 11 * s),
    y: H - 36 * s,
    size: 11 * s,
    font: bold,
    color: ACCENT,
  })
  return H - headerH - 5 * s
}

/** Footer band, stamped for the unit: its details on the left, the QR code on the right. Returns its top. */
function drawFooter({ page, regular, bold, W, s, margin }: Kit, input: PrintKitInput): number {
  const qrSide = 118 * s
  const pad = 16 * s
  const textWidth = W - margin * 2 - qrSide - pad * 2
  const unitBlocks: TextBlock[] = [
    {
      lines: wrap(nfc(input.unit.name), bold, 15 * s, textWidth),
      font: bold,
      size: 15 * s,
      color: BRAND,
      gapAfter: 5 * s,
    },
    ...unitLines(input.unit).map(({ label, value }) => ({
      lines: wrap(`${label}: ${value}`, regular, 10 * s, textWidth),
      font: regular,
      size: 10 * s,
      color: INK,
      gapAfter: 3 * s,
    })),
  ]
  const qrCaption = 'Quét mã để xem tài liệu'
  const footerH = Math.max(blockHeight(unitBlocks), qrSide + 14 * s) + pad * 2
  const footerY = margin
  page.drawRectangle({
    x: margin,
    y: footerY,
    width: W - margin * 2,
    height: footerH,
    color: BAND,
    borderColor: BRAND,
    borderWidth: 1.2 * s,
  })
  drawBlocks(page, unitBlocks, margin + pad, footerY + footerH - pad)
  const qrX = W - margin - pad - qrSide
  const qrY = footerY + footerH - pad - qrSide
  drawQr(page, input.qrUrl, qrX, qrY, qrSide)
  page.drawText(qrCaption, {
    x: qrX + (qrSide - regular.widthOfTextAtSize(qrCaption, 8 * s)) / 2,
    y: qrY - 11 * s,
    size: 8 * s,
    font: regular,
    color: MUTED,
  })
  return footerY + footerH
}

/** The message between the bands: title, summary, the cover in whatever room is left, and the address in words. */
async function drawMessage(kit: Kit, input: PrintKitInput, bandBottom: number, footerTop: number): Promise<void> {
  const { doc, page, regular, bold, W, s, margin } = kit
  const contentWidth = W - margin * 2
  let y = bandBottom - 26 * s
  y = drawBlocks(
    page,
    [
      {
        lines: wrap(nfc(input.title), bold, 26 * s, contentWidth),
        font: bold,
        size: 26 * s,
        color: BRAND,
        gapAfter: 10 * s,
      },
      {
        lines: wrap(nfc(input.summary), regular, 13 * s, contentWidth),
        font: regular,
        size: 13 * s,
        color: INK,
        gapAfter: 14 * s,
      },
    ],
    margin,
    y,
  )
  const linkSize = 9 * s
  const linkLines = wrap(`Xem đầy đủ và tải về: ${input.pageUrl}`, regular, linkSize, contentWidth)
  const linkTop = footerTop + 14 * s + linkLines.length * linkSize * 1.3
  drawBlocks(page, [{ lines: linkLines, font: regular, size: linkSize, color: MUTED, gapAfter: 0 }], margin, linkTop)

  const image = input.cover ? await embedCover(doc, input.cover, input.title) : null
  if (image) {
    const boxTop = y
    const boxBottom = linkTop + 12 * s
    if (boxTop - boxBottom > 60 * s) {
      const scale = Math.min(contentWidth / image.width, (boxTop - boxBottom) / image.height)
      const w = image.width * scale
      const h = image.height * scale
      page.drawImage(image, { x: margin + (contentWidth - w) / 2, y: boxTop - h, width: w, height: h })
    }
  }
}
