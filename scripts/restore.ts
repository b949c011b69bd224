/**
 * npm run restore -- <tệp.tar> [--yes]
 *
 * Run with the CMS stopped. Verifies the whole archive (readable, manifest,
 * every file's size and SHA-256, nothing missing or extra, database kind, a
 * schema this code knows) before changing anything; then replaces the
 * database and the media folder, applies pending migrations and queues a full
 * site rebuild, which the CMS runs as soon as it starts again.
 * Environment: DATABASE_URL, MEDIA_DIR, PAYLOAD_SECRET as for the CMS.
 */
import readline from 'node:readline/promises'
import { parseArgs } from 'node:util'

import { formatBytes, formatCount, type Manifest } from './backup/manifest'
import { RestoreRefused } from './backup/refusal'
import { applyRestore, prepareRestore } from './backup/restoreArchive'
import { migrateAndQueueRebuild } from './backup/afterRestore'
import { exitWithMessage, formatSeconds } from './lib/fail'

const USAGE = 'Cách dùng: npm run restore -- <tệp sao lưu> [--yes]'
const log = (line: string) => console.log(line)

function readOptions(): { file: string; yes: boolean } {
  try {
    const { values, positionals } = parseArgs({
      options: { yes: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    })
    const file = positionals.filter((arg) => arg !== '--')[0]
    if (!file) throw new Error('thiếu tên tệp sao lưu')
    return { file, yes: Boolean(values.yes) }
  } catch (error) {
    throw new RestoreRefused([error instanceof Error ? error.message : String(error)], USAGE)
  }
}

function describe(manifest: Manifest): string {
  const { counts } = manifest.database
  const documents = ['materials', 'media', 'procedures', 'units', 'users']
    .filter((name) => counts[name] !== undefined)
    .map((name) => `${name} ${formatCount(counts[name] ?? 0)}`)
    .join(', ')
  const created = new Date(manifest.createdAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
  return `bản sao lưu lúc ${created} (phiên bản ${manifest.product.version}${manifest.product.commit ? `, mã ${manifest.product.commit}` : ''}): ${documents}; ${formatCount(manifest.media.files)} tệp media, ${formatBytes(manifest.media.bytes)}`
}

async function confirmed(yes: boolean): Promise<boolean> {
  if (yes) return true
  if (!process.stdin.isTTY) {
    throw new RestoreRefused(
      ['cần xác nhận trước khi thay dữ liệu, nhưng lệnh không chạy trong cửa sổ dòng lệnh'],
      'Thêm --yes nếu chắc chắn muốn thay dữ liệu hiện tại: npm run restore -- <tệp> --yes',
    )
  }
  const prompt = readline.createInterface({ input: process.stdin, output: process.stdout })
  const answer = await prompt.question(
    'Thay toàn bộ cơ sở dữ liệu và tệp media hiện tại bằng bản sao lưu này? Gõ «co» để tiếp tục: ',
  )
  prompt.close()
  return ['co', 'có', 'c', 'yes', 'y'].includes(answer.trim().toLowerCase())
}

const started = performance.now()
try {
  // This process must not run the site build itself: the CMS does, when it runs again.
  process.env.CMS_RUN_JOBS = '0'
  const { file, yes } = readOptions()
  const prepared = await prepareRestore(file, log)
  log(`✔ Tệp sao lưu nguyên vẹn: ${describe(prepared.manifest)}.`)
  const { missing } = prepared.manifest.media
  if (missing.length)
    log(
      `⚠ ${missing.length} tệp media đã thiếu từ lúc sao lưu (bản ghi vẫn còn, tệp thì không): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
    )
  if (!(await confirmed(yes))) {
    prepared.discard()
    console.log('Đã hủy. Chưa có gì bị thay đổi.')
    process.exit(1)
  }
  const notes = await applyRestore(prepared, log)
  notes.push(...(await migrateAndQueueRebuild(log)))
  for (const note of notes) console.log(`  ${note}`)
  console.log(`✔ Đã khôi phục ${describe(prepared.manifest)}, sau ${formatSeconds(performance.now() - started)}.`)
  process.exit(0)
} catch (error) {
  if (error instanceof RestoreRefused) {
    process.stderr.write(`\n✖ ${error.message}\n`)
    process.exit(2)
  }
  exitWithMessage(error, 'Khôi phục thất bại')
}
