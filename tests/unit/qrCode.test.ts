import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { unitLines } from '../../site/src/lib/printKitPdf'
import { QR_PNG_MIN_SIZE, qrPng, qrSvg } from '../../site/src/lib/qrCode'

const ADDRESSES = [
  'http://localhost:4321/thu-tuc/1.001193/',
  'https://dichvucong.laichau.gov.vn/thu-vien/tai-lieu/ap-phich-khong-chia-se-ma-otp-bao-ve-tai-khoan-vneid/',
  // A long slug: a larger QR version, still whole pixels per module.
  `https://thuvien.example.vn/tai-lieu/${'huong-dan-dang-ky-khai-sinh-truc-tuyen-'.repeat(4)}ban-tieng-mong/`,
]

const decode = (rgba: Uint8Array, width: number, height: number) =>
  jsQR(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength), width, height)?.data

describe.each(ADDRESSES)('QR code for %s', (address) => {
  it('the print PNG is a square 1-bit image of at least 1200 px at 300 dpi that a reader decodes', () => {
    const bytes = qrPng(address)
    // IHDR: bit depth 1, greyscale; pHYs: 11811 pixels a metre.
    expect(bytes[24]).toBe(1)
    expect(bytes[25]).toBe(0)
    expect(bytes.includes(Buffer.from([0x70, 0x48, 0x59, 0x73, 0, 0, 0x2e, 0x23, 0, 0, 0x2e, 0x23, 1]))).toBe(true)
    const png = PNG.sync.read(bytes)
    expect(png.width).toBe(png.height)
    expect(png.width).toBeGreaterThanOrEqual(QR_PNG_MIN_SIZE)
    expect(decode(png.data, png.width, png.height)).toBe(address)
  })

  it('the SVG decodes to the same address once rendered', async () => {
    const svg = await qrSvg(address)
    expect(svg).toMatch(/^<svg[^>]+viewBox/)
    const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
      .resize(600)
      .flatten({ background: '#ffffff' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    expect(decode(data, info.width, info.height)).toBe(address)
  })
})

describe('a print kit’s unit lines', () => {
  it('keeps only the details a unit has, labelled, in NFC', () => {
    expect(
      unitLines({
        name: 'Xã Sìn Hồ',
        hotline: '0213 3807 142',
        oneStopAddress: 'Khu 5,\n trung tâm xã'.normalize('NFD'),
        oneStopHours: ' ',
      }),
    ).toEqual([
      { label: 'Đường dây nóng', value: '0213 3807 142' },
      { label: 'Bộ phận Một cửa', value: 'Khu 5, trung tâm xã' },
    ])
    expect(unitLines({ name: 'Huyện Tam Đường', hotline: null, oneStopAddress: undefined })).toEqual([])
  })
})
