/**
 * Good and hostile uploads, generated in code (no binary fixtures): minimal
 * valid files of every accepted type, and a corpus of broken, disguised and
 * malicious ones for the upload gate (cms/collections/Media/hooks/checkUpload.ts).
 */
import zlib from 'node:zlib'

import { strToU8, zipSync, type Zippable } from 'fflate'
import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

import { renderJingleWav } from '../../scripts/seed/generate/jingleWav'
import { renderSlideshowMp4 } from '../../scripts/seed/generate/slideshowMp4'

export interface GeneratedFile {
  name: string
  /** What the browser claims; never trusted by the CMS. */
  mimetype: string
  data: Buffer
}

const MB = 1024 * 1024
const text = (value: string): Buffer => Buffer.from(value, 'utf8')

export const rasterImage = (
  format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff',
  width = 64,
  height = 48,
): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 110, b: 180 } } })
    .toFormat(format)
    .toBuffer()

export const gpsPhoto = (): Promise<Buffer> =>
  sharp({ create: { width: 80, height: 60, channels: 3, background: { r: 200, g: 90, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'Samsung', Orientation: '6' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 23/1 4500/100' },
    })
    .toBuffer()

export async function pdf(
  pages = 2,
  edit?: (doc: PDFDocument) => void | Promise<void>,
  useObjectStreams = true,
): Promise<Buffer> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let index = 0; index < pages; index++)
    doc.addPage([300, 400]).drawText(`Trang ${index + 1}`, { x: 40, y: 340, size: 20, font })
  await edit?.(doc)
  return Buffer.from(await doc.save({ useObjectStreams }))
}

/** A JavaScript OpenAction, stored (with object streams) inside a compressed object stream. */
const withJavaScriptAction = (doc: PDFDocument): void => {
  const action = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFHexString.fromText('app.alert(1)') })
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action))
}

const withLaunchAction = (doc: PDFDocument): void => {
  const action = doc.context.obj({ Type: 'Action', S: 'Launch', F: PDFString.of('cmd.exe') })
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action))
}

export const mp4 = (): Promise<Buffer> =>
  renderSlideshowMp4({
    title: 'Video thử',
    cover: {
      eyebrow: 'VIDEO',
      title: 'Video thử',
      tagline: 'DVCTT',
      palette: ['#0b3d91', '#1d6fd6', '#ffd166'],
      motif: 'play',
      format: 'landscape',
    },
    slides: ['Cảnh 1'],
    secondsPerSlide: 1,
  })

const box = (type: string, payload: Buffer): Buffer => {
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + payload.length, 0)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, payload])
}

/** ftyp M4A + moov + mdat: the box structure of an M4A, no decodable audio. */
export const m4a = (): Buffer =>
  Buffer.concat([
    box('ftyp', Buffer.concat([text('M4A '), Buffer.alloc(4), text('M4A isomiso2')])),
    box('moov', box('mvhd', Buffer.alloc(100))),
    box('mdat', Buffer.alloc(64)),
  ])

const ebml = (id: number[], payload: Buffer): Buffer => {
  // 8-byte size vint: 0x01 then 7 bytes.
  const size = Buffer.alloc(8)
  size[0] = 0x01
  size.writeUIntBE(payload.length, 2, 6)
  return Buffer.concat([Buffer.from(id), size, payload])
}

/** EBML header (DocType webm) and a Segment with Info: a minimal WebM structure. */
export function webm(segmentSizeDelta = 0): Buffer {
  const header = ebml(
    [0x1a, 0x45, 0xdf, 0xa3],
    Buffer.concat([ebml([0x42, 0x86], Buffer.from([1])), ebml([0x42, 0x82], text('webm'))]),
  )
  const info = ebml([0x15, 0x49, 0xa9, 0x66], ebml([0x2a, 0xd7, 0xb1], Buffer.from([0x0f, 0x42, 0x40])))
  const segment = ebml([0x18, 0x53, 0x80, 0x67], info)
  if (segmentSizeDelta) segment.writeUIntBE(info.length + segmentSizeDelta, 6, 6)
  return Buffer.concat([header, segment])
}

/** Silent MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz). */
export const mp3 = (frames = 40): Buffer => {
  const frame = Buffer.alloc(417)
  frame.writeUInt32BE(0xfffb9064, 0)
  return Buffer.concat(Array.from({ length: frames }, () => frame))
}

export const wav = (): Buffer => renderJingleWav({ melody: [62, 64, 67] }).data

export const vtt = (): Buffer => text('WEBVTT\n\n00:00.000 --> 00:04.000\nĐăng ký khai sinh trực tuyến\n')

const OOXML = {
  docx: {
    part: 'word/document.xml',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  },
  pptx: {
    part: 'ppt/presentation.xml',
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  },
  xlsx: { part: 'xl/workbook.xml', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' },
} as const

/** A minimal OOXML package; `extra` adds entries, `withoutMainPart` drops the main part. */
export function ooxml(
  kind: keyof typeof OOXML,
  extra: Zippable = {},
  options: { withoutMainPart?: boolean; contentType?: string } = {},
): Buffer {
  const { part, type } = OOXML[kind]
  const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${options.contentType ?? type}"/></Types>`
  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${part}"/></Relationships>`,
    ),
    ...(options.withoutMainPart ? {} : { [part]: strToU8('<?xml version="1.0"?><root/>') }),
    ...extra,
  }
  return Buffer.from(zipSync(files))
}

/** A PNG whose header claims `width` × `height` pixels around a tiny image: a decompression bomb's header. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await rasterImage('png', 1, 1))
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)), 29)
  return png
}

const cut = (data: Buffer, keep: number): Buffer => data.subarray(0, Math.floor(data.length * keep))

const svg = (body: string): Buffer =>
  text(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40">${body}</svg>`,
  )

export interface HostileCase {
  name: string
  /** What the case is, for the test's title. */
  what: string
  mimetype: string
  make: () => Buffer | Promise<Buffer>
  /** 413 for size limits, else 400. */
  status?: 400 | 413
  /** Words the refusal must contain (besides the file's name). */
  reason: RegExp
}

const html = '<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>'

/** Files the CMS must refuse. Each name is unique so a leftover could be found by name. */
export const HOSTILE_FILES: HostileCase[] = [
  // Wrong types, whatever the name or Content-Type says.
  {
    what: 'HTML named .pdf',
    name: 'thong-bao.pdf',
    mimetype: 'application/pdf',
    make: () => text(html),
    reason: /HTML/,
  },
  {
    what: 'HTML with a BOM named .jpg',
    name: 'anh-bom.jpg',
    mimetype: 'image/jpeg',
    make: () => text(`\uFEFF  ${html}`),
    reason: /HTML/,
  },
  {
    what: 'bare <script> named .png',
    name: 'script.png',
    mimetype: 'image/png',
    make: () => text('<script>alert(1)</script>'),
    reason: /HTML/,
  },
  {
    what: 'XML document named .pdf',
    name: 'du-lieu.pdf',
    mimetype: 'application/pdf',
    make: () => text('<?xml version="1.0"?><note><to>A</to></note>'),
    reason: /XML/,
  },
  {
    what: 'XML with an XSL stylesheet',
    name: 'bao-cao.xml',
    mimetype: 'text/xml',
    make: () => text('<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="x.xsl"?><doc/>'),
    reason: /XSL/,
  },
  {
    what: 'XSL stylesheet',
    name: 'mau.xsl',
    mimetype: 'application/xslt+xml',
    make: () =>
      text(
        '<?xml version="1.0"?><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><script>alert(1)</script></xsl:template></xsl:stylesheet>',
      ),
    reason: /XSL/,
  },
  {
    what: 'SVG root with an XSL stylesheet',
    name: 'logo-xsl.svg',
    mimetype: 'image/svg+xml',
    make: () => text(`<?xml-stylesheet type="text/xsl" href="data:text/xsl,x"?>${svg('').toString()}`),
    reason: /XSL/,
  },
  {
    what: 'XHTML',
    name: 'trang.xhtml',
    mimetype: 'application/xhtml+xml',
    make: () => text('<html xmlns="http://www.w3.org/1999/xhtml"><body onload="alert(1)"/></html>'),
    reason: /HTML/,
  },
  {
    what: 'ELF executable named .mp4',
    name: 'video.mp4',
    mimetype: 'video/mp4',
    make: () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]),
    reason: /chương trình/,
  },
  {
    what: 'Windows PE (MZ) named .docx',
    name: 'van-ban.docx',
    mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    make: () =>
      Buffer.concat([
        text('MZ'),
        Buffer.alloc(58),
        Buffer.from([0x80, 0, 0, 0]),
        Buffer.alloc(64),
        text('PE\0\0'),
        Buffer.alloc(200),
      ]),
    reason: /chương trình/,
  },
  {
    what: 'shell script named .mp3',
    name: 'phat-thanh.mp3',
    mimetype: 'audio/mpeg',
    make: () => text('#!/bin/sh\nrm -rf /\n'),
    reason: /chương trình/,
  },
  {
    what: 'PHP named .jpg',
    name: 'anh.php.jpg',
    mimetype: 'image/jpeg',
    make: () => text('<?php system($_GET["c"]); ?>'),
    reason: /chương trình/,
  },
  {
    what: 'plain ZIP named .docx',
    name: 'nen.docx',
    mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    make: () => Buffer.from(zipSync({ 'a.txt': strToU8('xin chào') })),
    reason: /tệp nén/,
  },
  {
    what: 'gzip named .pdf',
    name: 'nen-gzip.pdf',
    mimetype: 'application/pdf',
    make: () => zlib.gzipSync(text('xin chào'.repeat(100))),
    reason: /tệp nén/,
  },
  {
    what: '7z named .pptx',
    name: 'nen-7z.pptx',
    mimetype: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    make: () => Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), Buffer.alloc(100)]),
    reason: /tệp nén/,
  },
  { what: 'empty file', name: 'rong.pdf', mimetype: 'application/pdf', make: () => Buffer.alloc(0), reason: /rỗng/ },
  {
    what: 'random bytes named .pdf',
    name: 'ngau-nhien.pdf',
    mimetype: 'application/pdf',
    make: () => Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 251)),
    reason: /không nhận ra định dạng/,
  },
  {
    what: 'plain text named .vtt',
    name: 'phu-de.vtt',
    mimetype: 'text/vtt',
    make: () => text('00:00.000 --> 00:01.000\nkhông có dòng WEBVTT\n'),
    reason: /không nhận ra định dạng/,
  },
  {
    what: 'GIF (not accepted)',
    name: 'dong.gif',
    mimetype: 'image/gif',
    make: () => rasterImage('gif'),
    reason: /GIF/,
  },
  {
    what: 'TIFF (not accepted)',
    name: 'quet.tif',
    mimetype: 'image/tiff',
    make: () => rasterImage('tiff'),
    reason: /TIF/,
  },
  {
    what: 'JavaScript named .js',
    name: 'ma.js',
    mimetype: 'text/javascript',
    make: () => text('fetch("/api/users").then(r => r.json())'),
    reason: /không nhận ra định dạng/,
  },
  // Corrupt and truncated files.
  {
    what: 'truncated JPEG',
    name: 'anh-cut.jpg',
    mimetype: 'image/jpeg',
    make: async () => cut(await rasterImage('jpeg', 400, 300), 0.3),
    reason: /ảnh bị hỏng/,
  },
  {
    what: 'truncated PNG',
    name: 'anh-cut.png',
    mimetype: 'image/png',
    make: async () => cut(await rasterImage('png', 400, 300), 0.5),
    reason: /ảnh bị hỏng/,
  },
  {
    what: 'truncated WebP',
    name: 'anh-cut.webp',
    mimetype: 'image/webp',
    make: async () => cut(await rasterImage('webp', 400, 300), 0.5),
    reason: /ảnh bị hỏng/,
  },
  {
    what: 'JPEG header only',
    name: 'anh-dau.jpg',
    mimetype: 'image/jpeg',
    make: () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    reason: /ảnh bị hỏng/,
  },
  {
    what: 'truncated PDF',
    name: 'tai-lieu-cut.pdf',
    mimetype: 'application/pdf',
    make: async () => cut(await pdf(3, undefined, false), 0.4),
    reason: /PDF bị hỏng/,
  },
  {
    what: 'PDF header and garbage',
    name: 'tai-lieu-rac.pdf',
    mimetype: 'application/pdf',
    make: () => text('%PDF-1.7\n%âãÏÓ\nđây không phải PDF\n'),
    reason: /PDF bị hỏng/,
  },
  {
    what: 'truncated MP4',
    name: 'video-cut.mp4',
    mimetype: 'video/mp4',
    make: async () => cut(await mp4(), 0.8),
    reason: /cắt cụt/,
  },
  {
    what: 'MP4 without moov',
    name: 'video-no-moov.mp4',
    mimetype: 'video/mp4',
    make: () =>
      Buffer.concat([
        box('ftyp', Buffer.concat([text('isom'), Buffer.alloc(4), text('isomavc1')])),
        box('mdat', Buffer.alloc(256)),
      ]),
    reason: /cắt cụt/,
  },
  {
    what: 'MP4 with an mdat size past the end',
    name: 'video-mdat.mp4',
    mimetype: 'video/mp4',
    make: async () => Buffer.concat([await mp4(), box('mdat', Buffer.alloc(16))]).subarray(0, -8),
    reason: /cắt cụt/,
  },
  {
    what: 'truncated M4A',
    name: 'am-thanh-cut.m4a',
    mimetype: 'audio/mp4',
    make: () => m4a().subarray(0, -20),
    reason: /cắt cụt/,
  },
  {
    what: 'WebM whose segment outruns the file',
    name: 'video-cut.webm',
    mimetype: 'video/webm',
    make: () => webm(5000),
    reason: /cắt cụt/,
  },
  {
    what: 'truncated WAV',
    name: 'am-thanh-cut.wav',
    mimetype: 'audio/wav',
    make: () => cut(wav(), 0.5),
    reason: /cắt cụt/,
  },
  {
    what: 'VTT that is not UTF-8',
    name: 'phu-de-latin1.vtt',
    mimetype: 'text/vtt',
    make: () => Buffer.concat([text('WEBVTT\n\n00:00.000 --> 00:01.000\n'), Buffer.from([0xc3, 0x28, 0xff])]),
    reason: /UTF-8/,
  },
  {
    what: 'VTT with <script>',
    name: 'phu-de-script.vtt',
    mimetype: 'text/vtt',
    make: () => text('WEBVTT\n\n00:00.000 --> 00:01.000\n<script>alert(1)</script>\n'),
    reason: /HTML/,
  },
  // Polyglots.
  {
    what: 'JPEG with HTML appended',
    name: 'anh-html.jpg',
    mimetype: 'image/jpeg',
    make: async () => Buffer.concat([await rasterImage('jpeg'), text(html)]),
    reason: /HTML/,
  },
  {
    what: 'PNG with <script> after IEND',
    name: 'anh-script.png',
    mimetype: 'image/png',
    make: async () => Buffer.concat([await rasterImage('png'), text('<script>alert(1)</script>')]),
    reason: /HTML/,
  },
  {
    what: 'JPEG with HTML in a comment segment',
    name: 'anh-com.jpg',
    mimetype: 'image/jpeg',
    make: async () => {
      const jpeg = await rasterImage('jpeg')
      const comment = text('<html><body><script>alert(1)</script></body></html>')
      const segment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), comment])
      segment.writeUInt16BE(comment.length + 2, 2)
      return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)])
    },
    reason: /HTML/,
  },
  {
    what: 'WebP with <svg onload> appended',
    name: 'anh-svg.webp',
    mimetype: 'image/webp',
    make: async () => Buffer.concat([await rasterImage('webp'), text('<svg onload=alert(1)>')]),
    reason: /HTML/,
  },
  {
    what: 'PDF with a JavaScript OpenAction (plain objects)',
    name: 'pdf-js.pdf',
    mimetype: 'application/pdf',
    make: () => pdf(1, withJavaScriptAction, false),
    reason: /JavaScript/,
  },
  {
    what: 'PDF with JavaScript inside a compressed object stream',
    name: 'pdf-js-objstm.pdf',
    mimetype: 'application/pdf',
    make: () => pdf(1, withJavaScriptAction, true),
    reason: /JavaScript/,
  },
  {
    what: 'PDF with a #-escaped /J#53 name',
    name: 'pdf-js-escaped.pdf',
    mimetype: 'application/pdf',
    make: async () =>
      text((await pdf(1, undefined, false)).toString('latin1').replace('%%EOF', '% /J#53 (app.alert(1))\n%%EOF')),
    reason: /JavaScript/,
  },
  {
    what: 'PDF with a Launch action',
    name: 'pdf-launch.pdf',
    mimetype: 'application/pdf',
    make: () => pdf(1, withLaunchAction, true),
    reason: /JavaScript/,
  },
  {
    what: 'PDF with an embedded file',
    name: 'pdf-dinh-kem.pdf',
    mimetype: 'application/pdf',
    make: () =>
      pdf(1, async (doc) => doc.attach(text('MZ payload'), 'setup.exe', { mimeType: 'application/octet-stream' })),
    reason: /đính kèm/,
  },
  // SVG: refused outright when active or external.
  {
    what: 'SVG with <script>',
    name: 'logo-script.svg',
    mimetype: 'image/svg+xml',
    make: () => svg('<script>alert(1)</script>'),
    reason: /<script>/,
  },
  {
    what: 'SVG with an onload handler',
    name: 'logo-onload.svg',
    mimetype: 'image/svg+xml',
    make: () => text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="4" height="4"/>'),
    reason: /sự kiện/,
  },
  {
    what: 'SVG with <foreignObject>',
    name: 'logo-foreign.svg',
    mimetype: 'image/svg+xml',
    make: () =>
      svg('<foreignObject width="40" height="40"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
    reason: /foreignObject/,
  },
  {
    what: 'SVG with an external http image',
    name: 'logo-http.svg',
    mimetype: 'image/svg+xml',
    make: () => svg('<image href="https://evil.example/x.png" width="40" height="40"/>'),
    reason: /bên ngoài/,
  },
  {
    what: 'SVG with xlink:href to file:',
    name: 'logo-file.svg',
    mimetype: 'image/svg+xml',
    make: () => svg('<image xlink:href="file:///etc/passwd" width="40" height="40"/>'),
    reason: /bên ngoài/,
  },
  {
    what: 'SVG with a data:text/html link',
    name: 'logo-data.svg',
    mimetype: 'image/svg+xml',
    make: () => svg('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><rect width="9" height="9"/></a>'),
    reason: /bên ngoài/,
  },
  {
    what: 'SVG with a javascript: link',
    name: 'logo-jslink.svg',
    mimetype: 'image/svg+xml',
    make: () => svg('<a xlink:href="javascript:alert(1)"><rect width="9" height="9"/></a>'),
    reason: /javascript/,
  },
  {
    what: 'SVG with an XML entity (XXE)',
    name: 'logo-xxe.svg',
    mimetype: 'image/svg+xml',
    make: () =>
      text(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
      ),
    reason: /XML|ENTITY/,
  },
  {
    what: 'SVG with CSS @import',
    name: 'logo-css.svg',
    mimetype: 'image/svg+xml',
    make: () => svg('<style>@import url(https://evil.example/a.css);</style>'),
    reason: /CSS/,
  },
  {
    what: 'SVG <use> of an external document',
    name: 'logo-use.svg',
    mimetype: 'image/svg+xml',
    make: () => svg('<use href="https://evil.example/sprite.svg#a"/>'),
    reason: /bên ngoài/,
  },
  // Bombs.
  {
    what: 'PNG claiming 20000 × 20000 pixels',
    name: 'bom-anh.png',
    mimetype: 'image/png',
    make: () => pngClaiming(20_000, 20_000),
    reason: /triệu điểm ảnh/,
  },
  {
    what: 'ZIP bomb renamed .docx (highly compressed entry)',
    name: 'bom-nen.docx',
    mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    make: () => ooxml('docx', { 'word/media/fill.bin': [new Uint8Array(40 * MB), { level: 9 }] }),
    reason: /bom nén/,
  },
  {
    what: 'OOXML with 6000 entries',
    name: 'nhieu-muc.xlsx',
    mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    make: () =>
      ooxml('xlsx', Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`xl/x/${i}.xml`, strToU8('<a/>')]))),
    reason: /bom nén/,
  },
  {
    what: 'OOXML with a nested zip',
    name: 'long-nhau.pptx',
    mimetype: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    make: () => ooxml('pptx', { 'ppt/media/inner.zip': zipSync({ 'a.txt': strToU8('a') }) }),
    reason: /lồng/,
  },
  {
    what: 'OOXML with a ../ entry',
    name: 'duong-dan.docx',
    mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    make: () => ooxml('docx', { '../../evil.sh': strToU8('#!/bin/sh') }),
    reason: /đường dẫn/,
  },
  {
    what: 'DOCX with VBA macros',
    name: 'macro.docx',
    mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    make: () => ooxml('docx', { 'word/vbaProject.bin': strToU8('macro') }),
    reason: /macro/,
  },
  {
    what: 'macro-enabled content type',
    name: 'macro-ct.xlsx',
    mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    make: () => ooxml('xlsx', {}, { contentType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' }),
    reason: /macro/,
  },
  {
    what: 'DOCX without its main part',
    name: 'thieu-phan.docx',
    mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    make: () => ooxml('docx', {}, { withoutMainPart: true }),
    reason: /Office bị hỏng/,
  },
  // Size limits (413, before any decoding).
  {
    what: 'VTT over 2 MB',
    name: 'phu-de-lon.vtt',
    mimetype: 'text/vtt',
    make: () => Buffer.concat([text('WEBVTT\n\n'), Buffer.alloc(2 * MB + 10, 0x61)]),
    status: 413,
    reason: /quá lớn/,
  },
  {
    what: 'JPEG over 25 MB',
    name: 'anh-lon.jpg',
    mimetype: 'image/jpeg',
    make: async () => Buffer.concat([await rasterImage('jpeg'), Buffer.alloc(25 * MB)]),
    status: 413,
    reason: /quá lớn/,
  },
  {
    what: 'SVG over 5 MB',
    name: 'logo-lon.svg',
    mimetype: 'image/svg+xml',
    make: () => svg(`<!--${'x'.repeat(5 * MB)}-->`),
    status: 413,
    reason: /quá lớn/,
  },
]

export interface GoodCase {
  type: string
  name: string
  mimetype: string
  make: () => Buffer | Promise<Buffer>
  /** The MIME type stored, sniffed from the content. */
  storedMime: string
  storedExt: string
}

/** One minimal valid file of every accepted type; the names deliberately lie about nothing. */
export const GOOD_FILES: GoodCase[] = [
  {
    type: 'JPEG',
    name: 'anh.jpg',
    mimetype: 'image/jpeg',
    make: () => rasterImage('jpeg'),
    storedMime: 'image/jpeg',
    storedExt: 'jpg',
  },
  {
    type: 'PNG',
    name: 'anh.png',
    mimetype: 'image/png',
    make: () => rasterImage('png'),
    storedMime: 'image/png',
    storedExt: 'png',
  },
  {
    type: 'WebP',
    name: 'anh.webp',
    mimetype: 'image/webp',
    make: () => rasterImage('webp'),
    storedMime: 'image/webp',
    storedExt: 'webp',
  },
  {
    type: 'AVIF',
    name: 'anh.avif',
    mimetype: 'image/avif',
    make: () => rasterImage('avif'),
    storedMime: 'image/avif',
    storedExt: 'avif',
  },
  {
    type: 'PDF',
    name: 'to-roi.pdf',
    mimetype: 'application/pdf',
    make: () => pdf(2),
    storedMime: 'application/pdf',
    storedExt: 'pdf',
  },
  { type: 'MP4', name: 'video.mp4', mimetype: 'video/mp4', make: mp4, storedMime: 'video/mp4', storedExt: 'mp4' },
  {
    type: 'WebM',
    name: 'video.webm',
    mimetype: 'video/webm',
    make: () => webm(),
    storedMime: 'video/webm',
    storedExt: 'webm',
  },
  {
    type: 'MP3',
    name: 'phat-thanh.mp3',
    mimetype: 'audio/mpeg',
    make: () => mp3(),
    storedMime: 'audio/mpeg',
    storedExt: 'mp3',
  },
  { type: 'M4A', name: 'phat-thanh.m4a', mimetype: 'audio/mp4', make: m4a, storedMime: 'audio/mp4', storedExt: 'm4a' },
  { type: 'WAV', name: 'nhac-hieu.wav', mimetype: 'audio/wav', make: wav, storedMime: 'audio/wav', storedExt: 'wav' },
  { type: 'WebVTT', name: 'phu-de.vtt', mimetype: 'text/vtt', make: vtt, storedMime: 'text/vtt', storedExt: 'vtt' },
  {
    type: 'DOCX',
    name: 'van-ban.docx',
    mimetype: 'application/octet-stream',
    make: () => ooxml('docx'),
    storedMime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    storedExt: 'docx',
  },
  {
    type: 'PPTX',
    name: 'trinh-chieu.pptx',
    mimetype: 'application/octet-stream',
    make: () => ooxml('pptx'),
    storedMime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    storedExt: 'pptx',
  },
  {
    type: 'XLSX',
    name: 'danh-muc.xlsx',
    mimetype: 'application/octet-stream',
    make: () => ooxml('xlsx'),
    storedMime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    storedExt: 'xlsx',
  },
]

export const cleanSvg = (): Buffer =>
  svg('<rect width="40" height="40" fill="#0b3d91"/><circle cx="20" cy="20" r="8" fill="#ffd166"/>')
