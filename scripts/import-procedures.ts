/**
 * pnpm import:procedures <file> [--dry-run] [--json] — loads a procedure
 * catalogue (XLSX or UTF-8 CSV, as published by ministries and provinces) into
 * the CMS, matching procedures by code. Running it again on the same file
 * changes nothing. Environment: DATABASE_URL (default: embedded SQLite).
 */
import type { Payload } from 'payload'

import { applyProcedureDiff } from '@dvctt/cms/import/procedures/apply'
import { describeDiff, diffProcedures, loadExistingProcedures, type ProcedureDiff } from '@dvctt/cms/import/procedures/diff'
import { ImportFileError, parseProcedureFile } from '@dvctt/cms/import/procedures/parse'
import { exitWithMessage } from './lib/fail'

const USAGE = 'Dùng: pnpm import:procedures <tệp .xlsx hoặc .csv> [--dry-run] [--json]'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const json = args.includes('--json')
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--dry-run' && arg !== '--json')
const files = args.filter((arg) => !arg.startsWith('--'))
if (unknown.length > 0 || files.length !== 1) exitWithMessage(new Error(unknown.length ? `không hiểu ${unknown.join(', ')}` : 'cần đúng một tệp'), USAGE)
const file = files[0] ?? ''

function printDiff(diff: ProcedureDiff): void {
  for (const procedure of diff.added) console.log(`  + ${procedure.code} ${procedure.name}`)
  for (const change of diff.changed) {
    const fields = Object.entries(change.fields).map(([key, value]) => `${key}: «${value.from ?? ''}» → «${value.to ?? ''}»`)
    console.log(`  ~ ${change.code} ${fields.join('; ')}`)
  }
  for (const procedure of diff.withdrawn) console.log(`  − ${procedure.code} ${procedure.name} (không còn trong tệp; chưa đánh dấu được trong CMS)`)
  for (const note of diff.rejected) console.log(`  ✖ trang «${note.sheet}», dòng ${note.row}: ${note.reason}`)
}

// With --json, stdout carries the report alone: Payload's and the schema push's own lines go to stderr.
const writeStdout = process.stdout.write.bind(process.stdout)
if (json) process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write

let payload: Payload | undefined
let exitCode = 0
try {
  // Parse first: a file that cannot be read is refused before the database is even opened.
  const catalogue = await parseProcedureFile(file)
  // Imported here so that a bad DATABASE_URL is reported like any other failure.
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  payload = await getCmsPayload()
  const diff = diffProcedures(catalogue, await loadExistingProcedures(payload))
  if (json) {
    const { changed, ...rest } = diff
    const report = { ...rest, changed: changed.map(({ code, fields }) => ({ code, fields })), warnings: catalogue.warnings, dryRun }
    writeStdout(`${JSON.stringify(report, null, 2)}\n`)
  } else {
    printDiff(diff)
    for (const warning of catalogue.warnings) console.log(`  ! trang «${warning.sheet}», dòng ${warning.row}: ${warning.reason}`)
  }
  if (dryRun) {
    if (!json) console.log(`✔ Chạy thử, không ghi gì: ${describeDiff(diff)}.`)
  } else {
    const interactive = Boolean(process.stdout.isTTY) && !json
    const result = await applyProcedureDiff(payload, diff, (done, total) => {
      if (interactive) process.stdout.write(`\r  Đang ghi: ${done}/${total}${done === total ? '\n' : ''}`)
    })
    if (!json) {
      const atomic = result.transactional ? '' : ' (cơ sở dữ liệu không hỗ trợ giao dịch: mỗi thủ tục được ghi riêng)'
      console.log(`✔ Đã nạp danh mục: ${describeDiff(diff)}${atomic}.`)
    }
  }
} catch (error) {
  const kept =
    error instanceof ImportFileError || !payload
      ? 'Chưa có gì được ghi vào cơ sở dữ liệu.'
      : 'Mọi thay đổi của lần nạp này đã được hủy nếu cơ sở dữ liệu hỗ trợ giao dịch; sửa lỗi rồi chạy lại (các thủ tục đã đúng sẽ được bỏ qua).'
  process.stderr.write(`\n✖ Nạp danh mục thủ tục thất bại: ${error instanceof Error ? error.message : String(error)} ${kept}\n`)
  if (process.env.DEBUG === '1' && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`)
  exitCode = 1
} finally {
  await payload?.destroy().catch(() => undefined)
}
process.exit(exitCode)
