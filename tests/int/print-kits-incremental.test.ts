/**
 * Print kits keep their addresses (/in-an/<material>/<unit>-a4.pdf) when their
 * material changes, so an incremental build must replace them, not keep the
 * live ones as it keeps hashed assets, and must drop the kits of units the
 * material no longer reaches, or of a material no longer a template.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Material, Unit } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { freshLiveSite, removeSiteDir, runPendingRebuilds as runBuilds, testSiteDir } from '../support/siteBuild'

/**
 * A kit's document title: "<material title> – <unit name> (A4)". (Its text is read with pdf.js in
 * tests/e2e/print.test.ts; pdf.js refuses to run here, where drizzle-kit's schema push has added an
 * enumerable Array.prototype.random to the process.)
 */
async function kitTitle(file: string): Promise<string | undefined> {
  return (await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false })).getTitle()
}

describeWithDatabase('print kits in incremental builds', () => {
  let payload: Payload
  let make: Fixtures
  let owner: Unit
  let first: Unit
  let second: Unit
  let template: Material
  const outDir = testSiteDir('print-kits-incremental')
  const kit = (unit: Unit, size = 'a4') => path.join(outDir, 'in-an', template.slug ?? '', `${unit.slug}-${size}.pdf`)

  const runPendingRebuilds = async (): Promise<void> => {
    await runBuilds(payload, outDir)
    const status = await payload.findGlobal({ slug: 'site-status' })
    expect(status.lastSuccess?.mode).toBe('incremental')
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    owner = await make.createUnit({
      type: 'department',
      name: `Sở Mẫu In ${uniqueSuffix()}`,
      contact: { hotline: '0213 3000 001' },
    })
    first = await make.createUnit({
      name: `Xã Thứ Nhất ${uniqueSuffix()}`,
      contact: { hotline: '0213 3000 002', oneStopHours: 'Sáng 7h30–11h30' },
    })
    second = await make.createUnit({
      name: `Xã Thứ Hai ${uniqueSuffix()}`,
      contact: { oneStopAddress: 'Bản Nà Bỏ, tỉnh Lai Châu' },
    })
    template = await make.createPublishedMaterial({
      ownerUnit: owner.id,
      appliesTo: [first.id],
      kind: 'poster',
      printTemplate: true,
      title: `Áp phích mẫu in ${uniqueSuffix()}`,
    })
    await freshLiveSite(payload, outDir)
  }, 240_000)

  afterAll(() => removeSiteDir(outDir))

  it('the full build makes kits for the owner and the units the template applies to, and no other', async () => {
    expect(fs.readdirSync(path.join(outDir, 'in-an', template.slug ?? '')).sort()).toEqual(
      [`${owner.slug}-a3.pdf`, `${owner.slug}-a4.pdf`, `${first.slug}-a3.pdf`, `${first.slug}-a4.pdf`].sort(),
    )
    await expect(kitTitle(kit(first))).resolves.toBe(`${template.title} – ${first.name} (A4)`)
  })

  it('an edit replaces the kits, adds those of newly reached units and drops the others', {
    timeout: 240_000,
  }, async () => {
    const title = `Áp phích mẫu in đã sửa ${uniqueSuffix()}`
    await payload.update({
      collection: 'materials',
      id: template.id,
      data: { title, appliesTo: [second.id], _status: 'published' },
    })
    await runPendingRebuilds()
    expect(fs.existsSync(kit(first))).toBe(false)
    expect(fs.existsSync(kit(first, 'a3'))).toBe(false)
    await expect(kitTitle(kit(second, 'a3'))).resolves.toBe(`${title} – ${second.name} (A3)`)
    // The owner's kit kept its address but not its old content.
    await expect(kitTitle(kit(owner))).resolves.toBe(`${title} – ${owner.name} (A4)`)
  })

  it('no longer a template: its kits are gone after the next incremental build', { timeout: 240_000 }, async () => {
    await payload.update({
      collection: 'materials',
      id: template.id,
      data: { printTemplate: false, _status: 'published' },
    })
    await runPendingRebuilds()
    expect(fs.existsSync(path.join(outDir, 'in-an', template.slug ?? ''))).toBe(false)
  })
})
