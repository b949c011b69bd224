import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { PUBLISHED_SAMPLE_TITLE, RADIO_SPOT_TITLE } from '../../scripts/seed/index'
import { launchChromium } from './browser'
import { tofuCharacters } from './languageFonts'

const siteUrl = inject('siteUrl')
/** The seed's Hmong version of the birth-registration radio spot (scripts/seed/data/materials/broadcast.ts). */
const HMONG_SPOT_TITLE = 'Tshaj tawm: Sau npe yug me nyuam hauv online, tsis tas mus deb (tiếng Mông)'
const hmongPath = `/tai-lieu/${slugify(HMONG_SPOT_TITLE)}/`
const originalPath = `/tai-lieu/${slugify(RADIO_SPOT_TITLE)}/`

/** Real words of the province's orthographies: Hmong RPA, Thái and Dao in Vietnamese-based Latin, Iu Mien, Vietnamese. */
const SAMPLES = [
  'Hmoob: Nyob zoo sawv daws! Tsis txhob qhia tus lej OTP rau leej twg; nrhiav, rub tawm, mloog, saib.',
  'Tai Dam: Pí noọng bản mường, lục ọn cơt mā, hết chỉa khai sinh hử lục, bó tọng pay quai. Phăng, bơng.',
  'Dao: Chậu giấy khai sinh pùn tón, mạ lo pua tào. Iu Mienh: muangx, mangc.',
  // Letters of the Vietnamese-based Thái and Dao spellings that Vietnamese itself lacks.
  'ŏ ĭ ŭ ǎ Ŏ Ĭ Ŭ Ǎ ā ō ū',
  'Tiếng Việt: Đăng ký khai sinh trực tuyến, ưu tiên, hỗ trợ, kỹ thuật số, Ỷ Ỹ Ỵ ự ữ ẵ ẳ.',
]

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function open(path: string): Promise<Page> {
  const page = await browser.newPage()
  const response = await page.goto(`${siteUrl}${path}`)
  expect(response?.status(), path).toBe(200)
  return page
}

interface Card {
  title: string
  titleLang: string | null
  note: string | null
  noteLang: string | null
  cardLang: string | null
}

/** Every card of a language's landing page, following its pages (…/trang/2/) to the last. */
async function landingCards(path: string): Promise<{ lang: string | null; cards: Card[] }> {
  const page = await open(path)
  const lang = await page.locator('html').getAttribute('lang')
  const cards: Card[] = []
  for (let n = 2; ; n++) {
    cards.push(
      ...(await page.$$eval('.card', (nodes) =>
        nodes.map((card) => {
          const title = card.querySelector('.card__title')
          const note = card.querySelector('.fallback-note')
          return {
            title: title?.textContent?.trim() ?? '',
            titleLang: title?.getAttribute('lang') ?? null,
            note: note?.textContent?.trim() ?? null,
            noteLang: note?.getAttribute('lang') ?? null,
            cardLang: card.getAttribute('lang'),
          }
        }),
      )),
    )
    const response = await page.goto(`${siteUrl}${path}trang/${n}/`)
    if (response?.status() !== 200) break
  }
  await page.close()
  return { lang, cards }
}

const alternates = (page: Page) =>
  page.$$eval('link[rel="alternate"][hreflang]', (links) =>
    Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '').pathname])),
  )

describe('language versions on the site (issue 20 §1)', () => {
  it('shows the Hmong version in Hmong: its tag, the switcher, the chrome and the alternates', async () => {
    const page = await open(hmongPath)
    expect(await page.locator('html').getAttribute('lang')).toBe('hmn')
    const switcher = page.locator('nav.language-switcher')
    await expect(switcher.locator('h2').textContent()).resolves.toBe('Hom lus')
    const links = switcher.locator('a')
    // The original first, then every version (the seed also has Thái and Dao ones of this spot).
    const names = await links.allTextContents()
    expect(names[0]).toBe('Tiếng Việt')
    expect(names).toContain('Hmoob')
    expect(
      await links.evaluateAll((as) => as.map((a) => [a.getAttribute('lang'), a.getAttribute('hreflang')])),
    ).toEqual(
      names.map((name) => {
        const tag = { 'Tiếng Việt': 'vi', Hmoob: 'hmn', 'Tai Dam': 'blt', 'Iu Mienh': 'ium' }[name]
        return [tag, tag]
      }),
    )
    const vi = switcher.locator('a[hreflang="vi"][lang="vi"]')
    expect(new URL(await vi.evaluate((a: HTMLAnchorElement) => a.href)).pathname).toBe(originalPath)
    await expect(switcher.locator('a[aria-current="page"]').getAttribute('lang')).resolves.toBe('hmn')
    // Translated chrome, and what stays Vietnamese says so.
    await expect(page.locator('.player-label').textContent()).resolves.toBe('Mloog')
    await expect(page.locator('#tai-ve').textContent()).resolves.toBe('Rub tawm')
    const searchLink = page.locator('.site-nav a[href$="/tim-kiem/"]')
    await expect(searchLink.textContent()).resolves.toBe('Nrhiav')
    await expect(searchLink.getAttribute('lang')).resolves.toBeNull()
    await expect(page.locator('.site-nav a', { hasText: 'Chủ đề' }).getAttribute('lang')).resolves.toBe('vi')
    await expect(page.locator('.site-footer').getAttribute('lang')).resolves.toBe('vi')
    expect(await alternates(page)).toMatchObject({ vi: originalPath, hmn: hmongPath, 'x-default': originalPath })
    await page.close()
  })

  it('links the Vietnamese original to its Hmong version with hreflang', async () => {
    const page = await open(originalPath)
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    const hmong = page.locator('nav.language-switcher a[hreflang="hmn"]')
    await expect(hmong.textContent()).resolves.toBe('Hmoob')
    await expect(hmong.getAttribute('lang')).resolves.toBe('hmn')
    expect(new URL(await hmong.evaluate((a: HTMLAnchorElement) => a.href)).pathname).toBe(hmongPath)
    await expect(page.locator('nav.language-switcher h2').textContent()).resolves.toBe('Ngôn ngữ')
    expect(await alternates(page)).toMatchObject({ vi: originalPath, hmn: hmongPath, 'x-default': originalPath })
    // A material with one version has no switcher and no alternates.
    const single = await open(`/tai-lieu/${slugify(PUBLISHED_SAMPLE_TITLE)}/`)
    await expect(single.locator('nav.language-switcher').count()).resolves.toBe(0)
    expect(await alternates(single)).toEqual({})
    await Promise.all([page.close(), single.close()])
  })

  it('lists the Hmong version on /hmn/ and marks the Vietnamese stand-ins', async () => {
    const hmn = await landingCards('/hmn/')
    expect(hmn.lang).toBe('hmn')
    const byTitle = new Map(hmn.cards.map((c) => [c.title, c]))
    expect(byTitle.get(HMONG_SPOT_TITLE)).toEqual({
      title: HMONG_SPOT_TITLE,
      titleLang: 'hmn',
      note: null,
      noteLang: null,
      cardLang: 'vi',
    })
    // The original has a Hmong version, so it is not listed again; a material without one is, marked.
    expect(byTitle.has(RADIO_SPOT_TITLE)).toBe(false)
    expect(byTitle.get(PUBLISHED_SAMPLE_TITLE)).toMatchObject({
      note: 'Tseem tsis tau muaj lus Hmoob',
      noteLang: 'hmn',
    })

    // Its search box: the button in Hmong, the label (not translated yet) in Vietnamese, marked so.
    const landing = await open('/hmn/')
    await expect(landing.locator('.search-form button').textContent()).resolves.toBe('Nrhiav')
    await expect(landing.locator('.search-form label').getAttribute('lang')).resolves.toBe('vi')
    await landing.close()

    // Thái has no note in its table yet: the Vietnamese one, marked as Vietnamese, never a key.
    const tai = await landingCards('/tai/')
    expect(tai.lang).toBe('blt')
    const sample = tai.cards.find((c) => c.title === PUBLISHED_SAMPLE_TITLE)
    expect(sample).toMatchObject({ note: 'Chưa có bản tiếng Thái', noteLang: 'vi' })
  })

  it('narrows a listing to Hmong with a plain link, JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/loai/am-thanh-phat-thanh/`)
    const link = page.locator('.language-filter a[hreflang="hmn"]')
    await expect(link.locator('span[lang="hmn"]').textContent()).resolves.toBe('Hmoob')
    await link.click()
    expect(new URL(page.url()).pathname).toBe('/hmn/loai/am-thanh-phat-thanh/')
    expect(await page.locator('html').getAttribute('lang')).toBe('hmn')
    const titles = await page.locator('.card__title').allTextContents()
    expect(titles.map((t) => t.trim())).toContain(HMONG_SPOT_TITLE)
    expect(titles.map((t) => t.trim())).not.toContain(RADIO_SPOT_TITLE)
    expect(
      await page.locator('.card__title').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('lang'))),
    ).not.toContain(null)
    await context.close()
  })

  it('renders Hmong, Thái, Dao and Vietnamese letters with the site fonts, no missing-glyph box', async () => {
    const page = await open(hmongPath)
    const text = await page.locator('body').innerText()
    // The detector itself: an unassigned code point is a box, plain letters are not.
    expect(await tofuCharacters(page, 'h1', ['a\u0379'])).toEqual(['\u0379'])
    expect(await tofuCharacters(page, 'h1', [text, ...SAMPLES])).toEqual([])
    expect(await tofuCharacters(page, '.prose, .lead', SAMPLES)).toEqual([])
    await page.close()
  })

  it('finds the Hmong version from the Vietnamese search page and filters by language', async () => {
    // One Pagefind index for every language: a page in <html lang="hmn"> is found from the Vietnamese search page.
    const page = await open('/tim-kiem/?q=tshaj%20tawm')
    const titles = page.locator('.result__title')
    await titles.first().waitFor({ timeout: 60_000 })
    expect((await titles.allTextContents()).map((t) => t.trim())).toContain(HMONG_SPOT_TITLE)
    // The language filter (?ngon-ngu=hmn) keeps only Hmong materials of a query Vietnamese pages answer too.
    await page.goto(`${siteUrl}/tim-kiem/?q=khai%20sinh&ngon-ngu=hmn`)
    await page.waitForFunction(
      () => {
        const found = [...document.querySelectorAll('.result__title')].map((t) => t.textContent?.trim())
        return found.length > 0 && !found.includes('Hướng dẫn đăng ký khai sinh trực tuyến')
      },
      undefined,
      { timeout: 60_000 },
    )
    const filtered = (await titles.allTextContents()).map((t) => t.trim())
    expect(filtered).toContain(HMONG_SPOT_TITLE)
    expect(filtered).not.toContain(PUBLISHED_SAMPLE_TITLE)
    await page.close()
  })
})
