/**
 * The province's units as a tree. Since July 2025 there are two levels of local
 * government; districts stay as historical units because older materials name them.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { Unit } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fieldErrorsOf } from '../support/errors'
import { type Fixtures, fixtures, materialData, unitData, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'

interface Page<T> {
  docs: T[]
}

const idOf = (value: Unit['parent']): Unit['id'] | null | undefined =>
  value !== null && typeof value === 'object' ? value.id : value

describeWithDatabase('units hierarchy', () => {
  let payload: Payload
  let make: Fixtures
  let province: Unit
  let department: Unit
  let district: Unit
  let commune: Unit
  const anonymous = new CmsHttpClient()

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    const suffix = uniqueSuffix()
    province = await make.createUnit({ name: `UBND tỉnh Lai Châu ${suffix}`, type: 'province' })
    department = await make.createUnit({
      name: `Sở Khoa học và Công nghệ ${suffix}`,
      type: 'department',
      parent: province.id,
    })
    district = await make.createUnit({
      name: `Huyện Tam Đường ${suffix}`,
      type: 'district',
      parent: province.id,
      historical: true,
    })
    commune = await make.createUnit({ name: `Xã Bản Giang ${suffix}`, type: 'commune', parent: province.id })
  })

  it('children are found by their parent', async () => {
    const children = await payload.find({ collection: 'units', where: { parent: { equals: province.id } }, limit: 100 })
    expect(children.docs.map((unit) => unit.name).sort()).toEqual([department.name, district.name, commune.name].sort())
  })

  it('the public API returns a unit with its parent’s name (depth=1)', async () => {
    const response = await anonymous.get<Unit>(`/units/${commune.id}`, { depth: 1 })
    expect(response.status).toBe(200)
    const parent = response.body.parent
    expect(parent !== null && typeof parent === 'object' ? parent.name : parent).toBe(province.name)
  })

  it('slugs come from the Vietnamese names', () => {
    expect(district.slug).toMatch(/^huyen-tam-duong-/)
    expect(commune.slug).toMatch(/^xa-ban-giang-/)
  })

  it('a historical district is kept and marked, and still resolves as a material’s owner', async () => {
    expect(district.historical).toBe(true)
    const material = await make.createPublishedMaterial({
      ownerUnit: district.id,
      appliesTo: [district.id, commune.id],
    })
    const read = await anonymous.get<{ ownerUnit: Unit }>(`/materials/${material.id}`, { depth: 1 })
    expect(read.status).toBe(200)
    expect(read.body.ownerUnit.name).toBe(district.name)
    expect(read.body.ownerUnit.historical).toBe(true)
  })

  it('listing current units (historical not true) leaves out districts and keeps units never marked', async () => {
    const response = await anonymous.get<Page<Unit>>('/units', {
      limit: 100,
      where: { parent: { equals: province.id }, historical: { not_equals: true } },
    })
    expect(response.status).toBe(200)
    expect(response.body.docs.map((unit) => unit.name).sort()).toEqual([department.name, commune.name].sort())
  })

  it('a contributor’s new material applies to their own unit by default; an editor’s to the whole province', async () => {
    const { login } = await make.createUnitUser('contributor', commune.id)
    const contributor = new CmsHttpClient()
    await contributor.login(login.email, login.password)
    const created = await contributor.post<{ doc: { id: string | number; appliesTo: unknown[] } }>(
      '/materials?draft=true&depth=0',
      { ...materialData({ ownerUnit: commune.id }), _status: 'draft' },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc.appliesTo).toEqual([commune.id])

    const { login: editorLogin } = await make.createUnitUser('editor', province.id)
    const editor = new CmsHttpClient()
    await editor.login(editorLogin.email, editorLogin.password)
    const byEditor = await editor.post<{ doc: { appliesTo?: unknown[] } }>('/materials?draft=true&depth=0', {
      ...materialData({ ownerUnit: commune.id }),
      _status: 'draft',
    })
    expect(byEditor.status, JSON.stringify(byEditor.body)).toBe(201)
    expect(byEditor.body.doc.appliesTo ?? []).toEqual([])
  })

  it('a unit cannot be its own parent', async () => {
    const errors = await fieldErrorsOf(
      payload.update({ collection: 'units', id: commune.id, data: { parent: commune.id } }),
    )
    expect(errors.map((error) => error.path)).toEqual(['parent'])
    const stored = await payload.findByID({ collection: 'units', id: commune.id, depth: 0 })
    expect(idOf(stored.parent)).toBe(province.id)
  })

  it('only administrators change the tree: an editor is refused', async () => {
    const { login } = await make.createUser('editor')
    const editor = new CmsHttpClient()
    await editor.login(login.email, login.password)
    const create = await editor.post('/units', unitData({ parent: province.id }))
    expect(create.status).toBe(403)
    const move = await editor.patch(`/units/${commune.id}`, { parent: department.id })
    expect(move.status).toBe(403)
    const stored = await payload.findByID({ collection: 'units', id: commune.id, depth: 0 })
    expect(idOf(stored.parent)).toBe(province.id)
  })
})
