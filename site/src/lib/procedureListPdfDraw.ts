import zlib from 'node:zlib'

import type { PDFDocument, PDFFont, PDFName, PDFPage } from 'pdf-lib'

import { qrMatrix } from './qrCode'
import { siteRequire } from './siteRequire'

/**
 * Drawing pieces of the procedure lists' PDF (lib/procedureListPdf.ts) that
 * repeat across units: QR codes, word wrap and link areas, each made or
 * measured once per build where the same address or name comes back.
 */

// Required at run time, not bundled (lib/siteRequire.ts), as print kits do.
let pdfLibModule: typeof import('pdf-lib') | undefined
export const pdfLib = () => (pdfLibModule ??= siteRequire('pdf-lib') as typeof import('pdf-lib'))

/**
 * The QR code of an address as a PDF content stream in module units (a
 * rectangle per run of dark modules, one fill), deflated with node:zlib once
 * per address per build: every commune lists the same commune-level
 * procedures, and pdf-lib's own JavaScript deflate of vector QR codes drawn
 * one by one was most of a list's time. Each document places it as a Form
 * XObject, scaled to the cell.
 */
const qrStreams = new Map<string, { bytes: Uint8Array; modules: number }>()
function qrStream(text: string): { bytes: Uint8Array; modules: number } {
  let cached = qrStreams.get(text)
  if (cached) return cached
  const matrix = qrMatrix(text)
  const quiet = 2
  const modules = matrix.size + quiet * 2
  const ops: string[] = [`1 g 0 0 ${modules} ${modules} re f 0 g`]
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (!matrix.isDark(row, col)) continue
      let end = col
      while (end + 1 < matrix.size && matrix.isDark(row, end + 1)) end++
      // PDF's y runs upwards: row 0 is the top row.
      ops.push(`${col + quiet} ${modules - quiet - row - 1} ${end - col + 1} 1 re`)
      col = end
    }
  }
  ops.push('f')
  cached = { bytes: zlib.deflateSync(Buffer.from(ops.join('\n'), 'latin1')), modules }
  qrStreams.set(text, cached)
  return cached
}

/** Draws the address's QR code, `side` points square, with its lower left corner at (x, y). */
export function drawQr(doc: PDFDocument, page: PDFPage, text: string, x: number, y: number, side: number): void {
  const { bytes, modules } = qrStream(text)
  const { pushGraphicsState, popGraphicsState, concatTransformationMatrix, drawObject } = pdfLib()
  const form = doc.context.register(
    doc.context.stream(bytes, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, modules, modules],
      Filter: 'FlateDecode',
    }),
  )
  const name: PDFName = page.node.newXObject('QR', form)
  const scale = side / modules
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(scale, 0, 0, scale, x, y),
    drawObject(name),
    popGraphicsState(),
  )
}

/** Greedy word wrap; a word wider than the line (a long code or address) is split, so nothing runs past its cell. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  // The same names wrap the same way in every commune's list: measured (fontkit shaping, the costly part) once per build.
  const key = `${font.name}|${size}|${maxWidth}|${text}`
  let lines = wrapped.get(key)
  if (!lines) wrapped.set(key, (lines = wrapUncached(text, font, size, maxWidth)))
  return lines
}
const wrapped = new Map<string, string[]>()

function wrapUncached(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const width = (s: string) => font.widthOfTextAtSize(s, size)
  const space = width(' ')
  const lines: string[] = []
  let line = ''
  let lineWidth = 0
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      if (width(word) <= maxWidth) return [word]
      const pieces: string[] = []
      let piece = ''
      for (const char of word) {
        if (piece && width(piece + char) > maxWidth) {
          pieces.push(piece)
          piece = char
        } else piece += char
      }
      return piece ? [...pieces, piece] : pieces
    })
  for (const word of words) {
    const wordWidth = width(word)
    if (line && lineWidth + space + wordWidth > maxWidth) {
      lines.push(line)
      line = word
      lineWidth = wordWidth
    } else {
      lineWidth = line ? lineWidth + space + wordWidth : wordWidth
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

/** A clickable area (the PDF read on screen, on the unit's portal): opens the address. */
export function addLink(
  doc: PDFDocument,
  page: PDFPage,
  url: string,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const { PDFString } = pdfLib()
  const annotation = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [x, y, x + width, y + height],
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
    }),
  )
  page.node.addAnnot(annotation)
}
