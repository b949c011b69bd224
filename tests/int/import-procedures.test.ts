/**
 * Importing a province's procedure catalogue through the service the CLI and
 * the admin use, on the real database: the dry run writes nothing, the import
 * gives exactly the file's catalogue and one site change, a second import
 * writes nothing, a later edition changes exactly what it changes, withdrawn
 * procedures keep their guides' links and come back when listed again, and
 * files that cannot be read write nothing.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import {
  applyProcedureImport,
  type ImportFile,
  ImportFileError,
  type ImportReport,
  ImportStaleError,
  previewProcedureImport,
} from '@dvctt/cms/import/procedures/index'
import { projectRoot } from '@dvctt/cms/lib/paths'
import type { Procedure } from '@dvctt/cms/payload-types'
import {
  BAD_ROWS,
  buildProvinceCatalogue,
  CATALOGUE_CHANGES,
  COMMUNE_SHEET,
  PROVINCE_SHEET,
  roman,
} from '../../scripts/seed/catalogueFile'
import { FIELD_AGENCY, PROCEDURE_SEEDS, type ProcedureSeed } from '../../scripts/seed/data/procedures'
import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fixtures } from '../support/factories'
import {
  declaredSizeBomb,
  encodeWindows1258,
  encryptedXlsx,
  ratioBomb,
  type SectionStyle,
  sectionedCatalogue,
} from '../support/procedureFiles'

const execFileAsync = promisify(execFile)
const QUIET = { skipSiteRebuild: true }
const ourCodes = new Set([...PROCEDURE_SEEDS.map((procedure) => procedure.code), CATALOGUE_CHANGES.added.code])
const byCode = <T extends { code: string }>(list: T[]): T[] => [...list].sort((a, b) => a.code.localeCompare(b.code))
const seed = (code: string): ProcedureSeed => {
  const found = PROCEDURE_SEEDS.find((procedure) => procedure.code === code)
  if (!found) throw new Error(`no seed procedure ${code}`)
  return found
}
const agencyNamesOf = (procedure: Pick<ProcedureSeed, 'field' | 'implementingLevel'>): string[] => {
  const agency = procedure.implementingLevel === 'province' ? FIELD_AGENCY[procedure.field] : undefined
  return agency ? [agency] : []
}

describeWithDatabase('import-procedures', () => {
  let payload: Payload
  let original: ImportFile
  let edition: ImportFile
  /** Current procedures other test files made: the import withdraws them, afterAll brings them back. */
  let others: { id: Procedure['id']; code: string; name: string }[] = []
  const unitIds = new Map<string, number | string>()

  const count = async (collection: 'procedures' | 'site-changes', where?: Where) =>
    (await payload.count({ collection, where, overrideAccess: true })).totalDocs
  const snapshot = async () => ({
    procedures: await count('procedures'),
    withdrawn: await count('procedures', { withdrawn: { equals: true } }),
    siteChanges: await count('site-changes'),
    lastUpdate:
      (await payload.find({ collection: 'procedures', sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true }))
        .docs[0]?.updatedAt ?? null,
  })
  const all = async () =>
    (await payload.find({ collection: 'procedures', pagination: false, depth: 0, overrideAccess: true })).docs
  const unitName = (id: unknown) => [...unitIds].find(([, unit]) => unit === id)?.[0] ?? `#${String(id)}`
  /** The catalogue as citizens will see it: current procedures, agencies by name. */
  const currentCatalogue = async () =>
    byCode(
      (await all())
        .filter((procedure) => !procedure.withdrawn)
        .map(({ code, name, field, onlineLevel, implementingLevel, agencies }) => ({
          code,
          name,
          field,
          onlineLevel,
          implementingLevel,
          agencies: (agencies ?? []).map(unitName).sort(),
        })),
    )
  const expectedCatalogue = (procedures: readonly ProcedureSeed[]) =>
    byCode(procedures.map((procedure) => ({ ...procedure, agencies: agencyNamesOf(procedure) })))

  beforeAll(async () => {
    payload = await getTestPayload()
    for (const name of new Set(Object.values(FIELD_AGENCY))) {
      const found = await payload.find({ collection: 'units', where: { name: { equals: name } }, limit: 1, depth: 0 })
      const unit =
        found.docs[0] ??
        (await payload.create({ collection: 'units', data: { name, type: 'department' }, context: QUIET }))
      unitIds.set(name, unit.id)
    }
    original = { bytes: await buildProvinceCatalogue({ badRows: true }), name: 'danh-muc-lai-chau.xlsx' }
    edition = {
      bytes: await buildProvinceCatalogue({ badRows: true, changed: true }),
      name: 'danh-muc-lai-chau-sua-doi.xlsx',
    }
    // A database left by an earlier run of this file: start from no seed procedures.
    await payload.delete({
      collection: 'materials',
      where: { title: { like: 'Hướng dẫn đăng ký giám hộ (nhập danh mục)' } },
      overrideAccess: true,
      context: QUIET,
    })
    await payload.delete({
      collection: 'procedures',
      where: { code: { in: [...ourCodes] } },
      overrideAccess: true,
      context: QUIET,
    })
    others = (await all()).filter((procedure) => !procedure.withdrawn).map(({ id, code, name }) => ({ id, code, name }))
  })

  afterAll(async () => {
    if (!payload) return
    // Leave the shared database as this file found it: its catalogue gone, the others current again.
    await payload.delete({
      collection: 'materials',
      where: { title: { like: 'Hướng dẫn đăng ký giám hộ (nhập danh mục)' } },
      overrideAccess: true,
      context: QUIET,
    })
    await payload.delete({
      collection: 'procedures',
      where: { code: { in: [...ourCodes] } },
      overrideAccess: true,
      context: QUIET,
    })
    if (others.length > 0) {
      await payload.update({
        collection: 'procedures',
        where: { id: { in: others.map((p) => p.id) } },
        data: { withdrawn: false },
        overrideAccess: true,
        context: QUIET,
      })
    }
  })

  it('previews the realistic province file exactly, with its three bad rows, and writes nothing', async () => {
    const before = await snapshot()
    const report = await previewProcedureImport(payload, original)

    expect(byCode(report.added)).toEqual(
      byCode(PROCEDURE_SEEDS.map((procedure) => ({ ...procedure, agencies: agencyNamesOf(procedure) }))),
    )
    expect(report.changed).toEqual([])
    expect(report.unchanged).toEqual([])
    expect(byCode(report.withdrawn)).toEqual(byCode(others.map(({ code, name }) => ({ code, name }))))
    expect(report.rejected.map(({ sheet, reason }) => ({ sheet, reason }))).toEqual([
      { sheet: PROVINCE_SHEET, reason: BAD_ROWS.missingCode },
      {
        sheet: PROVINCE_SHEET,
        reason: expect.stringMatching(
          /^Mã 2\.000505 trùng với dòng \d+ \(trang «Cấp tỉnh»\) nhưng khác mức độ DVCTT\. Dòng \d+ được nạp; nếu dòng này mới đúng, sửa dòng \d+ rồi nạp lại\.$/,
        ),
      },
      { sheet: COMMUNE_SHEET, reason: expect.stringContaining('«Mức độ 2» của thủ tục 1.099001 không rõ') },
    ])
    expect(report.rejected.every((note) => note.row > 7)).toBe(true)
    expect(report.warnings).toEqual([])
    expect(report.fingerprint).toMatch(/^[0-9a-f]{64}$/)

    expect(await snapshot()).toEqual(before)
  })

  it('imports exactly the file’s catalogue, withdraws what it no longer lists, and records one site change', async () => {
    const before = await snapshot()
    const { fingerprint } = await previewProcedureImport(payload, original)
    const result = await applyProcedureImport(payload, original, { expectedFingerprint: fingerprint })

    expect(result.applied).toEqual({ created: PROCEDURE_SEEDS.length, updated: 0, withdrawn: others.length })
    expect(await currentCatalogue()).toEqual(expectedCatalogue(PROCEDURE_SEEDS))
    // Never deleted: the others are still there, marked and dated.
    expect(await count('procedures')).toBe(before.procedures + PROCEDURE_SEEDS.length)
    for (const other of others) {
      const stored = await payload.findByID({ collection: 'procedures', id: other.id, depth: 0, overrideAccess: true })
      expect(stored.withdrawn).toBe(true)
      expect(stored.withdrawnAt).toBeTruthy()
    }
    const changes = await payload.find({
      collection: 'site-changes',
      sort: '-createdAt',
      limit: 2,
      overrideAccess: true,
    })
    expect(await count('site-changes')).toBe(before.siteChanges + 1)
    expect(changes.docs[0]).toMatchObject({ scope: 'full' })
  })

  it('changes nothing when the same file is imported again: no writes, no site change', async () => {
    const before = await snapshot()
    const report = await previewProcedureImport(payload, original)
    expect([report.added, report.changed, report.withdrawn]).toEqual([[], [], []])
    expect(byCode(report.unchanged.map((code) => ({ code })))).toEqual(
      byCode(PROCEDURE_SEEDS.map(({ code }) => ({ code }))),
    )

    const result = await applyProcedureImport(payload, original, { expectedFingerprint: report.fingerprint })
    expect(result.applied).toEqual({ created: 0, updated: 0, withdrawn: 0 })
    expect(await snapshot()).toEqual(before)
  })

  it('reads a decision whose sections are a Roman numeral beside «LĨNH VỰC …» in capitals as the same catalogue', async () => {
    const style: SectionStyle = { row: (field, i) => [roman(i + 1), `LĨNH VỰC ${field.toUpperCase()}`], merge: [2, 5] }
    const codeless = [[999, null, 'Thủ tục chưa có mã', 'Toàn trình', 'Cấp xã']]
    const file = { bytes: await sectionedCatalogue(style, PROCEDURE_SEEDS, codeless), name: 'qd-in-hoa.xlsx' }
    const before = await snapshot()
    const report = await previewProcedureImport(payload, file)

    // Every procedure is in the same field as in the province file: nothing to add, change or withdraw.
    expect([report.added, report.changed, report.withdrawn]).toEqual([[], [], []])
    expect([...report.unchanged].sort()).toEqual(PROCEDURE_SEEDS.map(({ code }) => code).sort())
    expect(report.rejected.map(({ reason }) => reason)).toEqual([BAD_ROWS.missingCode])
    expect(report.warnings).toEqual([])
    const result = await applyProcedureImport(payload, file, { expectedFingerprint: report.fingerprint })
    expect(result.applied).toEqual({ created: 0, updated: 0, withdrawn: 0 })
    expect(await snapshot()).toEqual(before)
  })

  it('shows exactly the changes of a later edition, and the withdrawn procedure keeps its guide’s link', async () => {
    const dropped = (
      await payload.find({
        collection: 'procedures',
        where: { code: { equals: CATALOGUE_CHANGES.dropped.code } },
        depth: 0,
      })
    ).docs[0]
    if (!dropped) throw new Error('the dropped procedure was not imported')
    const make = fixtures(payload)
    const guide = await make.createPublishedMaterial({
      title: 'Hướng dẫn đăng ký giám hộ (nhập danh mục)',
      procedures: [dropped.id],
    })

    const before = await snapshot()
    const report = await previewProcedureImport(payload, edition)
    expect(await snapshot()).toEqual(before)
    const flipped = (code: string) => (seed(code).onlineLevel === 'full' ? 'partial' : 'full')
    const expected: Pick<ImportReport, 'added' | 'changed' | 'withdrawn'> = {
      added: [{ ...CATALOGUE_CHANGES.added, agencies: [] }],
      changed: byCode([
        ...CATALOGUE_CHANGES.levelChanged.map((code) => ({
          code,
          name: seed(code).name,
          fields: { onlineLevel: { from: seed(code).onlineLevel, to: flipped(code) } },
        })),
        {
          code: CATALOGUE_CHANGES.renamed.code,
          name: CATALOGUE_CHANGES.renamed.name,
          fields: { name: { from: seed(CATALOGUE_CHANGES.renamed.code).name, to: CATALOGUE_CHANGES.renamed.name } },
        },
      ]),
      withdrawn: [CATALOGUE_CHANGES.dropped],
    }
    expect({ added: report.added, changed: byCode(report.changed), withdrawn: report.withdrawn }).toEqual(expected)
    expect(report.unchanged).toHaveLength(PROCEDURE_SEEDS.length - 4)

    const result = await applyProcedureImport(payload, edition, { expectedFingerprint: report.fingerprint })
    expect(result.applied).toEqual({ created: 1, updated: 3, withdrawn: 1 })
    expect(await snapshot()).toMatchObject({
      procedures: before.procedures + 1,
      withdrawn: before.withdrawn + 1,
      siteChanges: before.siteChanges + 1,
    })

    const kept = await payload.findByID({ collection: 'procedures', id: dropped.id, depth: 0, overrideAccess: true })
    expect(kept).toMatchObject({ code: CATALOGUE_CHANGES.dropped.code, withdrawn: true })
    const linked = await payload.findByID({ collection: 'materials', id: guide.id, depth: 0, overrideAccess: true })
    expect(linked.procedures).toEqual([dropped.id])
  })

  it('restores a withdrawn procedure that is listed again, shown as a change', async () => {
    const report = await previewProcedureImport(payload, original)
    const restored = report.changed.find((change) => change.code === CATALOGUE_CHANGES.dropped.code)
    expect(restored).toEqual({
      code: CATALOGUE_CHANGES.dropped.code,
      name: CATALOGUE_CHANGES.dropped.name,
      fields: { withdrawn: { from: 'true', to: 'false' } },
    })
    expect(report.withdrawn).toEqual([{ code: CATALOGUE_CHANGES.added.code, name: CATALOGUE_CHANGES.added.name }])
    expect(report.changed).toHaveLength(4)

    await applyProcedureImport(payload, original, { expectedFingerprint: report.fingerprint })
    expect(await currentCatalogue()).toEqual(expectedCatalogue(PROCEDURE_SEEDS))
    const back = (
      await payload.find({
        collection: 'procedures',
        where: { code: { equals: CATALOGUE_CHANGES.dropped.code } },
        depth: 0,
      })
    ).docs[0]
    expect(back).toMatchObject({ withdrawn: false, withdrawnAt: null })
  })

  it('the CLI prints pure JSON with --json, and with --dry-run writes nothing but the report it was asked for', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'))
    const cli = async (...args: string[]) => {
      const { stdout, stderr } = await execFileAsync(
        process.execPath,
        ['--import', 'tsx', 'scripts/import-procedures.ts', ...args],
        {
          cwd: projectRoot,
          env: { ...process.env, CMS_RUN_JOBS: '0' },
          maxBuffer: 16 * 1024 * 1024,
        },
      )
      return { stdout, stderr }
    }
    try {
      const originalFile = path.join(dir, original.name)
      const editionFile = path.join(dir, edition.name)
      fs.writeFileSync(originalFile, original.bytes)
      fs.writeFileSync(editionFile, edition.bytes)
      const before = await snapshot()

      const again = await cli(originalFile, '--json')
      const report = JSON.parse(again.stdout) as Record<string, unknown>
      expect(Object.keys(report).sort()).toEqual([
        'added',
        'applied',
        'changed',
        'dryRun',
        'rejected',
        'unchanged',
        'warnings',
        'withdrawn',
      ])
      expect(report).toMatchObject({
        added: [],
        changed: [],
        withdrawn: [],
        dryRun: false,
        applied: { created: 0, updated: 0, withdrawn: 0 },
      })
      expect((report.rejected as unknown[]).length).toBe(3)
      expect(report.rejected).toContainEqual({
        sheet: COMMUNE_SHEET,
        row: expect.any(Number),
        reason: expect.stringContaining('1.099001'),
      })

      const csvFile = path.join(dir, 'bao-cao.csv')
      const dry = await cli(editionFile, '--dry-run', '--json', '--report', csvFile)
      const diff = JSON.parse(dry.stdout) as ImportReport & { dryRun: boolean }
      expect(diff.dryRun).toBe(true)
      expect(diff.withdrawn).toEqual([CATALOGUE_CHANGES.dropped])
      // The three edits, and the procedure the edition added (withdrawn since) comes back.
      expect(diff.added).toEqual([])
      expect(diff.changed).toHaveLength(4)
      expect(diff.changed).toContainEqual({
        code: CATALOGUE_CHANGES.added.code,
        name: CATALOGUE_CHANGES.added.name,
        fields: { withdrawn: { from: 'true', to: 'false' } },
      })
      const csv = fs.readFileSync(csvFile, 'utf8')
      expect(csv.startsWith('\uFEFF')).toBe(true)
      expect(csv).toContain('Dòng bị loại (3)')
      expect(csv).toContain(`${CATALOGUE_CHANGES.dropped.code},${CATALOGUE_CHANGES.dropped.name}`)

      // Field by field for a person, and still nothing written.
      const human = await cli(editionFile, '--dry-run')
      expect(human.stdout).toContain(`~ ${CATALOGUE_CHANGES.renamed.code} ${CATALOGUE_CHANGES.renamed.name}`)
      expect(human.stdout).toContain(
        `Tên thủ tục: ${seed(CATALOGUE_CHANGES.renamed.code).name} → ${CATALOGUE_CHANGES.renamed.name}`,
      )
      expect(human.stdout).toContain('Trạng thái trong danh mục: Không còn trong danh mục → Còn trong danh mục')
      expect(human.stdout).toContain('✔ Chạy thử, không ghi gì: 0 thêm mới, 4 thay đổi')
      expect(await snapshot()).toEqual(before)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('keeps agencies when a file has no agency column, and keeps them when a name matches no unit', async () => {
    const code = '2.000505'
    const justice = unitIds.get('Sở Tư pháp')
    const stored = async () =>
      (await payload.find({ collection: 'procedures', where: { code: { equals: code } }, depth: 0 })).docs[0]?.agencies
    expect(await stored()).toEqual([justice])
    const csv = (agencyColumn: boolean, agency = '') =>
      encodeWindows1258(
        `Mã TTHC;Tên thủ tục hành chính;Lĩnh vực;Mức độ;Cấp thực hiện${agencyColumn ? ';Cơ quan thực hiện' : ''}\r\n` +
          PROCEDURE_SEEDS.map(
            (p) =>
              `${p.code};"${p.name}";${p.field};${p.onlineLevel === 'full' ? 'Toàn trình' : 'Một phần'};${p.implementingLevel === 'province' ? 'Cấp tỉnh' : 'Cấp xã'}` +
              (agencyColumn ? `;"${p.code === code ? agency : (agencyNamesOf(p)[0] ?? '')}"` : ''),
          ).join('\r\n'),
      )
    const noColumn = await previewProcedureImport(payload, { bytes: csv(false), name: 'khong-co-quan.csv' })
    expect([noColumn.added, noColumn.changed, noColumn.withdrawn]).toEqual([[], [], []])
    expect(noColumn.warnings.map((note) => note.reason)).toEqual([expect.stringContaining('Windows-1258')])

    const unknown = await previewProcedureImport(payload, {
      bytes: csv(true, 'Phòng Lý lịch tư pháp quốc gia'),
      name: 'co-quan-la.csv',
    })
    expect(unknown.changed).toEqual([])
    expect(unknown.warnings).toContainEqual({
      sheet: 'co-quan-la.csv',
      row: PROCEDURE_SEEDS.findIndex((p) => p.code === code) + 2,
      reason: expect.stringContaining('«Phòng Lý lịch tư pháp quốc gia»'),
    })

    const other = await previewProcedureImport(payload, {
      bytes: csv(true, 'Công an tỉnh Lai Châu; Sở Tư pháp tỉnh Lai Châu'),
      name: 'co-quan-moi.csv',
    })
    expect(other.changed).toEqual([
      {
        code,
        name: seed(code).name,
        fields: { agencies: { from: 'Sở Tư pháp', to: 'Công an tỉnh Lai Châu; Sở Tư pháp' } },
      },
    ])
    await applyProcedureImport(payload, {
      bytes: csv(true, 'Công an tỉnh Lai Châu; Sở Tư pháp tỉnh Lai Châu'),
      name: 'co-quan-moi.csv',
    })
    expect(new Set(await stored())).toEqual(new Set([justice, unitIds.get('Công an tỉnh Lai Châu')]))
  })

  it('refuses to apply a plan that changed since the preview, writing nothing', async () => {
    const report = await previewProcedureImport(payload, edition)
    const target = (await payload.find({ collection: 'procedures', where: { code: { equals: '1.001193' } }, depth: 0 }))
      .docs[0]
    if (!target) throw new Error('1.001193 missing')
    // Someone edits the catalogue between the preview and the confirmation.
    await payload.update({
      collection: 'procedures',
      id: target.id,
      data: { name: 'Đăng ký khai sinh (đã sửa tay)' },
      context: QUIET,
    })
    const before = await snapshot()
    const applying = applyProcedureImport(payload, edition, { expectedFingerprint: report.fingerprint })
    await expect(applying).rejects.toBeInstanceOf(ImportStaleError)
    await expect(applying).rejects.toThrow(/đã thay đổi kể từ lúc xem trước.*chưa ghi gì.*xem trước lại/)
    expect(await snapshot()).toEqual(before)
    await payload.update({
      collection: 'procedures',
      id: target.id,
      data: { name: seed('1.001193').name },
      context: QUIET,
    })
  })

  it.each([
    ['an empty file', () => new Uint8Array(), 'trong.xlsx', /trống/],
    [
      'a picture',
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      'anh.xlsx',
      /không phải bảng tính/,
    ],
    ['a password-protected workbook', () => encryptedXlsx(), 'mat-khau.xlsx', /mật khẩu/],
    ['an XLSX bomb', () => ratioBomb(), 'bom.xlsx', /nén hơn 100 lần/],
    ['an XLSX declaring 180 MB', () => declaredSizeBomb(), 'bom-khai.xlsx', /hơn 100 MB/],
    ['an undecodable CSV', () => new Uint8Array([0x4d, 0xe3, 0x01, 0x02, 0x0a]), 'hong.csv', /CSV UTF-8/],
  ])('refuses %s and writes nothing', async (_what, make, name, message) => {
    const before = await snapshot()
    await expect(previewProcedureImport(payload, { bytes: make(), name })).rejects.toThrow(message)
    const applying = applyProcedureImport(payload, { bytes: make(), name })
    await expect(applying).rejects.toBeInstanceOf(ImportFileError)
    await expect(applying).rejects.toThrow(/Chưa có gì được ghi/)
    expect(await snapshot()).toEqual(before)
  })
})
