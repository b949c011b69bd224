/**
 * The admin's «Độ phủ hướng dẫn» figures (cms/lib/loadCoverage.ts): only a guide
 * the public can read counts, and only current toàn trình procedures are counted.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { loadCoverage } from '@dvctt/cms/lib/loadCoverage'
import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fixtures, uniqueSuffix } from '../support/factories'

describeWithDatabase('guide coverage loaded for the admin', () => {
  let payload: Payload
  // A field of its own, so that other files' procedures never enter this row.
  const field = `Lĩnh vực thử độ phủ ${uniqueSuffix()}`
  const codes: Record<string, string> = {}

  beforeAll(async () => {
    payload = await getTestPayload()
    const make = fixtures(payload)
    const procedure = async (key: string, name: string, extra: Record<string, unknown> = {}) => {
      const created = await make.createProcedure({
        name,
        field,
        onlineLevel: 'full',
        implementingLevel: 'province',
        ...extra,
      })
      codes[key] = created.code
      return created.id
    }
    const published = await procedure('published', 'A. Có hướng dẫn đã xuất bản')
    const draftOnly = await procedure('draft', 'B. Chỉ có bản nháp')
    const expiredOnly = await procedure('expired', 'C. Hướng dẫn đã hết hiệu lực')
    const withdrawn = await procedure('withdrawn', 'D. Không còn trong danh mục', { withdrawn: true })
    const partial = await procedure('partial', 'E. Một phần', { onlineLevel: 'partial' })

    await make.createPublishedMaterial({ procedures: [published, withdrawn, partial] })
    await make.createDraftMaterial({ procedures: [draftOnly] })
    const day = 24 * 60 * 60 * 1000
    await make.createPublishedMaterial({
      procedures: [expiredOnly],
      validFrom: new Date(Date.now() - 30 * day).toISOString(),
      validUntil: new Date(Date.now() - day).toISOString(),
    })
  })

  it('counts a procedure as covered only by a published, unexpired guide, over current toàn trình procedures', async () => {
    const coverage = await loadCoverage(payload)
    const row = coverage.byField.find((r) => r.field === field)
    expect(row).toMatchObject({ total: 3, covered: 1 })
    expect(row?.missing.map((p) => p.code)).toEqual([codes.draft, codes.expired])
    const overallCodes = new Set(coverage.overall.missing.map((p) => p.code))
    expect(overallCodes.has(codes.draft!) && overallCodes.has(codes.expired!)).toBe(true)
    expect(
      overallCodes.has(codes.published!) || overallCodes.has(codes.withdrawn!) || overallCodes.has(codes.partial!),
    ).toBe(false)
  })
})
