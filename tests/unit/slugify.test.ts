import { describe, expect, it } from 'vitest'

import { slugify } from '@dvctt/cms/vocabulary'

describe('slugify: Vietnamese titles become readable URL slugs', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang-ky-khai-sinh'],
    ['ĐỔI GIẤY PHÉP LÁI XE', 'doi-giay-phep-lai-xe'],
    ['Cấp đổi căn cước', 'cap-doi-can-cuoc'],
    ['Dịch vụ công trực tuyến toàn trình', 'dich-vu-cong-truc-tuyen-toan-trinh'],
    ['Thủ tục đăng ký thường trú – cư trú', 'thu-tuc-dang-ky-thuong-tru-cu-tru'],
    ['Ngày Chuyển đổi số quốc gia 10/10', 'ngay-chuyen-doi-so-quoc-gia-10-10'],
    ['Hướng dẫn nộp hồ sơ (bản tiếng Mông)', 'huong-dan-nop-ho-so-ban-tieng-mong'],
    ['  Ưu tiên người cao tuổi!  ', 'uu-tien-nguoi-cao-tuoi'],
    ['Xã Bản Giang, tỉnh Lai Châu', 'xa-ban-giang-tinh-lai-chau'],
    ['VNeID — mức 2', 'vneid-muc-2'],
  ])('%j → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('gives the same slug for composed (NFC) and decomposed (NFD) input', () => {
    const title = 'Đăng ký kết hôn'
    expect(slugify(title.normalize('NFD'))).toBe(slugify(title.normalize('NFC')))
    expect(slugify(title.normalize('NFD'))).toBe('dang-ky-ket-hon')
  })

  it('keeps slugs short enough for a URL and never ends them with a dash', () => {
    const slug = slugify(`${'Tuyên truyền chuyển đổi số '.repeat(10)}`)
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).not.toMatch(/-$/)
    expect(slug).toMatch(/^tuyen-truyen-chuyen-doi-so-/)
  })

  it('returns an empty slug for text with no letters or digits', () => {
    expect(slugify(' — ! ')).toBe('')
  })
})
