import { describe, expect, it } from 'vitest'

import { languageTag, MATERIAL_LANGUAGES, MINORITY_LANGUAGES } from '../../cms/vocabulary'
import { type ChromeKey, chrome, TRANSLATIONS, VIETNAMESE } from '../../site/src/i18n/strings'

const keys = Object.keys(VIETNAMESE) as ChromeKey[]

describe('site chrome strings', () => {
  it('gives every key in every language as text a reader can read, never the key', () => {
    for (const { value } of MATERIAL_LANGUAGES) {
      for (const key of keys) {
        const { text } = chrome(value, key)
        expect(text.trim(), `${value}.${key}`).not.toBe('')
        expect(text, `${value}.${key}`).not.toBe(key)
        expect(text, `${value}.${key}`).not.toMatch(/[{}]/)
      }
    }
  })

  it('falls back to Vietnamese, marked vi, for a string a language lacks', () => {
    expect(TRANSLATIONS.tai.searchLabel).toBeUndefined()
    expect(chrome('tai', 'searchLabel')).toEqual({ text: 'Tìm tài liệu', lang: 'vi' })
    expect(chrome('dao', 'fallbackNote')).toEqual({ text: 'Chưa có bản tiếng Dao', lang: 'vi' })
    expect(chrome('unknown', 'download')).toEqual({ text: 'Tải về', lang: 'vi' })
  })

  it('gives a translated string with its language tag', () => {
    expect(chrome('hmn', 'listen')).toEqual({ text: 'Mloog', lang: 'hmn' })
    expect(chrome('tai', 'listen').lang).toBe('blt')
    expect(chrome('dao', 'watch').lang).toBe('ium')
  })

  it('marks no translation as reviewed that nobody reviewed', () => {
    for (const { value } of MINORITY_LANGUAGES) {
      for (const entry of Object.values(TRANSLATIONS[value])) expect(entry?.reviewed).toBe(false)
    }
  })

  it('never writes the stored codes tai and dao as language tags', () => {
    expect(MATERIAL_LANGUAGES.map((l) => languageTag(l.value))).toEqual(['vi', 'hmn', 'blt', 'ium'])
    expect(languageTag(undefined)).toBe('vi')
  })
})
