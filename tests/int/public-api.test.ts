/**
 * The public API under anonymous use (cms/publicApi/): page size and depth are
 * capped and `pagination=false` refused for anonymous callers only; each
 * address is throttled; anonymous lists come from memory until something
 * changes, and never show a draft or an editor's view.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterEach, beforeAll, expect, it } from 'vitest'

import type { Material, Media, Unit } from '@dvctt/cms/payload-types'

import { toLexical } from '../../scripts/seed/richText'
import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, materialData, uniqueSuffix } from '../support/factories'
import { CmsHttpClient, toQueryString } from '../support/http'
import { phonePhotoJpeg, uploadFile } from '../support/mediaFiles'

type Page<T> = { docs: T[]; limit: number; totalDocs: number; hasNextPage: boolean }
type Refusal = { errors?: { message: string }[] }

/**
 * A refused GraphQL query's errors. graphql-http writes `{ errors }`, or the bare list when the
 * rule's GraphQLError comes from graphql's other build (ESM here, CommonJS in graphql-http).
 */
const errorsOf = (body: unknown): { message: string }[] =>
  Array.isArray(body) ? (body as { message: string }[]) : ((body as Refusal).errors ?? [])

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i
const MANY = 105

describeWithDatabase('public API: anonymous limits, throttle and list cache', () => {
  let payload: Payload
  let f: Fixtures
  let unit: Unit
  let province: Unit
  const anonymous = new CmsHttpClient()
  const editor = new CmsHttpClient()
  /** Carried by the titles of the MANY published materials this file lists. */
  const manyTag = `Danh sách dài ${uniqueSuffix()}`
  const manyQuery = { where: { title: { like: manyTag } } }

  beforeAll(async () => {
    payload = await getTestPayload()
    f = fixtures(payload)
    province = await f.createUnit({ type: 'province' })
    const district = await f.createUnit({ type: 'district', parent: province.id })
    unit = await f.createUnit({ type: 'commune', parent: district.id })
    for (let i = 0; i < MANY; i++) await f.createPublishedMaterial({ title: `${manyTag} số ${i}`, ownerUnit: unit.id })
    const { login } = await f.createUser('editor')
    await editor.login(login.email, login.password)
  })

  afterEach(() => {
    delete process.env.TRUSTED_PROXY
  })

  /** An anonymous list read with the raw response, to see the cache header as well. */
  async function anonymousList(query: Parameters<typeof toQueryString>[0], headers: Record<string, string> = {}) {
    const response = await anonymous.fetch(`/materials${toQueryString(query)}` as `/${string}`, headers)
    const text = await response.text()
    return {
      status: response.status,
      cache: response.headers.get('x-public-cache'),
      text,
      body: JSON.parse(text) as Page<Material> & Refusal,
    }
  }

  it.each([['100000'], ['101'], ['0'], ['-1'], ['1e9']])(
    'anonymous limit=%s is served as 100 a page, with the next page offered',
    async (limit) => {
      const response = await anonymousList({ ...manyQuery, limit })
      expect(response.status).toBe(200)
      expect(response.body.docs).toHaveLength(100)
      expect(response.body).toMatchObject({ limit: 100, totalDocs: MANY, hasNextPage: true })
    },
  )

  it.each([['pagination=false'], ['pagination='], ['limit[]=100000'], ['limit=5&limit=100000']])(
    'anonymous %s is refused with a message in Vietnamese',
    async (query) => {
      const response = await anonymous.fetch(`/materials?${query}`)
      expect(response.status).toBe(400)
      const message = ((await response.json()) as Refusal).errors?.[0]?.message ?? ''
      expect(message).toMatch(VIETNAMESE)
      expect(message).toMatch(/pagination|limit/)
    },
  )

  it('a signed-in editor is not capped: limit=0 and pagination=false return every document', async () => {
    for (const query of [{ limit: 0 }, { pagination: false }, { limit: 1000 }]) {
      const response = await editor.get<Page<Material>>('/materials', { ...manyQuery, ...query, depth: 0 })
      expect(response.status).toBe(200)
      expect(response.body.docs).toHaveLength(MANY)
    }
  })

  it('anonymous depth is capped at 2, an editor gets the depth asked for', async () => {
    const query = {
      where: { title: { equals: `${manyTag} số 0` } },
      select: { ownerUnit: true },
      populate: { units: { name: true, parent: true } },
    }
    const parentOfParent = (doc: Material | undefined) => {
      const owner = doc?.ownerUnit as Unit
      return (owner.parent as Unit).parent
    }
    const anonymousAnswer = await anonymousList({ ...query, depth: 10 })
    expect(anonymousAnswer.status).toBe(200)
    expect(typeof parentOfParent(anonymousAnswer.body.docs[0])).not.toBe('object')
    const editorAnswer = await editor.get<Page<Material>>('/materials', { ...query, depth: 3 })
    expect(parentOfParent(editorAnswer.body.docs[0])).toMatchObject({ id: province.id })
  })

  it('a forged token is anonymous: capped, and its answer neither read from nor stored in the cache', async () => {
    const forged = { Authorization: 'JWT ceci.nest.pas-un-jeton' }
    for (let i = 0; i < 2; i++) {
      const response = await anonymous.fetch(
        `/materials${toQueryString({ ...manyQuery, limit: 100000 })}` as `/${string}`,
        forged,
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('x-public-cache')).toBeNull()
      expect(((await response.json()) as Page<Material>).docs).toHaveLength(100)
    }
  })

  it('a method-override POST cannot carry a larger limit past the cap', async () => {
    const answer = await anonymous.send('/materials', {
      method: 'POST',
      headers: { 'X-Payload-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${toQueryString({ ...manyQuery, limit: 100000 }).slice(1)}`,
    })
    expect(answer.status).toBe(200)
    expect(((await answer.json()) as Page<Material>).docs).toHaveLength(100)
  })

  it('GraphQL: anonymous limit outside 1–100 and pagination: false are refused, an editor may use them', async () => {
    const where = `where: { title: { like: ${JSON.stringify(manyTag)} } }`
    for (const args of ['limit: 1000', 'limit: 0', 'pagination: false']) {
      const query = `{ Materials(${args}, ${where}) { docs { id } } }`
      const refused = await anonymous.graphql<{ Materials: Page<Material> | null }>(query)
      expect(refused.body.data?.Materials ?? null).toBeNull()
      expect(errorsOf(refused.body)[0]?.message).toMatch(VIETNAMESE)
      const allowed = await editor.graphql<{ Materials: Page<Material> }>(query)
      expect(allowed.body.errors).toBeUndefined()
      expect(allowed.body.data?.Materials.docs).toHaveLength(MANY)
    }
    const variables = await anonymous.graphql(`query ($n: Int) { Materials(limit: $n, ${where}) { docs { id } } }`, {
      n: 5000,
    })
    expect(errorsOf(variables.body)[0]?.message).toMatch(/limit/)
    const ok = await anonymous.graphql<{ Materials: Page<Material> }>(
      `{ Materials(limit: 100, ${where}) { docs { id } } }`,
    )
    expect(ok.body.data?.Materials.docs).toHaveLength(100)
  })

  it('one address is answered 429 with Retry-After after its burst, while another address and a signed-in editor still pass', async () => {
    const address = `198.51.100.${crypto.randomInt(1, 255)}-${uniqueSuffix()}`
    let passed = 0
    let refused: Response | undefined
    for (let i = 0; i < 200 && !refused; i++) {
      const response = await anonymous.fetch('/topics?limit=1', { 'X-Forwarded-For': address })
      if (response.status === 429) refused = response
      else if (response.status === 200) passed++
    }
    // 2 a second steady plus a burst of 60: at least 62 pass, and the loop takes a few seconds at most.
    expect(passed).toBeGreaterThanOrEqual(62)
    expect(passed).toBeLessThan(120)
    expect(refused?.status).toBe(429)
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(Number(refused?.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect(((await refused?.json()) as Refusal).errors?.[0]?.message).toMatch(/thử lại sau \d+ giây/)

    expect((await anonymous.fetch('/topics?limit=1', { 'X-Forwarded-For': `${address}-other` })).status).toBe(200)
    expect((await editor.fetch('/topics?limit=1', { 'X-Forwarded-For': address })).status).toBe(200)
    expect((await anonymous.graphql('{ Topics(limit: 1) { docs { id } } }')).status).toBe(200)
  })

  it('behind a trusted proxy the address is the entry the proxy added, not what the client wrote', async () => {
    process.env.TRUSTED_PROXY = '1'
    const address = `203.0.113.${crypto.randomInt(1, 255)}-${uniqueSuffix()}`
    let status = 200
    for (let i = 0; i < 200 && status !== 429; i++) {
      status = (await anonymous.fetch('/topics?limit=1', { 'X-Forwarded-For': `forged-${i}, ${address}` })).status
    }
    expect(status).toBe(429)
    expect(
      (await anonymous.fetch('/topics?limit=1', { 'X-Forwarded-For': `${address}, ${address}-next` })).status,
    ).toBe(200)
  })

  it('a material published or unpublished by an editor shows in, or leaves, the cached anonymous list at once', async () => {
    const tag = `Bộ đệm ${uniqueSuffix()}`
    const query = { where: { title: { like: tag } }, limit: 20 }
    const titles = async () => {
      const answer = await anonymousList(query)
      expect(answer.status).toBe(200)
      return answer.body.docs.map((doc) => doc.title).sort()
    }
    const first = await f.createPublishedMaterial({ title: `${tag} có sẵn`, ownerUnit: unit.id })
    expect(await titles()).toEqual([first.title])
    expect((await anonymousList(query)).cache).toBe('hit')

    const created = await editor.post<{ doc: Material }>('/materials?draft=true', {
      ...materialData({ ownerUnit: unit.id, title: `${tag} mới` }),
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    expect(await titles()).toEqual([first.title])

    // Publishing is an approval: it waits for review first (hooks/routePublishThroughReview.ts).
    expect((await editor.post(`/materials/${created.body.doc.id}/submit`, {})).status).toBe(200)
    expect((await editor.patch(`/materials/${created.body.doc.id}`, { _status: 'published' })).status).toBe(200)
    expect(await titles()).toEqual([first.title, `${tag} mới`].sort())
    expect((await anonymousList(query)).cache).toBe('hit')

    expect((await editor.patch(`/materials/${created.body.doc.id}`, { _status: 'draft' })).status).toBe(200)
    expect(await titles()).toEqual([first.title])
  })

  it('drafts and pending edits never reach an anonymous list, cold or warm, and an editor never gets the anonymous answer', async () => {
    const tag = `Không lộ ${uniqueSuffix()}`
    const query = { where: { title: { like: tag } }, limit: 20 }
    const draft = await f.createDraftMaterial({ title: `${tag} bản nháp`, ownerUnit: unit.id })
    const { published } = await f.createPublishedMaterialWithPendingDraft(
      { title: `${tag} công khai`, ownerUnit: unit.id },
      { title: `${tag} đang sửa`, summary: `Tóm tắt chưa duyệt ${tag}` },
    )
    const editorFirst = await editor.get<Page<Material>>('/materials', query)
    expect(editorFirst.body.docs.map((doc) => doc.title)).toContain(draft.title)

    for (const variant of [{}, {}, { draft: true }, { draft: true }]) {
      const answer = await anonymousList({ ...query, ...variant })
      expect(answer.status).toBe(200)
      expect(answer.body.docs.map((doc) => doc.title)).toEqual([published.title])
      for (const secret of [draft.title, `${tag} đang sửa`, 'Tóm tắt chưa duyệt'])
        expect(answer.text).not.toContain(secret)
    }
    expect((await anonymousList(query)).cache).toBe('hit')

    const editorAfter = await editor.fetch(`/materials${toQueryString(query)}` as `/${string}`)
    expect(editorAfter.headers.get('x-public-cache')).toBeNull()
    expect(((await editorAfter.json()) as Page<Material>).docs.map((doc) => doc.title)).toContain(draft.title)
  })

  it('the anonymous list carries the fields a list shows, not the body; the material itself has its body', async () => {
    const cover = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh bìa thử' },
      file: uploadFile(await phonePhotoJpeg(), 'image/jpeg', `anh-bia-${uniqueSuffix()}.jpg`),
    })
    const material = await f.createPublishedMaterial({
      title: `Có nội dung ${uniqueSuffix()}`,
      ownerUnit: unit.id,
      coverImage: cover.id,
      body: toLexical([{ p: 'Nội dung chi tiết chỉ có trên trang tài liệu.' }]) as Material['body'],
    })
    const list = await anonymousList({ where: { id: { equals: material.id } } })
    const [doc] = list.body.docs
    expect(doc).toMatchObject({
      title: material.title,
      summary: material.summary,
      kind: 'leaflet',
      slug: material.slug,
    })
    expect(doc).not.toHaveProperty('body')
    expect(doc?.ownerUnit).toMatchObject({ name: unit.name })
    // A list's thumbnail: the 480 px renditions and a JPEG fallback, not every size.
    const sizes = (doc?.coverImage as Media).sizes ?? {}
    expect(Object.keys(sizes).sort()).toEqual(['w480Avif', 'w480Webp', 'w960Jpeg'])
    expect(sizes.w480Webp?.url).toMatch(/\.webp$/)
    const whole = await anonymous.get<Material>(`/materials/${material.id}`)
    expect(JSON.stringify(whole.body.body)).toContain('Nội dung chi tiết')
    // A client naming its own fields (here: all but one) gets them, as the site's REST source does.
    const chosen = await anonymousList({ where: { id: { equals: material.id } }, select: { reviewLog: false } })
    expect(JSON.stringify(chosen.body.docs[0]?.body)).toContain('Nội dung chi tiết')
    const editorList = await editor.get<Page<Material>>('/materials', { where: { id: { equals: material.id } } })
    expect(JSON.stringify(editorList.body.docs[0]?.body)).toContain('Nội dung chi tiết')
  })
})
