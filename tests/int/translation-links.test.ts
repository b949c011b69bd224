/**
 * «Là bản ngôn ngữ khác của» (Materials.translationOf) is one level deep: an original and its
 * language versions. An editor saving a link that breaks that is refused with the reason, through
 * REST as the admin sends it, and nothing is saved.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { Material } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures } from '../support/factories'
import { CmsHttpClient } from '../support/http'

type Id = Material['id']
interface Refusal {
  errors?: { message: string }[]
}

describeWithDatabase('language version links', () => {
  let payload: Payload
  let make: Fixtures
  let ownerUnit: Id
  const editor = new CmsHttpClient()

  const link = async (id: Id, body: Partial<Material>) => {
    const answer = await editor.patch<Refusal>(`/materials/${id}`, body, { draft: 'true' })
    return { status: answer.status, message: answer.body.errors?.map((e) => e.message).join(' ') ?? '' }
  }
  const storedLink = async (id: Id) => {
    const doc = await payload.findByID({ collection: 'materials', id, draft: true, depth: 0 })
    return { translationOf: doc.translationOf ?? null, language: doc.language }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    ownerUnit = (await make.createUnit()).id
    const { login } = await make.createUser('editor')
    await editor.login(login.email, login.password)
  })

  it('accepts a Hmong version of a Vietnamese original', async () => {
    const original = await make.createDraftMaterial({ ownerUnit })
    const version = await make.createDraftMaterial({ ownerUnit, language: 'hmn' })
    await expect(link(version.id, { translationOf: original.id })).resolves.toMatchObject({ status: 200 })
    await expect(storedLink(version.id)).resolves.toEqual({ translationOf: original.id, language: 'hmn' })
  })

  it('refuses a material as a version of itself', async () => {
    const material = await make.createDraftMaterial({ ownerUnit, language: 'tai' })
    const answer = await link(material.id, { translationOf: material.id })
    expect(answer.status).toBe(400)
    expect(answer.message).toContain('không thể là bản ngôn ngữ khác của chính nó')
    await expect(storedLink(material.id)).resolves.toEqual({ translationOf: null, language: 'tai' })
  })

  it('refuses a chain: a version of a material that is itself a version', async () => {
    const original = await make.createDraftMaterial({ ownerUnit })
    const hmong = await make.createDraftMaterial({ ownerUnit, language: 'hmn', translationOf: original.id })
    const dao = await make.createDraftMaterial({ ownerUnit, language: 'dao' })
    const answer = await link(dao.id, { translationOf: hmong.id })
    expect(answer.status).toBe(400)
    expect(answer.message).toContain(`«${hmong.title}» đã là bản ngôn ngữ khác của một tài liệu khác`)
    await expect(storedLink(dao.id)).resolves.toEqual({ translationOf: null, language: 'dao' })
  })

  it('refuses a version in the same language as its original', async () => {
    const original = await make.createDraftMaterial({ ownerUnit })
    const alsoVietnamese = await make.createDraftMaterial({ ownerUnit })
    const answer = await link(alsoVietnamese.id, { translationOf: original.id })
    expect(answer.status).toBe(400)
    expect(answer.message).toContain(`«${original.title}» cũng là Tiếng Việt`)
    await expect(storedLink(alsoVietnamese.id)).resolves.toEqual({ translationOf: null, language: 'vi' })
  })

  it('refuses making an original with versions into a version of another material', async () => {
    const original = await make.createDraftMaterial({ ownerUnit, language: 'hmn' })
    await make.createDraftMaterial({ ownerUnit, language: 'dao', translationOf: original.id })
    const other = await make.createDraftMaterial({ ownerUnit })
    const answer = await link(original.id, { translationOf: other.id })
    expect(answer.status).toBe(400)
    expect(answer.message).toContain('đang là tài liệu gốc của 1 bản ngôn ngữ khác')
    await expect(storedLink(original.id)).resolves.toEqual({ translationOf: null, language: 'hmn' })
  })

  it('refuses changing an original to the language of one of its versions', async () => {
    const original = await make.createDraftMaterial({ ownerUnit })
    const version = await make.createDraftMaterial({ ownerUnit, language: 'tai', translationOf: original.id })
    const answer = await link(original.id, { language: 'tai' })
    expect(answer.status).toBe(400)
    expect(answer.message).toContain(`đã có bản Tiếng Thái («${version.title}»)`)
    await expect(storedLink(original.id)).resolves.toEqual({ translationOf: null, language: 'vi' })
  })
})
