/**
 * Which feeds list which materials, and which feeds a scoped (incremental or
 * preview) build renders: a unit's feed follows the unit hierarchy, so it must
 * be rebuilt when a material changes on the page of a unit above it.
 */
import { afterEach, describe, expect, it } from 'vitest'

import type { Material, Media, Unit } from '@dvctt/cms/payload-types'

import { buildSiteData } from '../../site/src/cms/siteData'
import { feedInBuildScope, feedSources, renderFeed } from '../../site/src/lib/feeds'
import { oembedFor, oembedInBuildScope } from '../../site/src/lib/oembed'

const site = new URL('https://thuvien.example/')
const stamp = '2026-01-01T00:00:00.000Z'

const unit = (id: number, name: string, slug: string, parent?: number, email?: string): Unit =>
  ({
    id,
    name,
    slug,
    type: parent ? 'commune' : 'province',
    parent: parent ?? null,
    contact: email ? { email } : {},
    createdAt: stamp,
    updatedAt: stamp,
  }) as Unit

let nextId = 100
const material = (overrides: Partial<Material> & Pick<Material, 'title' | 'ownerUnit'>): Material =>
  ({
    id: ++nextId,
    slug: `tai-lieu-${nextId}`,
    kind: 'leaflet',
    language: 'vi',
    summary: 'Tóm tắt.',
    _status: 'published',
    createdAt: stamp,
    updatedAt: `2026-01-01T00:00:${String(nextId % 60).padStart(2, '0')}.000Z`,
    ...overrides,
  }) as Material

const video: Media = {
  id: 1,
  filename: 'huong-dan.mp4',
  mimeType: 'video/mp4',
  filesize: 123_456,
  durationSeconds: 61.4,
  createdAt: stamp,
  updatedAt: stamp,
} as Media

function library() {
  const province = unit(1, 'UBND tỉnh', 'ubnd-tinh')
  const commune = unit(2, 'Xã Sìn Hồ', 'xa-sin-ho', 1, 'ubnd.sinho@laichau.gov.vn')
  const other = unit(3, 'Xã Nậm Tăm', 'xa-nam-tam', 1)
  const forAll = material({ title: 'Áp dụng cho cả tỉnh', ownerUnit: 3, appliesTo: [1] })
  const own = material({
    title: 'Của xã Sìn Hồ',
    ownerUnit: 2,
    kind: 'video',
    files: [{ label: 'Video (MP4)', file: 1 }],
  })
  const draft = material({ title: 'Bản nháp của xã', ownerUnit: 2, _status: 'draft' })
  const data = buildSiteData({
    materials: [forAll, own, draft],
    media: [video],
    units: [province, commune, other],
    topics: [],
    audiences: [],
    campaigns: [],
    procedures: [],
  })
  return { data, sources: new Map(feedSources(data).map((s) => [s.key, s])) }
}

afterEach(() => {
  delete process.env.SITE_ONLY_ROUTES
  delete process.env.SITE_PREVIEW_DATA
})

describe('feeds', () => {
  it('gives a unit what it owns and what applies to it or to a unit above it, never a draft', () => {
    const { sources } = library()
    const titles = (key: string) => sources.get(key as never)?.materials.map((m) => m.title)
    expect(titles('don-vi/xa-sin-ho')?.sort()).toEqual(['Áp dụng cho cả tỉnh', 'Của xã Sìn Hồ'].sort())
    expect(titles('don-vi/xa-nam-tam')).toEqual(['Áp dụng cho cả tỉnh'])
    expect(titles('tat-ca')).not.toContain('Bản nháp của xã')
    expect(titles('loai/video-huong-dan')).toEqual(['Của xã Sìn Hồ'])
  })

  it.each([
    [['/don-vi/ubnd-tinh/'], ['don-vi/ubnd-tinh', 'don-vi/xa-nam-tam', 'don-vi/xa-sin-ho']],
    [
      ['/don-vi/xa-sin-ho/', '/loai/video-huong-dan/', '/tai-lieu/'],
      ['don-vi/xa-sin-ho', 'loai/video-huong-dan', 'tat-ca'],
    ],
    [['/nguon/chu-de/khong-co/'], []],
    // A preview renders one material page: no feed.
    [['/tai-lieu/tai-lieu-101/'], []],
  ])('a build limited to %j renders the feeds %j', (routes, expected) => {
    const { sources } = library()
    process.env.SITE_ONLY_ROUTES = JSON.stringify(routes)
    expect(
      [...sources.values()]
        .filter(feedInBuildScope)
        .map((s) => s.key)
        .sort(),
    ).toEqual(expected)
  })

  it('escapes a plain-text summary for the formats that read it as HTML', () => {
    const { data } = library()
    const summary = 'Nộp hồ sơ <trực tuyến> & nhận kết quả'
    const source = { ...feedSources(data)[0], materials: data.materials.map((m) => ({ ...m, summary })) } as ReturnType<
      typeof feedSources
    >[number]
    expect(renderFeed(source, 'rss', site)).toContain('<![CDATA[Nộp hồ sơ &lt;trực tuyến&gt; &amp; nhận kết quả]]>')
    expect(renderFeed(source, 'atom', site)).toContain(
      '<summary type="html"><![CDATA[Nộp hồ sơ &lt;trực tuyến&gt; &amp; nhận kết quả]]></summary>',
    )
    const item = (
      JSON.parse(renderFeed(source, 'json', site)) as { items: { summary: string; content_html: string }[] }
    ).items[0]
    expect(item).toMatchObject({ summary, content_html: 'Nộp hồ sơ &lt;trực tuyến&gt; &amp; nhận kết quả' })
  })

  it('carries the main file as an RSS enclosure and a JSON Feed attachment, with absolute addresses', () => {
    const { sources } = library()
    const source = sources.get('don-vi/xa-sin-ho')
    if (!source) throw new Error('no feed for the commune')
    const rss = renderFeed(source, 'rss', site)
    expect(rss).toContain(
      '<enclosure length="123456" type="video/mp4" url="https://thuvien.example/tep/huong-dan.mp4"/>',
    )
    expect(rss).toContain('<author>ubnd.sinho@laichau.gov.vn (Xã Sìn Hồ)</author>')
    expect(rss).toContain(
      '<atom:link href="https://thuvien.example/nguon/don-vi/xa-sin-ho.xml" rel="self" type="application/rss+xml"/>',
    )
    const json = JSON.parse(renderFeed(source, 'json', site)) as { items: { title: string; attachments?: unknown[] }[] }
    expect(json.items.find((i) => i.title === 'Của xã Sìn Hồ')?.attachments).toEqual([
      {
        url: 'https://thuvien.example/tep/huong-dan.mp4',
        mime_type: 'video/mp4',
        title: 'Video (MP4)',
        size_in_bytes: 123_456,
        duration_in_seconds: 61,
      },
    ])
    expect(renderFeed(source, 'atom', site)).toContain(
      '<link rel="enclosure" href="https://thuvien.example/tep/huong-dan.mp4" type="video/mp4" length="123456"/>',
    )
  })
  it('gives every Atom enclosure its file’s own type, also when several entries carry the same file', () => {
    const wav = { ...video, id: 2, filename: 'loi-nhac.wav', mimeType: 'audio/wav', filesize: 4_000 } as Media
    const jpeg = { ...video, id: 3, filename: 'to-roi.jpg', mimeType: 'image/jpeg', filesize: 2_000 } as Media
    const carrying = (title: string, kind: Material['kind'], file: number) =>
      material({ title, ownerUnit: 1, kind, files: [{ label: title, file }] })
    const data = buildSiteData({
      materials: [
        carrying('Video 1', 'video', 1),
        carrying('Video 2', 'video', 1),
        carrying('Ghi âm 1', 'audio', 2),
        carrying('Ghi âm 2', 'audio', 2),
        carrying('Ghi âm 3', 'audio', 2),
        carrying('Tờ rơi 1', 'leaflet', 3),
        carrying('Tờ rơi 2', 'leaflet', 3),
      ],
      media: [video, wav, jpeg],
      units: [unit(1, 'UBND tỉnh', 'ubnd-tinh')],
      topics: [],
      audiences: [],
      campaigns: [],
      procedures: [],
    })
    const source = feedSources(data).find((s) => s.key === 'tat-ca')
    if (!source) throw new Error('no library feed')
    const atom = renderFeed(source, 'atom', site)
    const enclosures = [...atom.matchAll(/<link rel="enclosure" href="[^"]*\/([^/"]+)" type="([^"]*)"/g)].map(
      ([, file, type]) => `${file} ${type}`,
    )
    expect(enclosures.sort()).toEqual(
      [
        'huong-dan.mp4 video/mp4',
        'huong-dan.mp4 video/mp4',
        'loi-nhac.wav audio/wav',
        'loi-nhac.wav audio/wav',
        'loi-nhac.wav audio/wav',
        'to-roi.jpg image/jpeg',
        'to-roi.jpg image/jpeg',
      ].sort(),
    )
  })
})

describe('oEmbed', () => {
  it('is a video for a video guide and a rich card otherwise, with an iframe of the embed page', () => {
    const { data } = library()
    const clip = data.materials.find((m) => m.kind.value === 'video')
    const leaflet = data.materials.find((m) => m.kind.value === 'leaflet')
    if (!clip || !leaflet) throw new Error('fixtures missing')
    expect(oembedFor(clip, site)).toMatchObject({
      type: 'video',
      title: 'Của xã Sìn Hồ',
      author_name: 'Xã Sìn Hồ',
      version: '1.0',
    })
    const card = oembedFor(leaflet, site)
    expect(card.type).toBe('rich')
    expect(card.html).toContain(`src="https://thuvien.example/nhung/${leaflet.slug}/"`)
    expect(card.thumbnail_url).toBeUndefined()
  })

  it('is rebuilt with its material page, and never in a CMS preview of an unpublished version', () => {
    process.env.SITE_ONLY_ROUTES = JSON.stringify(['/tai-lieu/huong-dan/'])
    expect(oembedInBuildScope('huong-dan')).toBe(true)
    expect(oembedInBuildScope('khac')).toBe(false)
    process.env.SITE_PREVIEW_DATA = '/tmp/preview.json'
    expect(oembedInBuildScope('huong-dan')).toBe(false)
  })
})
