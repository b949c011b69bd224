/** What the moderator is warned of, from the intake's stored facts (cms/feedback/moderation/warnings.ts). */
import { describe, expect, it } from 'vitest'

import { maskPersonalData } from '../../cms/feedback/personalData'
import { flagSummary, flagText, personalDataSummary, personalDataValues } from '../../cms/feedback/moderation/warnings'

describe('moderation warnings', () => {
  it('say what personal data was masked, by kind, with the values for staff', () => {
    const { found } = maskPersonalData('Gọi 0912 345 678 hoặc 0987.654.321, CCCD 001099012345, thư a.b@gmail.com')
    expect(personalDataSummary(found)).toBe('1 địa chỉ thư điện tử, 2 số điện thoại, 1 số CCCD/CMND')
    expect(personalDataValues(found)).toContain('0912 345 678 (số điện thoại)')
    expect(personalDataSummary([])).toBeNull()
    expect(personalDataSummary(null)).toBeNull()
  })

  it('name the abuse words and links found, and nothing when there are none', () => {
    const flags = flagSummary({ abuseWords: ['đồ ngu'], links: 2 })
    expect(flags && flagText(flags)).toBe('từ ngữ có thể xúc phạm: «đồ ngu»; 2 đường liên kết')
    expect(flagSummary({ abuseWords: [], links: 0 })).toBeNull()
  })
})
