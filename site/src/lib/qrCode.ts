import zlib from 'node:zlib'

import QRCode from 'qrcode'

/**
 * QR codes for pages, made at build time with the `qrcode` package.
 *
 * Error correction Q (25 % of the code may be lost): these go on posters and
 * desks, where a code gets scuffed, folded or partly covered by tape.
 *
 * The print PNG is 1-bit and encoded here with node:zlib, not through
 * qrcode's own PNG renderer: that one fills 1200×1200 RGBA pixels one by one
 * (1,000 codes took 104 s on the 2-core build machine, so ≈ 17 min at 10,000
 * materials). A bilevel image built a module row at a time took 2.8 s for
 * 1,000 (≈ 2 kB each) and prints just as sharp.
 */
export const QR_ERROR_CORRECTION = 'Q' as const
/** The quiet zone the QR standard asks for, in modules. */
export const QR_MARGIN = 4
/** Smallest side of the print PNG in pixels: ≈ 300 dpi at 10 cm. */
export const QR_PNG_MIN_SIZE = 1200

/** The code's dark modules, row by row, without the quiet zone. */
export interface QrMatrix {
  size: number
  isDark(row: number, column: number): boolean
}

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION })
  return { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) }
}

/** A scalable SVG (one path, black on white), for designers and large prints. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: QR_ERROR_CORRECTION,
    margin: QR_MARGIN,
    color: { dark: '#000000', light: '#ffffff' },
  })
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))), 0)
  return Buffer.concat([head, data, crc])
}

/** A bilevel (1 bit per pixel) PNG at least `minSize` pixels wide, with whole pixels per module. */
export function qrPng(text: string, minSize = QR_PNG_MIN_SIZE): Buffer {
  const matrix = qrMatrix(text)
  const modules = matrix.size + QR_MARGIN * 2
  const scale = Math.ceil(minSize / modules)
  const side = modules * scale
  // Each scanline: a filter byte (0, none), then 8 pixels a byte, 1 = white.
  const stride = 1 + Math.ceil(side / 8)
  const raw = Buffer.alloc(stride * side)
  const line = Buffer.alloc(stride)
  for (let row = 0; row < modules; row++) {
    line.fill(0xff, 1)
    const r = row - QR_MARGIN
    for (let c = 0; r >= 0 && r < matrix.size && c < matrix.size; c++) {
      if (!matrix.isDark(r, c)) continue
      const from = (c + QR_MARGIN) * scale
      for (let x = from; x < from + scale; x++) line[1 + (x >> 3)]! &= ~(0x80 >> (x & 7))
    }
    for (let y = 0; y < scale; y++) line.copy(raw, (row * scale + y) * stride)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    // pHYs: 300 dpi (11811 pixels a metre), so layout programs place it at print size.
    pngChunk('pHYs', Buffer.from([0, 0, 0x2e, 0x23, 0, 0, 0x2e, 0x23, 1])),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 6 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** Where a page's QR files are: next to the page itself. */
export const QR_FILE = { svg: 'ma-qr.svg', png: 'ma-qr.png' } as const

export const qrResponse = {
  svg: (svg: string) => new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } }),
  png: (png: Buffer) => new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } }),
}
