/** Editors type Vietnamese titles; the public gets stable, readable, unique URLs. */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { slugify } from '@dvctt/cms/vocabulary'
import type { Unit } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fieldErrorsOf, restFieldErrors } from '../support/errors'
import { type Fixtures, fixtures, materialData, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'

describeWithDatabase('materials: slugs', () => {
  let payload: Payload
  let make: Fixtures
  let ownerUnit: Unit['id']
  const editor = new CmsHttpClient()

  const countByTitle = async (title: string): Promise<{ documents: number; versions: number }> => ({
    documents: (await payload.count({ collection: 'materials', where: { title: { equals: title } } })).totalDocs,
    versions: (await payload.countVersions({ collection: 'materials', where: { 'version.title': { equals: title } } }))
      .totalDocs,
  })

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    ownerUnit = (await make.createUnit()).id
    const { login } = await make.createUser('editor')
    await editor.login(login.email, login.password)
  })

  it('is generated from the Vietnamese title, without diacritics', async () => {
    const suffix = uniqueSuffix()
    const material = await make.createPublishedMaterial({ title: `Đăng ký khai sinh ${suffix}`, ownerUnit })
    expect(material.slug).toBe(`dang-ky-khai-sinh-${suffix}`)
  })

  it('is generated for drafts too, so a preview link works before publishing', async () => {
    const suffix = uniqueSuffix()
    const material = await make.createDraftMaterial({ title: `ĐỔI GIẤY PHÉP LÁI XE ${suffix}`, ownerUnit })
    expect(material.slug).toBe(`doi-giay-phep-lai-xe-${suffix}`)
  })

  it('normalises a slug the editor typed', async () => {
    const suffix = uniqueSuffix()
    const material = await make.createPublishedMaterial({ slug: `  Cấp Đổi Căn Cước ${suffix} `, ownerUnit })
    expect(material.slug).toBe(`cap-doi-can-cuoc-${suffix}`)
  })

  it('stays the same when the title is edited later, so shared links keep working', async () => {
    const material = await make.createPublishedMaterial({ ownerUnit })
    const renamed = await payload.update({
      collection: 'materials',
      id: material.id,
      data: { title: `Tiêu đề mới ${uniqueSuffix()}` },
    })
    expect(renamed.slug).toBe(material.slug)
  })

  it('must be unique: a second material with the same title is refused and nothing is half-written', async () => {
    const title = `Thanh toán trực tuyến nghĩa vụ tài chính ${uniqueSuffix()}`
    await make.createPublishedMaterial({ title, ownerUnit })

    const errors = await fieldErrorsOf(make.createPublishedMaterial({ title, ownerUnit }))
    expect(errors).toEqual([expect.objectContaining({ path: 'slug' })])
    expect(await countByTitle(title)).toEqual({ documents: 1, versions: 1 })
  })

  it('must be unique for drafts as well', async () => {
    const title = `Nộp hồ sơ qua VNeID ${uniqueSuffix()}`
    await make.createPublishedMaterial({ title, ownerUnit })
    const errors = await fieldErrorsOf(make.createDraftMaterial({ title, ownerUnit }))
    expect(errors.map((error) => error.path)).toEqual(['slug'])
    expect(await countByTitle(title)).toEqual({ documents: 1, versions: 1 })
  })

  it('a duplicate sent through REST gets HTTP 400 naming the slug field, in Vietnamese', async () => {
    const title = `Đăng ký thường trú ${uniqueSuffix()}`
    await make.createPublishedMaterial({ title, ownerUnit })
    const response = await editor.post('/materials?draft=true', {
      ...materialData({ title, ownerUnit }),
      _status: 'draft',
    })
    expect(response.status).toBe(400)
    const errors = restFieldErrors(response.body)
    expect(errors.map((error) => error.path)).toEqual(['slug'])
    expect(errors[0]?.message).toMatch(/trùng/)
    expect(await countByTitle(title)).toEqual({ documents: 1, versions: 1 })
    expect(slugify(title)).toBe(
      (await payload.find({ collection: 'materials', where: { title: { equals: title } } })).docs[0]?.slug,
    )
  })
})
