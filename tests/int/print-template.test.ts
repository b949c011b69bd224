/**
 * «Dùng làm mẫu in cho đơn vị» (Materials.printTemplate): the site prints a
 * kit for every unit from a template, so marking one is the editorial team's
 * choice, like the validity dates. Checked through REST, as the admin sends it.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { Material } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, materialData } from '../support/factories'
import { CmsHttpClient } from '../support/http'

type Id = Material['id']

describeWithDatabase('print template flag on materials', () => {
  let payload: Payload
  let make: Fixtures
  let ownerUnit: Id
  const contributor = new CmsHttpClient()

  const stored = async (id: Id) =>
    (await payload.findByID({ collection: 'materials', id, draft: true, depth: 0 })).printTemplate ?? false

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    ownerUnit = (await make.createUnit()).id
    const { login } = await make.createUnitUser('contributor', ownerUnit)
    await contributor.login(login.email, login.password)
  })

  it('is off unless set', async () => {
    const material = await make.createDraftMaterial({ ownerUnit, kind: 'poster' })
    await expect(stored(material.id)).resolves.toBe(false)
  })

  it('a contributor can neither create a template nor mark a draft of their unit as one', async () => {
    const created = await contributor.post<{ doc: { id: Id } }>('/materials?draft=true', {
      ...materialData({ ownerUnit, kind: 'poster' }),
      _status: 'draft',
      printTemplate: true,
    })
    expect(created.status).toBe(201)
    await expect(stored(created.body.doc.id)).resolves.toBe(false)

    const updated = await contributor.patch(
      `/materials/${created.body.doc.id}`,
      { printTemplate: true },
      { draft: 'true' },
    )
    expect(updated.status).toBe(200)
    await expect(stored(created.body.doc.id)).resolves.toBe(false)
  })

  it.each(['editor', 'reviewer', 'admin'] as const)(
    '%s can mark a material as a print template and unmark it',
    async (role) => {
      const material = await make.createDraftMaterial({ ownerUnit, kind: 'leaflet' })
      const { login } = await make.createUser(role)
      const client = new CmsHttpClient()
      await client.login(login.email, login.password)
      expect((await client.patch(`/materials/${material.id}`, { printTemplate: true }, { draft: 'true' })).status).toBe(
        200,
      )
      await expect(stored(material.id)).resolves.toBe(true)
      expect(
        (await client.patch(`/materials/${material.id}`, { printTemplate: false }, { draft: 'true' })).status,
      ).toBe(200)
      await expect(stored(material.id)).resolves.toBe(false)
    },
  )

  it('a contributor editing a template keeps the mark an editor set', async () => {
    const material = await make.createDraftMaterial({ ownerUnit, kind: 'poster', printTemplate: true })
    await expect(stored(material.id)).resolves.toBe(true)
    const updated = await contributor.patch(
      `/materials/${material.id}`,
      { summary: 'Tóm tắt do cộng tác viên sửa.', printTemplate: false },
      { draft: 'true' },
    )
    expect(updated.status).toBe(200)
    await expect(stored(material.id)).resolves.toBe(true)
  })
})
