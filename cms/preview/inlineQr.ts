import fs from 'node:fs'
import path from 'node:path'

const QR_TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const

/**
 * The page's QR code and its downloads, written into the preview itself as
 * data: addresses. The built page links them next to itself on the public
 * site (/tai-lieu/<slug>/ma-qr.svg), where an unpublished material has none
 * (and the preview's <base> points there), so the image came out broken.
 * The code still encodes the public address, which is what gets printed.
 */
export function inlineQrCodes(html: string, pageDir: string): string {
  let page = html
  for (const [ext, type] of Object.entries(QR_TYPES)) {
    const file = path.join(pageDir, `ma-qr.${ext}`)
    if (!fs.existsSync(file)) continue
    const dataUrl = `data:${type};base64,${fs.readFileSync(file).toString('base64')}`
    page = page.replace(new RegExp(`(src|href)="[^"\\s]*/ma-qr\\.${ext}"`, 'g'), `$1="${dataUrl}"`)
  }
  return page
}
