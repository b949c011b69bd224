/**
 * A material body as editors write it in the CMS (Lexical), rendered for the
 * site: headings under the page's <h1> without gaps, lists without the
 * attributes HTML does not allow there.
 */
import { describe, expect, it } from 'vitest'

import { richTextToHtml } from '../../site/src/cms/richText'
import type { Material } from '../../site/src/cms/types'

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  version: 1,
  detail: 0,
  mode: 'normal',
  style: '',
})
const heading = (tag: string, value: string) => ({ type: 'heading', tag, children: [text(value)], version: 1 })
const item = (value: string, n: number, checked?: boolean) => ({
  type: 'listitem',
  value: n,
  checked,
  children: [text(value)],
  version: 1,
})
const list = (tag: 'ul' | 'ol', listType: string, items: string[]) => ({
  type: 'list',
  tag,
  listType,
  start: 1,
  children: items.map((value, i) => item(value, i + 1, listType === 'check' ? i === 0 : undefined)),
  version: 1,
})

const render = (children: unknown[]) =>
  richTextToHtml({ root: { type: 'root', children, version: 1 } } as unknown as Material['body'], {
    mediaById: new Map(),
    materialById: new Map(),
  })

describe('a material body on the site', () => {
  it('starts its headings at h2 under the page title and never skips a level', () => {
    const html = render([
      heading('h3', 'Lĩnh vực hộ tịch'),
      heading('h5', 'Khai sinh'),
      heading('h3', 'Lĩnh vực đất đai'),
    ])
    expect([...html.matchAll(/<(h[1-6])>([^<]*)</g)].map(([, tag, title]) => `${tag} ${title}`)).toEqual([
      'h2 Lĩnh vực hộ tịch',
      'h3 Khai sinh',
      'h2 Lĩnh vực đất đai',
    ])
  })

  it('writes lists with no value on their items, and a checklist with real, read-only checkboxes', () => {
    const html = render([
      list('ul', 'bullet', ['Đặt mật khẩu mạnh', 'Không chia sẻ mã OTP']),
      list('ol', 'number', ['Đăng nhập', 'Nộp hồ sơ']),
      list('ul', 'check', ['Đã có tài khoản', 'Đã nộp lệ phí']),
    ])
    expect(html).not.toMatch(/\svalue=/)
    expect(html).not.toMatch(/readOnly|htmlFor|role="checkbox"/)
    expect(html).toContain('<ul class="list-bullet"><li>Đặt mật khẩu mạnh</li><li>Không chia sẻ mã OTP</li></ul>')
    expect(html).toContain('<ol class="list-number"><li>Đăng nhập</li><li>Nộp hồ sơ</li></ol>')
    expect(html).toMatch(/<label><input type="checkbox" disabled checked[^>]*> Đã có tài khoản<\/label>/)
    expect(html).toMatch(/<label><input type="checkbox" disabled title="[^"]*"> Đã nộp lệ phí<\/label>/)
  })
})
