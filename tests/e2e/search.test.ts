/**
 * The search page in Chromium over the seeded demo site: what a citizen types,
 * with or without diacritics, and what they see.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { CAPTION_SAMPLE, PUBLISHED_SAMPLE_TITLE } from '../../scripts/seed/index'
import { launchChromium, watchErrors } from './browser'
import { searchAnswered } from '../support/searchPage'

const siteUrl = inject('siteUrl')
const BIRTH_VIDEO = CAPTION_SAMPLE.materialTitle

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function open(page: Page, search: string): Promise<void> {
  await page.goto(`${siteUrl}/tim-kiem/${search}`)
  await searchAnswered(page)
}

const titles = (page: Page): Promise<string[]> =>
  page
    .locator('.result__title')
    .allTextContents()
    .then((list) => list.map((t) => t.trim()))
const statusText = async (page: Page): Promise<string> => (await page.locator('.search__status').textContent()) ?? ''
/** "Tìm thấy 12 kết quả …" → 12; no results → 0. */
const resultCount = async (page: Page): Promise<number> =>
  Number(/Tìm thấy ([\d.]+) kết quả/.exec(await statusText(page))?.[1]?.replace(/\./g, '') ?? 0)

async function search(page: Page, query: string): Promise<string[]> {
  await open(page, `?q=${encodeURIComponent(query)}`)
  return titles(page)
}

/**
 * What citizens type, and a title they expect among the first five results.
 * Half are typed without diacritics, as on most phone keyboards.
 */
const QUERIES: [query: string, expected: string][] = [
  // Without diacritics
  ['dang ky khai sinh', PUBLISHED_SAMPLE_TITLE],
  ['dang ky khai sinh', 'Đăng ký khai sinh'],
  ['lam giay khai sinh cho con', 'Phát thanh: Làm giấy khai sinh cho con, không cần đi xa'],
  ['doi giay phep lai xe', 'Cấp đổi giấy phép lái xe trực tuyến toàn trình'],
  ['dang ky ket hon', 'Đăng ký kết hôn: nộp hồ sơ trực tuyến, nhận giấy tại xã'],
  ['xin phieu ly lich tu phap', 'Cấp Phiếu lý lịch tư pháp qua VNeID: không phải đến Sở Tư pháp'],
  ['dang ky thuong tru tam tru', 'Đăng ký thường trú, tạm trú trên ứng dụng VNeID'],
  ['thanh toan le phi bang ngan hang', 'Video hướng dẫn: Thanh toán lệ phí trực tuyến bằng ứng dụng ngân hàng'],
  ['kich hoat tai khoan dinh danh dien tu', 'Video: Cài đặt và kích hoạt tài khoản định danh điện tử mức 2'],
  ['cuoc goi mao danh cong an', 'Bản tin truyền thanh cơ sở: Cảnh giác cuộc gọi mạo danh công an yêu cầu cài ứng dụng'],
  ['khong chia se ma otp', 'Áp phích: Không chia sẻ mã OTP – Bảo vệ tài khoản VNeID'],
  [
    'to cong nghe so cong dong den tung nha',
    'Áp phích: Tổ công nghệ số cộng đồng – Đến từng nhà, hướng dẫn từng người',
  ],
  ['ho kinh doanh dang ky truc tuyen', 'Tờ gấp: Hộ kinh doanh đăng ký trực tuyến, có kết quả trong 3 ngày'],
  ['thu tuc cho tre duoi 6 tuoi', 'Tờ gấp: Ba thủ tục trong một lần nộp cho trẻ dưới 6 tuổi'],
  ['nam buoc nop ho so', 'Năm bước nộp hồ sơ trên Cổng Dịch vụ công quốc gia'],
  ['toan trinh khac gi mot phan', 'Infographic: Dịch vụ công trực tuyến toàn trình khác gì một phần?'],
  ['nhan biet trang web gia mao', 'Infographic: 6 dấu hiệu nhận biết trang web, cuộc gọi giả mạo cơ quan nhà nước'],
  ['quyet dinh 1588', 'Quyết định số 1588/QĐ-TTg phê duyệt Đề án tuyên truyền về dịch vụ công trực tuyến'],
  ['cau hoi thuong gap khi nop ho so', 'Câu hỏi thường gặp khi nộp hồ sơ trực tuyến và cách xử lý sự cố'],
  ['xa sin ho dua dich vu cong ve ban', 'Phóng sự: Xã Sìn Hồ đưa dịch vụ công trực tuyến về bản'],
  ['video clip huong ung ngay chuyen doi so', 'Video clip: Lai Châu hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2025'],
  ['quet ma nhan ket qua tai nha', 'Pa-nô tại Bộ phận Một cửa: Quét mã, nộp hồ sơ, nhận kết quả tại nhà'],
  // With diacritics, as typed on a computer
  ['đăng ký khai sinh', BIRTH_VIDEO],
  ['Đăng Ký Khai Sinh', PUBLISHED_SAMPLE_TITLE],
  ['khai sinh đăng ký', PUBLISHED_SAMPLE_TITLE],
  ['đăng ký khai tử', 'Đăng ký khai tử'],
  ['giấy phép lái xe', 'Cấp đổi giấy phép lái xe trực tuyến toàn trình'],
  ['bảo vệ dữ liệu cá nhân', 'Tờ gấp: Bảo vệ tài khoản định danh điện tử và dữ liệu cá nhân'],
  ['phấn đấu hồ sơ xử lý hoàn toàn trực tuyến', 'Pa-nô: Phấn đấu 80% hồ sơ được xử lý hoàn toàn trực tuyến'],
  ['kinh nghiệm của các tỉnh', 'Infographic: Kinh nghiệm của các tỉnh trong triển khai dịch vụ công trực tuyến'],
  [
    'kết quả cung cấp dịch vụ công của Lai Châu',
    'Infographic: Kết quả cung cấp dịch vụ công trực tuyến của Lai Châu 9 tháng năm 2025',
  ],
  [
    'kế hoạch triển khai đề án tuyên truyền',
    'Kế hoạch triển khai Đề án tuyên truyền, nâng cao chất lượng cung cấp và sử dụng dịch vụ công trực tuyến',
  ],
  [
    'thủ tục cho doanh nghiệp, hợp tác xã',
    'Danh mục thủ tục trực tuyến dành cho doanh nghiệp, hợp tác xã, hộ kinh doanh',
  ],
  ['lĩnh vực hộ tịch', 'Danh mục thủ tục lĩnh vực Hộ tịch trên Cổng Dịch vụ công quốc gia'],
  ['thẩm quyền cấp tỉnh', 'Danh mục dịch vụ công trực tuyến một phần thuộc thẩm quyền cấp tỉnh'],
  [
    'tài liệu tập huấn tổ công nghệ số',
    'Tài liệu tập huấn Tổ công nghệ số cộng đồng: hướng dẫn người dân dùng dịch vụ công trực tuyến',
  ],
  ['hỏi đáp trên đài phát thanh', 'Chuyên mục phát thanh: Hỏi – đáp về dịch vụ công trực tuyến, số 1'],
  ['ở đâu cũng làm được', 'Tờ gấp: Dịch vụ công trực tuyến – Ở đâu cũng làm được'],
  ['tiếng Mông', 'Tshaj tawm: Sau npe yug me nyuam hauv online, tsis tas mus deb (tiếng Mông)'],
  ['mục tiêu đề án đến năm 2030', 'Infographic: Mục tiêu Đề án 1588 đến năm 2025, định hướng năm 2030'],
  ['thanh toán phí bằng ứng dụng ngân hàng', 'Video hướng dẫn: Thanh toán lệ phí trực tuyến bằng ứng dụng ngân hàng'],
  ['1.001193', 'Đăng ký khai sinh'],
  ['1.000894', 'Đăng ký kết hôn'],
  [CAPTION_SAMPLE.phrase, BIRTH_VIDEO],
]

describe('search in Chromium', () => {
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    page = await browser.newPage()
    errors = watchErrors(page)
  })

  afterAll(async () => {
    await page?.close()
  })

  it('has at least 40 queries, half of them typed without diacritics', () => {
    const plain = QUERIES.filter(
      ([q]) => q.normalize('NFD') === q.normalize('NFD').replace(/\p{M}/gu, '') && !/[đĐ]/.test(q),
    )
    expect(QUERIES.length).toBeGreaterThanOrEqual(40)
    expect(plain.length).toBeGreaterThanOrEqual(QUERIES.length / 2)
  })

  it.each(QUERIES)('"%s" finds “%s” among the first five', { timeout: 90_000 }, async (query, expected) => {
    const found = await search(page, query)
    expect(found.slice(0, 5)).toContain(expected)
  })

  it('"dang ky khai sinh" finds the birth-registration guide and its procedure, the same with or without diacritics', {
    timeout: 120_000,
  }, async () => {
    const plain = await search(page, 'dang ky khai sinh')
    expect(plain).toContain(PUBLISHED_SAMPLE_TITLE)
    expect(plain).toContain('Đăng ký khai sinh')
    // The same five first results; equal scores may come in another order.
    const firstFive = (titles: string[]) => titles.slice(0, 5).sort()
    for (const variant of ['đăng ký khai sinh', 'Dang Ky Khai Sinh', 'ĐĂNG KÝ KHAI SINH']) {
      expect(firstFive(await search(page, variant)), variant).toEqual(firstFive(plain))
    }
    // The procedure's result leads to its page.
    const procedure = page.locator('.result__title a', { hasText: /^Đăng ký khai sinh$/ })
    expect(await procedure.getAttribute('href')).toMatch(/\/thu-tuc\/1\.001193\/$/)
  })

  it('highlights the matched words in the original text, đ included', { timeout: 60_000 }, async () => {
    await search(page, 'dang ky khai sinh')
    const guide = page.locator('.result', { has: page.locator('.result__title', { hasText: PUBLISHED_SAMPLE_TITLE }) })
    const marks = (await guide.locator('mark').allTextContents()).map((m) => m.toLowerCase())
    expect(marks).toContain('đăng')
    expect(marks).toContain('ký')
    expect(marks).toContain('khai')
    // The excerpt is the page's own text, with its diacritics.
    expect(await guide.locator('.result__excerpt').textContent()).toMatch(/đăng ký khai sinh/i)
  })

  it('shows what helps a citizen choose: kind, unit, date, duration for videos, file format and size', {
    timeout: 60_000,
  }, async () => {
    await search(page, 'đăng ký khai sinh')
    const video = page.locator('.result', { has: page.locator('.result__title', { hasText: BIRTH_VIDEO }) })
    expect(await video.locator('.result__kind').textContent()).toBe('Video hướng dẫn')
    const meta = (await video.locator('.result__meta').textContent()) ?? ''
    expect(meta).toMatch(/Đài Phát thanh và Truyền hình tỉnh Lai Châu/)
    expect(meta).toMatch(/Cập nhật \d{2}\/\d{2}\/\d{4}/)
    expect(meta).toMatch(/Thời lượng \d{2}:\d{2}/)
    expect(meta).toMatch(/MP4 · [\d,]+ (kB|MB)/)
    const guide = page.locator('.result', { has: page.locator('.result__title', { hasText: PUBLISHED_SAMPLE_TITLE }) })
    expect(await guide.locator('.result__meta').textContent()).toMatch(/PDF · [\d,]+ (kB|MB)/)
    // The thumbnail is the material's own cover, served next to its page.
    const thumb = guide.locator('img.result__thumb')
    await thumb.scrollIntoViewIfNeeded()
    await page.waitForFunction(
      (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
      await thumb.elementHandle(),
    )
  })

  it('a phrase spoken only in the captions finds the video, shows the line with its time, and opens the video at that second', {
    timeout: 90_000,
  }, async () => {
    // Every position the page's media element jumps to. The player starts playing after the jump, so
    // its currentTime is «at that second» only for a moment, which a slow machine's poll can miss
    // (CI at 9d32f65 under load: a 30 s timeout although the jump was made); the jump itself stays recorded.
    // Media events do not bubble, hence the capture phase.
    await page.addInitScript(() => {
      const record = window as typeof window & { __seeks?: number[] }
      document.addEventListener(
        'seeked',
        (event) => record.__seeks?.push((event.target as HTMLMediaElement).currentTime),
        true,
      )
      record.__seeks = []
    })
    await search(page, CAPTION_SAMPLE.phrase)
    const video = page.locator('.result', { has: page.locator('.result__title', { hasText: BIRTH_VIDEO }) })
    const line = video.locator('.result__line a')
    const time = `${String(Math.floor(CAPTION_SAMPLE.startSeconds / 60)).padStart(2, '0')}:${String(CAPTION_SAMPLE.startSeconds % 60).padStart(2, '0')}`
    expect(await line.textContent()).toContain(time)
    expect(await line.locator('mark').count()).toBeGreaterThan(2)
    await Promise.all([page.waitForURL(/\?t=\d+/), line.click()])
    expect(new URL(page.url()).pathname).toBe(`/tai-lieu/${slugify(BIRTH_VIDEO)}/`)
    expect(new URL(page.url()).searchParams.get('t')).toBe(String(CAPTION_SAMPLE.startSeconds))
    await page.waitForFunction(
      (at) => ((window as typeof window & { __seeks?: number[] }).__seeks ?? []).some((t) => Math.abs(t - at) < 0.5),
      CAPTION_SAMPLE.startSeconds,
    )
    // …and it is the page's video that jumped, and it did not jump back.
    expect(await page.evaluate(() => document.querySelector('video')?.currentTime ?? -1)).toBeGreaterThanOrEqual(
      CAPTION_SAMPLE.startSeconds - 0.5,
    )
  })

  it('the same phrase typed without diacritics finds the same line', { timeout: 60_000 }, async () => {
    const plain = CAPTION_SAMPLE.phrase.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    await search(page, plain)
    const video = page.locator('.result', { has: page.locator('.result__title', { hasText: BIRTH_VIDEO }) })
    expect(await video.locator('.result__line a').getAttribute('href')).toMatch(
      new RegExp(`\\?t=${CAPTION_SAMPLE.startSeconds}$`),
    )
  })

  it('does not find a material that has expired', { timeout: 60_000 }, async () => {
    // The seed's contest poster expired: its address stays, but only as a notice, outside the index.
    expect(await search(page, 'cuộc thi học sinh Lai Châu')).not.toContain(
      'Áp phích cuộc thi “Học sinh Lai Châu với dịch vụ công trực tuyến”',
    )
  })

  it('raised no console error on any of these pages', () => {
    expect(errors).toEqual([])
  })
})

describe('facets', () => {
  let page: Page

  beforeAll(async () => {
    page = await browser.newPage()
  })

  afterAll(async () => {
    await page?.close()
  })

  const facet = (name: string) => page.locator('fieldset.facet', { has: page.locator('legend', { hasText: name }) })
  /** Count shown beside each value of a facet: { 'Tờ rơi': 3, … }. */
  async function counts(name: string): Promise<Record<string, number>> {
    const more = facet(name).getByRole('button', { name: /Xem thêm/ })
    if (await more.count()) await more.click()
    const labels = await facet(name).locator('label').allTextContents()
    return Object.fromEntries(
      labels
        .map((text) => /^\s*(.*?)\s*\((\d+)\)\s*$/.exec(text))
        .flatMap((m) => (m?.[1] ? [[m[1], Number(m[2])]] : [])),
    )
  }

  it('count every published video with no query, as the public JSON index does', { timeout: 60_000 }, async () => {
    const index = (await (await fetch(`${siteUrl}/du-lieu/tai-lieu.json`)).json()) as { items: { kind: string }[] }
    const videos = index.items.filter((item) => item.kind === 'video').length
    expect(videos).toBeGreaterThan(1)
    await open(page, '?loai=video-huong-dan')
    expect(await resultCount(page)).toBe(videos)
    expect((await counts('Loại tài liệu'))['Video hướng dẫn']).toBe(videos)
  })

  it('give counts that match what a click shows, combine values of a facet with OR and facets with AND', {
    timeout: 120_000,
  }, async () => {
    await open(page, '?q=dang+ky')
    const total = await resultCount(page)
    const kinds = await counts('Loại tài liệu')
    const leaflets = kinds['Tờ rơi'] ?? 0
    const procedures = kinds['Thủ tục hành chính'] ?? 0
    expect(leaflets).toBeGreaterThan(0)
    expect(procedures).toBeGreaterThan(0)
    // Each material has one kind: the kind counts add up to the results.
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(total)

    await facet('Loại tài liệu')
      .getByLabel(/Tờ rơi \(/)
      .check()
    await page.waitForURL(/loai=to-roi/)
    await searchAnswered(page)
    expect(await resultCount(page)).toBe(leaflets)
    expect((await titles(page)).length).toBeGreaterThan(0)
    // A facet's own counts ignore its own selection, so the other kinds can still be added.
    expect(await counts('Loại tài liệu')).toEqual(kinds)

    await facet('Loại tài liệu')
      .getByLabel(/Thủ tục hành chính \(/)
      .check()
    await page.waitForURL(/loai=to-roi&loai=thu-tuc|loai=thu-tuc&loai=to-roi/)
    await searchAnswered(page)
    expect(await resultCount(page)).toBe(leaflets + procedures)

    // Another facet narrows what is chosen: its counts are within the two kinds.
    const levels = await counts('Mức độ dịch vụ công')
    const full = levels['Toàn trình'] ?? 0
    expect(full).toBeGreaterThan(0)
    expect(full).toBeLessThanOrEqual(leaflets + procedures)
    await facet('Mức độ dịch vụ công')
      .getByLabel(/Toàn trình \(/)
      .check()
    await page.waitForURL(/muc-do=toan-trinh/)
    await searchAnswered(page)
    expect(await resultCount(page)).toBe(full)
    for (const kind of await page.locator('.result__kind').allTextContents())
      expect(['Tờ rơi', 'Thủ tục hành chính']).toContain(kind)
  })

  it('by unit include materials that apply to the unit through the province', { timeout: 60_000 }, async () => {
    await open(page, '?q=vneid')
    const units = await counts('Đơn vị áp dụng')
    const commune = Object.entries(units).find(([name]) => name.startsWith('Xã '))
    expect(commune).toBeDefined()
    await facet('Đơn vị áp dụng')
      .getByLabel(new RegExp(`${commune?.[0]} \\(`))
      .check()
    await searchAnswered(page)
    expect(await resultCount(page)).toBe(commune?.[1])
  })

  it('sort by newest keeps the same results in date order', { timeout: 60_000 }, async () => {
    await open(page, '?q=dich+vu+cong&sap-xep=moi-nhat')
    expect(await page.locator('select[name="sap-xep"]').inputValue()).toBe('moi-nhat')
    const newest = await resultCount(page)
    await open(page, '?q=dich+vu+cong')
    expect(await resultCount(page)).toBe(newest)
  })
})

describe('the address holds the search', () => {
  it('typing and filtering update it; back and forward restore each search; a shared link opens the same search', {
    timeout: 120_000,
  }, async () => {
    const page = await browser.newPage()
    await open(page, '')
    const input = page.getByLabel('Từ khóa')
    await input.fill('dang ky khai sinh')
    await page.waitForURL(/\?q=dang\+ky\+khai\+sinh$/)
    await searchAnswered(page)
    const unfiltered = await resultCount(page)
    await page
      .locator('fieldset.facet', { has: page.locator('legend', { hasText: 'Loại tài liệu' }) })
      .getByLabel(/Tờ rơi \(/)
      .check()
    await page.waitForURL(/\?q=dang\+ky\+khai\+sinh&loai=to-roi$/)
    await searchAnswered(page)
    const filtered = await resultCount(page)
    expect(filtered).toBeLessThan(unfiltered)

    await page.goBack()
    await page.waitForURL(/\?q=dang\+ky\+khai\+sinh$/)
    await searchAnswered(page)
    expect(await resultCount(page)).toBe(unfiltered)
    expect(await page.getByLabel(/Tờ rơi \(/).isChecked()).toBe(false)
    await page.goForward()
    await page.waitForURL(/loai=to-roi$/)
    await searchAnswered(page)
    expect(await resultCount(page)).toBe(filtered)
    expect(await page.getByLabel(/Tờ rơi \(/).isChecked()).toBe(true)

    const shared = await browser.newPage()
    await open(shared, new URL(page.url()).search)
    expect(await shared.getByLabel('Từ khóa').inputValue()).toBe('dang ky khai sinh')
    expect(await resultCount(shared)).toBe(filtered)
    expect(await titles(shared)).toEqual(await titles(page))
    await Promise.all([page.close(), shared.close()])
  })

  it('keeps what was typed before the page’s script loaded, as on a slow phone, and searches it', {
    timeout: 60_000,
  }, async () => {
    const page = await browser.newPage()
    // The island's JavaScript arrives 2 s late; the box is already on screen and usable.
    await page.route('**/_astro/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000))
      await route.continue()
    })
    await page.goto(`${siteUrl}/tim-kiem/`, { waitUntil: 'domcontentloaded' })
    const hydrated = () =>
      page.locator('input[name="q"]').evaluate((input) => Object.keys(input).some((key) => key.startsWith('__react')))
    await page.locator('input[name="q"]').fill('dang ky khai sinh')
    expect(await hydrated()).toBe(false)
    await page.waitForURL(/\?q=dang\+ky\+khai\+sinh$/)
    await searchAnswered(page)
    expect(await page.locator('input[name="q"]').inputValue()).toBe('dang ky khai sinh')
    expect(await titles(page)).toContain(PUBLISHED_SAMPLE_TITLE)
    await page.close()
  })

  it('works from the keyboard: type, tab to a filter, toggle it with the space bar', { timeout: 60_000 }, async () => {
    const page = await browser.newPage()
    await open(page, '')
    await page.keyboard.press('Tab')
    // The skip link, the header and the search box come first; find the box by focus.
    await page.getByLabel('Từ khóa').focus()
    await page.keyboard.type('vneid')
    await page.waitForURL(/q=vneid/)
    await searchAnswered(page)
    const box = page.getByLabel(/Tờ rơi \(/)
    await box.focus()
    await page.keyboard.press('Space')
    await page.waitForURL(/loai=to-roi/)
    expect(await box.isChecked()).toBe(true)
    // The status line is a polite live region: screen readers announce the count.
    expect(await page.locator('.search__status').getAttribute('role')).toBe('status')
    expect(await page.locator('.search__status').getAttribute('aria-live')).toBe('polite')
    await page.close()
  })
})

describe('bad input', () => {
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    page = await browser.newPage()
    errors = watchErrors(page)
    await page.addInitScript(() => {
      ;(window as unknown as { injected: number }).injected = 0
    })
  })

  afterAll(async () => {
    await page?.close()
  })

  it('an empty query shows the prompt and the browse links, no results', { timeout: 60_000 }, async () => {
    await open(page, '?q=')
    expect(await statusText(page)).toMatch(/Gõ từ khóa/)
    expect(await page.locator('.result').count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Thủ tục hành chính' }).count()).toBeGreaterThan(0)
  })

  it('a 2,000-character query is shortened, said so, and still searched', { timeout: 60_000 }, async () => {
    const long = 'đăng ký khai sinh '.repeat(112).slice(0, 2000)
    await open(page, `?q=${encodeURIComponent(long)}`)
    expect(await page.locator('.search__notice').allTextContents()).toContainEqual(expect.stringMatching(/quá dài/))
    expect(await titles(page)).toContain(PUBLISHED_SAMPLE_TITLE)
  })

  it('punctuation only asks for words', { timeout: 60_000 }, async () => {
    await open(page, `?q=${encodeURIComponent('!!! ... ??? —')}`)
    expect(await statusText(page)).toMatch(/chỉ có dấu câu/)
    expect(await page.locator('.result').count()).toBe(0)
  })

  it.each([
    '<script>window.injected = 1</script>',
    '<img src=x onerror="window.injected=2">',
    '"><svg onload="window.injected=3">',
  ])('markup in the query %s is shown as text, never run', { timeout: 60_000 }, async (query) => {
    await page.goto(`${siteUrl}/tim-kiem/?q=${encodeURIComponent(query)}`)
    await searchAnswered(page)
    expect(await page.getByLabel('Từ khóa').inputValue()).toBe(query)
    expect(await page.evaluate(() => (window as unknown as { injected: number }).injected)).toBe(0)
    expect(await page.locator('.search img:not(.result__thumb), .search svg, .search script').count()).toBe(0)
    expect(await statusText(page)).not.toMatch(/</)
  })

  it('unknown filter values in the address are dropped with a notice; the rest of the search runs', {
    timeout: 60_000,
  }, async () => {
    await open(page, `?q=vneid&loai=khong-co&chu-de=${encodeURIComponent('<b>x</b>')}&sap-xep=ngau-nhien&loai=to-roi`)
    const notice = (await page.locator('.search__notice').allTextContents()).join(' ')
    expect(notice).toMatch(/bỏ qua bộ lọc/)
    expect(notice).toContain('“khong-co”')
    expect(notice).toContain('“<b>x</b>”')
    expect(await page.locator('.search__notice b').count()).toBe(0)
    expect(await resultCount(page)).toBeGreaterThan(0)
    for (const kind of await page.locator('.result__kind').allTextContents()) expect(kind).toBe('Tờ rơi')
  })

  it('a word that is nowhere on the site is left out and said so, not matched by its first letters', {
    timeout: 60_000,
  }, async () => {
    await open(page, '?q=dang+ky+khai+sinh+xyzqwv')
    expect((await page.locator('.search__notice').allTextContents()).join(' ')).toMatch(/bỏ qua “xyzqwv”/)
    expect(await titles(page)).toContain(PUBLISHED_SAMPLE_TITLE)
    await open(page, '?q=xyzqwv')
    expect(await statusText(page)).toMatch(/Không tìm thấy/)
    expect(await page.locator('.result').count()).toBe(0)
  })

  it('raised no console error or exception', () => {
    expect(errors).toEqual([])
  })
})

describe('without JavaScript', () => {
  it('the search page offers browse-by-kind and browse-by-topic links that lead to listings and material pages', {
    timeout: 60_000,
  }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/tim-kiem/?q=dang+ky`)
    expect(await page.locator('noscript, .notice').allTextContents()).toContainEqual(
      expect.stringMatching(/cần JavaScript/),
    )
    const byKind = page.locator('section', { has: page.getByRole('heading', { name: 'Duyệt theo loại' }) })
    await byKind.getByRole('link', { name: 'Tờ rơi' }).click()
    await page.waitForURL(/\/loai\/to-roi\/$/)
    await page.getByRole('link', { name: PUBLISHED_SAMPLE_TITLE }).first().click()
    await page.waitForURL(new RegExp(`/tai-lieu/${slugify(PUBLISHED_SAMPLE_TITLE)}/$`))
    expect(await page.locator('h1').textContent()).toBe(PUBLISHED_SAMPLE_TITLE)
    await page.goto(`${siteUrl}/tim-kiem/`)
    expect(
      await page
        .locator('section', { has: page.getByRole('heading', { name: 'Duyệt theo chủ đề' }) })
        .getByRole('link')
        .count(),
    ).toBeGreaterThan(3)
    await context.close()
  })
})
