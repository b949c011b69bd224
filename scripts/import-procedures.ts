/**
 * pnpm import:procedures <file> [--dry-run] [--json] [--report <report.csv>]
 * — loads a procedure catalogue (XLSX or CSV, as published by ministries and
 * provinces) into the CMS, matching procedures by code; procedures the file no
 * longer lists are marked withdrawn, never deleted. Running it again on the
 * same file changes nothing. A thin wrapper over cms/import/procedures (the
 * admin screen uses the same service). Environment: DATABASE_URL (default:
 * embedded SQLite).
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import cliProgress from 'cli-progress'
import type { Payload } from 'payload'

import {
  applyProcedureImport,
  describeChange,
  displayValue,
  ImportFileError,
  type ImportReport,
  ImportStaleError,
  previewProcedureImport,
  reportToCsv,
  summariseReport,
} from '@dvctt/cms/import/procedures/index'
import { exitWithMessage } from './lib/fail'

const USAGE = 'Dùng: pnpm import:procedures <tệp .xlsx hoặc .csv> [--dry-run] [--json] [--report <báo-cáo.csv>]'

function parseArgs(argv: string[]) {
  const options = {
    dryRun: false,
    json: false,
    report: undefined as string | undefined,
    files: [] as string[],
    unknown: [] as string[],
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--dry-run') options.dryRun = true
    else if (arg === '--json') options.json = true
    else if (arg === '--report') {
      const next = argv[++i]
      if (!next || next.startsWith('--')) options.unknown.push('--report (thiếu tên tệp báo cáo)')
      else options.report = next
    } else if (arg.startsWith('--report=')) options.report = arg.slice('--report='.length)
    else if (arg.startsWith('--')) options.unknown.push(arg)
    else options.files.push(arg)
  }
  return options
}

const options = parseArgs(process.argv.slice(2))
if (options.unknown.length > 0 || options.files.length !== 1) {
  exitWithMessage(
    new Error(options.unknown.length ? `không hiểu ${options.unknown.join(', ')}` : 'cần đúng một tệp'),
    USAGE,
  )
}
const file = options.files[0] ?? ''
const { dryRun, json } = options

// With --json, stdout carries the report alone: console output of Payload, the
// schema push and anything else goes to stderr, and so does Payload's logger
// (pino writes to file descriptor 1 directly, past process.stdout.write).
const writeStdout = process.stdout.write.bind(process.stdout)
if (json) process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
const say = (line = '') => {
  if (!json) writeStdout(`${line}\n`)
}

/** Lines listed per kind; the rest are counted (the --report CSV has them all). */
const LISTED = 50

function printReport(report: ImportReport): void {
  const section = (title: string, count: number) => count > 0 && say(`${title} (${count}):`)
  const first = <T>(list: T[]): T[] => list.slice(0, LISTED)
  const more = (list: unknown[]) => {
    if (list.length > LISTED)
      say(
        `  … và ${(list.length - LISTED).toLocaleString('vi-VN')} dòng nữa${options.report ? ` (đủ cả trong ${options.report})` : ' (thêm --report <tệp.csv> để có đủ)'}`,
      )
  }
  section('Thêm mới', report.added.length)
  for (const procedure of first(report.added)) {
    const agencies = procedure.agencies.length > 0 ? `; ${procedure.agencies.join(', ')}` : ''
    say(
      `  + ${procedure.code} ${procedure.name} — ${procedure.field}, ${displayValue('onlineLevel', procedure.onlineLevel)}, ` +
        `${displayValue('implementingLevel', procedure.implementingLevel)}${agencies}`,
    )
  }
  more(report.added)
  section('Thay đổi', report.changed.length)
  for (const change of first(report.changed)) {
    say(`  ~ ${change.code} ${change.name}`)
    for (const part of describeChange(change.fields).split('; ')) say(`      ${part}`)
  }
  more(report.changed)
  section('Không còn trong danh mục — được đánh dấu, không xóa', report.withdrawn.length)
  for (const procedure of first(report.withdrawn)) say(`  − ${procedure.code} ${procedure.name}`)
  more(report.withdrawn)
  section('Dòng bị loại', report.rejected.length)
  for (const note of first(report.rejected)) say(`  ✖ trang «${note.sheet}», dòng ${note.row}: ${note.reason}`)
  more(report.rejected)
  section('Cảnh báo', report.warnings.length)
  for (const note of first(report.warnings))
    say(`  ! trang «${note.sheet}»${note.row ? `, dòng ${note.row}` : ''}: ${note.reason}`)
  more(report.warnings)
}

/** A bar on a terminal, a line every tenth otherwise, nothing with --json. */
function progressReporter(): { onProgress: (done: number, total: number) => void; stop: () => void } {
  if (json) return { onProgress: () => undefined, stop: () => undefined }
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: '  Đang ghi [{bar}] {percentage}% | {value}/{total} thủ tục | còn {eta_formatted}',
        hideCursor: true,
        stream: process.stdout,
      },
      cliProgress.Presets.shades_classic,
    )
    let started = false
    return {
      onProgress: (done, total) => {
        if (!started) {
          bar.start(total, 0)
          started = true
        }
        bar.update(done)
      },
      stop: () => started && bar.stop(),
    }
  }
  let next = 0
  return {
    onProgress: (done, total) => {
      if (done >= next || done === total) {
        say(`  Đang ghi: ${done}/${total}`)
        next = done + Math.max(1, Math.ceil(total / 10))
      }
    },
    stop: () => undefined,
  }
}

async function quietLogger(): Promise<void> {
  // Payload's own lines ("No email adapter provided…") belong to stderr, and
  // only errors matter to someone importing a file (DEBUG=1 shows the rest).
  const { default: configPromise } = await import('@dvctt/cms/config')
  const config = (await configPromise) as { logger?: unknown }
  config.logger = { options: { level: process.env.DEBUG === '1' ? 'info' : 'error' }, destination: process.stderr }
}

let payload: Payload | undefined
let exitCode = 0
let written = false
try {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : String(error)
    throw new ImportFileError(`Không đọc được tệp «${file}»: ${reason}.`)
  }
  const input = { bytes, name: path.basename(file) }
  await quietLogger()
  // Imported here so that a bad DATABASE_URL is reported like any other failure.
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  payload = await getCmsPayload()
  let report: ImportReport
  let applied: { created: number; updated: number; withdrawn: number } | undefined
  if (dryRun) report = await previewProcedureImport(payload, input)
  else {
    const progress = progressReporter()
    written = true
    try {
      const result = await applyProcedureImport(payload, input, { onProgress: progress.onProgress })
      ;({ applied, ...report } = result)
    } finally {
      progress.stop()
    }
  }
  if (options.report) await writeFile(options.report, reportToCsv(report), 'utf8')
  if (json) {
    const { fingerprint: _fingerprint, ...rest } = report
    writeStdout(`${JSON.stringify({ ...rest, dryRun, ...(applied ? { applied } : {}) }, null, 2)}\n`)
  } else {
    printReport(report)
    if (dryRun) say(`✔ Chạy thử, không ghi gì: ${summariseReport(report)}.`)
    else say(`✔ Đã nạp danh mục: ${summariseReport(report)}.`)
    if (options.report) say(`  Báo cáo: ${options.report}`)
  }
} catch (error) {
  const kept =
    error instanceof ImportFileError || error instanceof ImportStaleError || !written
      ? 'Chưa có gì được ghi vào cơ sở dữ liệu.'
      : 'Mọi thay đổi của lần nạp này đã được hủy nếu cơ sở dữ liệu hỗ trợ giao dịch; sửa lỗi rồi chạy lại (các thủ tục đã đúng sẽ được bỏ qua).'
  process.stderr.write(
    `\n✖ Nạp danh mục thủ tục thất bại: ${error instanceof Error ? error.message : String(error)} ${kept}\n`,
  )
  if (process.env.DEBUG === '1' && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`)
  exitCode = 1
} finally {
  await payload?.destroy().catch(() => undefined)
}
process.exit(exitCode)
