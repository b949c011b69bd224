import { describe, expect, it } from 'vitest'

import { englishWords } from '../e2e/englishWords'

describe('englishWords (the admin walk’s detector)', () => {
  it('flags the English words Payload’s Vietnamese left in', () => {
    expect(englishWords('Chọn một file')).toEqual(['file'])
    expect(englishWords('MIME Type · 1234 bytes · Bật/tắt block · Lưu nháp')).toEqual([
      'MIME',
      'Type',
      'bytes',
      'block',
    ])
    expect(englishWords('Thêm mới: [object Object]')).toEqual(['object', 'Object'])
  })

  it('passes Vietnamese with or without diacritics, data tokens and allowed words', () => {
    expect(englishWords('Chọn tệp · Hoá đơn, hóa đơn · dang-ky-khai-sinh · to-roi.pdf · application/pdf')).toEqual([])
    expect(englishWords('Mã kiểm tra SHA-256 · 12,5 KB · Khóa API · Bum Tở')).toEqual([])
  })
})
