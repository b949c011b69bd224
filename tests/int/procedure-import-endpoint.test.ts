/**
 * POST /api/procedures/import, as the admin's «Nạp danh mục thủ tục» screen
 * calls it: who may use it, a preview that writes nothing, an apply that writes
 * what was previewed (and only that), and refusals that leave the catalogue alone.
 */
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { type AppliedImportReport, type ImportReport, MAX_IMPORT_BYTES } from '@dvctt/cms/import/procedures/index'
import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fixtures } from '../support/factories'
import { CmsHttpClient } from '../support/http'

// Codes of their own, so that other files' procedures in the shared database never collide.
const CODES = ['7.710001', '7.710002', '7.710003'] as const
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

interface Answer {
  report?: ImportReport | AppliedImportReport
  siteRebuild?: string
  error?: string
  kept?: string
}

async function catalogueFile(rows: (string | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Cấp xã')
  sheet.addRow(['DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ'])
  sheet.addRow(['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Mức độ DVCTT', 'Cấp thực hiện'])
  rows.forEach((row, index) => sheet.addRow([String(index + 1), ...row]))
  return Buffer.from(await book.xlsx.writeBuffer())
}

describeWithDatabase('POST /api/procedures/import', () => {
  let payload: Payload
  let editor: CmsHttpClient
  let editorEmail: string
  let file: Buffer
  /** Procedures current before this file ran: the imports here withdraw them, afterAll puts them back. */
  let currentBefore: (number | string)[] = []

  const ours = async () =>
    (
      await payload.find({
        collection: 'procedures',
        where: { code: { in: [...CODES] } },
        pagination: false,
        sort: 'code',
        depth: 0,
      })
    ).docs.map(({ code, name, field, onlineLevel, implementingLevel, withdrawn }) => ({
      code,
      name,
      field,
      onlineLevel,
      implementingLevel,
      withdrawn: Boolean(withdrawn),
    }))
  const catalogueState = async () =>
    (await payload.find({ collection: 'procedures', pagination: false, sort: 'code', depth: 0 })).docs.map(
      ({ code, name, onlineLevel, withdrawn }) => ({
        code,
        name,
        onlineLevel,
        withdrawn: Boolean(withdrawn),
      }),
    )
  const send = (client: CmsHttpClient, bytes: Buffer, fields: Record<string, string>, name = 'danh-muc-cap-xa.xlsx') =>
    client.upload<Answer>('/procedures/import', { data: bytes, name, mimetype: XLSX }, fields)

  beforeAll(async () => {
    payload = await getTestPayload()
    const make = fixtures(payload)
    currentBefore = (
      await payload.find({
        collection: 'procedures',
        where: { withdrawn: { not_equals: true } },
        pagination: false,
        depth: 0,
      })
    ).docs.map((p) => p.id)
    const { login } = await make.createUser('editor')
    editorEmail = login.email
    editor = new CmsHttpClient()
    await editor.login(login.email, login.password)
    file = await catalogueFile([
      [CODES[0], 'Đăng ký khai sinh (thử nạp)', 'Hộ tịch', 'Toàn trình', 'Cấp xã'],
      [CODES[1], 'Chứng thực bản sao (thử nạp)', 'Chứng thực', 'Một phần', 'Cấp xã'],
      [CODES[2], 'Đăng ký thường trú (thử nạp)', 'Cư trú', 'Mức độ 9', 'Cấp xã'],
    ])
  })

  afterAll(async () => {
    if (!payload) return
    await payload.delete({ collection: 'procedures', where: { code: { in: [...CODES] } } })
    for (const id of currentBefore) {
      await payload.update({
        collection: 'procedures',
        id,
        data: { withdrawn: false },
        context: { skipSiteRebuild: true },
      })
    }
  })

  it('refuses anyone who is not signed in, and every role but editors and admins, in Vietnamese, writing nothing', async () => {
    const before = await catalogueState()
    const anonymous = await send(new CmsHttpClient(), file, { action: 'preview' })
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.error).toMatch(/đăng nhập/)
    for (const role of ['reviewer', 'contributor'] as const) {
      const { login } = await fixtures(payload).createUser(role)
      const client = new CmsHttpClient()
      await client.login(login.email, login.password)
      const answer = await send(client, file, { action: 'apply', fingerprint: 'x' })
      expect(answer.status, role).toBe(403)
      expect(answer.body).toMatchObject({ kept: 'Chưa có gì được ghi.' })
      expect(answer.body.error).toMatch(/biên tập viên tỉnh hoặc quản trị viên/)
    }
    expect(await catalogueState()).toEqual(before)
  })

  it('previews what the file would do, with the rejected row by sheet and row, and writes nothing', async () => {
    const before = await catalogueState()
    const { status, body } = await send(editor, file, { action: 'preview' })
    expect(status).toBe(200)
    const report = body.report as ImportReport
    expect(report.added.map((p) => [p.code, p.name, p.onlineLevel, p.implementingLevel])).toEqual([
      [CODES[0], 'Đăng ký khai sinh (thử nạp)', 'full', 'commune'],
      [CODES[1], 'Chứng thực bản sao (thử nạp)', 'partial', 'commune'],
    ])
    expect(report.rejected).toHaveLength(1)
    expect(report.rejected[0]).toMatchObject({ sheet: 'Cấp xã', row: 5 })
    expect(report.rejected[0]?.reason).toMatch(/Mức độ 9/)
    expect(report.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(await catalogueState()).toEqual(before)
  })

  it('refuses an apply whose preview is stale with 409, and writes nothing', async () => {
    const before = await catalogueState()
    const { status, body } = await send(editor, file, { action: 'apply', fingerprint: '0'.repeat(64) })
    expect(status).toBe(409)
    expect(body.error).toMatch(/xem trước lại/)
    expect(body.kept).toBe('Chưa có gì được ghi.')
    expect(await catalogueState()).toEqual(before)

    const noFingerprint = await send(editor, file, { action: 'apply' })
    expect(noFingerprint.status).toBe(400)
    expect(await catalogueState()).toEqual(before)
  })

  it('applies the previewed plan, and a second apply of the same file changes nothing', async () => {
    const preview = (await send(editor, file, { action: 'preview' })).body.report as ImportReport
    const { status, body } = await send(editor, file, { action: 'apply', fingerprint: preview.fingerprint })
    expect(status).toBe(200)
    const applied = body.report as AppliedImportReport
    expect(applied.applied).toMatchObject({ created: 2, updated: 0 })
    expect(applied.applied.withdrawn).toBe(preview.withdrawn.length)
    expect(await ours()).toEqual([
      {
        code: CODES[0],
        name: 'Đăng ký khai sinh (thử nạp)',
        field: 'Hộ tịch',
        onlineLevel: 'full',
        implementingLevel: 'commune',
        withdrawn: false,
      },
      {
        code: CODES[1],
        name: 'Chứng thực bản sao (thử nạp)',
        field: 'Chứng thực',
        onlineLevel: 'partial',
        implementingLevel: 'commune',
        withdrawn: false,
      },
    ])
    // Procedures the file no longer lists are kept, flagged, not deleted.
    for (const { code } of preview.withdrawn) {
      const { docs } = await payload.find({ collection: 'procedures', where: { code: { equals: code } }, depth: 0 })
      expect(docs[0]?.withdrawn, code).toBe(true)
    }

    // The audit trail names the editor, the file and what it did.
    const audit = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'import' } },
      sort: '-at',
      limit: 1,
      depth: 0,
    })
    expect(audit.docs[0]).toMatchObject({
      collection: 'procedures',
      title: 'danh-muc-cap-xa.xlsx',
      userEmail: editorEmail,
      detail: `2 thêm mới, 0 thay đổi, ${preview.withdrawn.length} không còn trong danh mục, 1 dòng bị loại`,
    })

    const again = (await send(editor, file, { action: 'preview' })).body.report as ImportReport
    expect([again.added, again.changed, again.withdrawn]).toEqual([[], [], []])
    expect(again.unchanged).toEqual(expect.arrayContaining([CODES[0], CODES[1]]))
  })

  it.each([
    ['a file that is not a spreadsheet', Buffer.from('Đây không phải bảng tính'), 'danh-muc.xlsx', 400],
    ['an empty file', Buffer.alloc(0), 'danh-muc.xlsx', 400],
    ['a file over the size limit', Buffer.alloc(MAX_IMPORT_BYTES + 1, 65), 'danh-muc.csv', 413],
  ])('refuses %s with a Vietnamese reason and writes nothing', async (_what, bytes, name, expected) => {
    const before = await catalogueState()
    for (const action of ['preview', 'apply']) {
      const { status, body } = await send(editor, bytes, { action, fingerprint: 'x' }, name)
      expect(status, action).toBe(expected)
      expect(body.kept).toBe('Chưa có gì được ghi.')
      expect(body.error).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i)
    }
    expect(await catalogueState()).toEqual(before)
  })
})
