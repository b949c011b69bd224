/**
 * What the intake does to a citizen's text (issue 19): personal data masked as people in Vietnam write
 * it, abuse found with and without tone marks (and not in ordinary words that share letters), links counted.
 */
import { describe, expect, it } from 'vitest'

import { findAbuse } from '@dvctt/cms/feedback/abuse'
import { classifyDigits, isContact, maskPersonalData } from '@dvctt/cms/feedback/personalData'
import { checkText, cleanText, countLinks } from '@dvctt/cms/feedback/text'

describe('personal data', () => {
  it.each([
    ['0912345678', 'phone'],
    ['0912 345 678', 'phone'],
    ['0912.345.678', 'phone'],
    ['091-234-5678', 'phone'],
    ['+84 912 345 678', 'phone'],
    ['84912345678', 'phone'],
    ['0213 3876 543', 'phone'],
    ['012345678', 'id-number'],
    ['001099012345', 'id-number'],
    ['001 099 012 345', 'id-number'],
  ])('%s is a %s', (text, kind) => {
    expect(classifyDigits(text)).toBe(kind)
    expect(maskPersonalData(`Số của tôi: ${text}.`).masked).toBe('Số của tôi: [đã ẩn].')
  })

  it.each(['Thủ tục 1.001193', 'năm 2024 và 2025', 'lệ phí 15.000.000 đồng', 'mã hồ sơ 000.00.12.H34'])(
    'leaves «%s» as it is',
    (text) => {
      expect(maskPersonalData(text)).toEqual({ masked: text, found: [] })
    },
  )

  it('masks e-mail addresses, Vietnamese letters included', () => {
    const { masked, found } = maskPersonalData('Gửi về nguyen.van.a@gmail.com hoặc cán.bộ@laichau.gov.vn nhé')
    expect(masked).toBe('Gửi về [đã ẩn] hoặc [đã ẩn] nhé')
    expect(found.map((entry) => entry.kind)).toEqual(['email', 'email'])
  })

  it('a contact is a phone number or an e-mail address, nothing else', () => {
    expect(isContact('0912 345 678')).toBe(true)
    expect(isContact('ten@gmail.com')).toBe(true)
    expect(isContact('001099012345')).toBe(false)
    expect(isContact('Thôn 3')).toBe(false)
    expect(isContact('0912345678 ten@gmail.com')).toBe(false)
  })
})

describe('abuse words', () => {
  it('are found with marks, typed plain, and as slang', () => {
    expect(findAbuse('Làm ăn như đồ ngu')).toEqual(['đồ ngu'])
    expect(findAbuse('LÀM ĂN NHƯ ĐỒ NGU')).toEqual(['đồ ngu'])
    expect(findAbuse('lam an nhu do ngu, vcl')).toEqual(['do ngu', 'vcl'])
    expect(findAbuse('Mấy thằng chó này')).toEqual(['thằng chó'])
  })

  it('are not found in ordinary words that share their letters', () => {
    expect(findAbuse('Tài liệu rất dẻo dai, chữ lớn, các buổi họp ở thôn Đù, ngủ ngon')).toEqual([])
    expect(findAbuse('Hướng dẫn dịch vụ công cho người lớn tuổi')).toEqual([])
  })
})

describe('text rules', () => {
  it('keeps HTML as the characters typed, drops control characters, folds line ends', () => {
    expect(cleanText('  <b>đậm</b>\r\ndòng hai\u0000\u202e  ')).toBe('<b>đậm</b>\ndòng hai')
  })

  it('counts links with and without a scheme', () => {
    expect(countLinks('xem https://a.vn/x, www.b.com và dichvucong.gov.vn nhé; email ten@gmail.com')).toBe(3)
  })

  it('masks and flags, and refuses too short, too long and link-stuffed texts with the reason', () => {
    const result = checkText('Đồ ngu, gọi 0912 345 678 mà không ai nghe máy')
    expect(result).toEqual({
      ok: true,
      facts: {
        publicText: 'Đồ ngu, gọi [đã ẩn] mà không ai nghe máy',
        personalData: [{ kind: 'phone', value: '0912 345 678' }],
        flags: { abuseWords: ['đồ ngu'], links: 0 },
      },
    })
    expect(checkText('ngắn')).toMatchObject({ ok: false, message: expect.stringContaining('quá ngắn') })
    expect(checkText('ô'.repeat(2001))).toMatchObject({ ok: false, message: expect.stringContaining('quá dài') })
    expect(checkText('Xem a.com b.com c.com d.com')).toMatchObject({
      ok: false,
      message: expect.stringContaining('4 đường liên kết'),
    })
  })
})
