import type { Font } from '@pdf-lib/fontkit'

import { wrapWords } from './wrapWords'

/** Text drawn as SVG paths from a real font, so the picture never depends on system fonts. */

export function textWidth(font: Font, text: string, size: number): number {
  return (font.layout(text.normalize('NFC')).advanceWidth * size) / font.unitsPerEm
}

/** Greedy word wrap by the font's real advance widths. */
export function wrapText(font: Font, text: string, size: number, maxWidth: number): string[] {
  return wrapWords(text, maxWidth, (line) => textWidth(font, line, size))
}

export type TextAnchor = 'start' | 'middle' | 'end'

export interface TextOptions {
  size: number
  fill: string
  anchor?: TextAnchor
  opacity?: number
}

/** One line of text as a single <path>; (x, y) is the baseline point at the given anchor. */
export function svgTextLine(font: Font, text: string, x: number, y: number, options: TextOptions): string {
  const run = font.layout(text.normalize('NFC'))
  const scale = options.size / font.unitsPerEm
  const width = run.advanceWidth * scale
  const startX = options.anchor === 'middle' ? x - width / 2 : options.anchor === 'end' ? x - width : x
  let pen = 0
  const parts: string[] = []
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index]
    if (!position) return
    const d = glyph.path.toSVG()
    if (d) {
      parts.push(`<path transform="translate(${round(pen + position.xOffset)} ${round(position.yOffset)})" d="${d}"/>`)
    }
    pen += position.xAdvance
  })
  const opacity = options.opacity === undefined ? '' : ` fill-opacity="${options.opacity}"`
  return `<g fill="${options.fill}"${opacity} transform="translate(${round(startX)} ${round(y)}) scale(${scale} ${-scale})">${parts.join('')}</g>`
}

/** Several wrapped lines; returns the SVG and the baseline of the last line drawn. */
export function svgTextBlock(
  font: Font,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  options: TextOptions & { lineHeight?: number; maxLines?: number },
): { svg: string; lastBaseline: number; lines: number } {
  const lineHeight = options.lineHeight ?? options.size * 1.2
  let lines = wrapText(font, text, options.size, maxWidth)
  if (options.maxLines && lines.length > options.maxLines) {
    lines = lines.slice(0, options.maxLines)
    lines[lines.length - 1] = `${lines[lines.length - 1]}…`
  }
  const svg = lines.map((line, i) => svgTextLine(font, line, x, y + i * lineHeight, options)).join('')
  return { svg, lastBaseline: y + (lines.length - 1) * lineHeight, lines: lines.length }
}

const round = (n: number): number => Math.round(n * 100) / 100
