import { describe, expect, it } from 'vitest'

import { originalNameOf, safeFileName } from '@dvctt/cms/uploads/fileName'

describe('safeFileName', () => {
  it.each([
    ['Tờ rơi Đăng ký khai sinh.PDF', 'pdf', 'to-roi-dang-ky-khai-sinh.pdf'],
    ['../../etc/passwd.pdf', 'pdf', 'passwd.pdf'],
    ['/etc/shadow', 'jpg', 'shadow.jpg'],
    ['C:\\Users\\Lan\\Ảnh bìa.jpeg', 'jpg', 'anh-bia.jpg'],
    ['bao-cao\u0000.pdf.exe', 'pdf', 'bao-cao-pdf.pdf'],
    ['logo.svg', 'png', 'logo.png'],
    ['...', 'pdf', 'tep.pdf'],
    ['', 'vtt', 'tep.vtt'],
  ])('%j as %s → %s', (name, extension, expected) => {
    expect(safeFileName(name, extension)).toBe(expected)
  })
})

describe('originalNameOf', () => {
  it('keeps the last path part with its diacritics, without control characters', () => {
    expect(originalNameOf('..\\..\\Kế hoạch\u0007 2026.docx')).toBe('Kế hoạch 2026.docx')
  })
})
