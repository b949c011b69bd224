/** The feedback queue's text column (cms/components/feedback/TextCell.tsx, cutAtWord.ts): how a long question is shortened. */
import { describe, expect, it } from 'vitest'

import { cutAtWord } from '@dvctt/cms/components/feedback/cutAtWord'

describe('the feedback queue’s text column', () => {
  it('shows a short text whole', () => {
    expect(cutAtWord('Làm căn cước cho con ở đâu?')).toBe('Làm căn cước cho con ở đâu?')
  })

  it('cuts a long text at a word boundary, never mid-word (Payload’s cell showed «số điệ…»)', () => {
    const text = `${'Tôi muốn hỏi về thủ tục đăng ký khai sinh cho con tại xã, '.repeat(2)}gọi số điện thoại [đã ẩn] giúp tôi`
    const cut = cutAtWord(text)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(101)
    for (const word of cut.slice(0, -1).split(' ')) expect(text.split(' ')).toContain(word)
    // Payload's way, for contrast: the 100th character falls inside a word here.
    expect(text.split(' ')).not.toContain(text.slice(0, 100).split(' ').at(-1))
  })
})
