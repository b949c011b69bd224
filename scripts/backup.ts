/**
 * npm run backup -- <tệp.tar>
 *
 * One archive holding a consistent copy of the database (taken while the CMS
 * keeps serving), the media files its records name, the generated secret when
 * PAYLOAD_SECRET is not set, and a manifest with a SHA-256 per file.
 * Environment: DATABASE_URL, MEDIA_DIR, PAYLOAD_SECRET as for the CMS.
 * See scripts/backup/ and README «Sao lưu và khôi phục».
 */
import path from 'node:path'

import { createBackup } from './backup/createBackup'
import { formatBytes, formatCount } from './backup/manifest'
import { exitWithMessage, formatSeconds } from './lib/fail'

const USAGE = 'Cách dùng: npm run backup -- <tệp sao lưu, ví dụ /var/backups/thuvien/sao-luu-2026-12-06.tar>'

const target = process.argv.slice(2).filter((arg) => arg !== '--')[0]
if (!target || target.startsWith('-')) exitWithMessage(new Error(`thiếu tên tệp sao lưu. ${USAGE}`), 'Chưa sao lưu')

// Ctrl-C: the archive is still `<file>.partial`; remove it so nothing half-written stays.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () =>
    exitWithMessage(new Error('đã dừng theo yêu cầu; không có tệp sao lưu nào được tạo.'), 'Sao lưu bị dừng'),
  )
}

const started = performance.now()
try {
  const { file, manifest, archiveBytes, warnings } = await createBackup(target, (line) => console.log(line))
  const rows = Object.values(manifest.database.counts).reduce((sum, n) => sum + n, 0)
  const documents = ['materials', 'media', 'procedures', 'units', 'users']
    .filter((name) => manifest.database.counts[name] !== undefined)
    .map((name) => `${name} ${formatCount(manifest.database.counts[name] ?? 0)}`)
    .join(', ')
  for (const warning of warnings) console.warn(`⚠ ${warning}`)
  console.log(
    [
      `✔ Đã sao lưu vào ${path.relative(process.cwd(), file) || file} (${formatBytes(archiveBytes)}) sau ${formatSeconds(performance.now() - started)}.`,
      `  Cơ sở dữ liệu ${manifest.database.kind}: ${formatCount(rows)} bản ghi trong ${Object.keys(manifest.database.counts).length} bảng (${documents}); ${manifest.database.migrations.length} migration đã áp dụng.`,
      (manifest.media.bucket
        ? `  Đã gồm cả bucket S3 ${manifest.media.bucket.name}: ${formatCount(manifest.media.files)} đối tượng media, ${formatBytes(manifest.media.bytes)} (bản công khai trong public/ sẽ được tạo lại khi khôi phục).`
        : `  Tệp media: ${formatCount(manifest.media.files)} tệp, ${formatBytes(manifest.media.bytes)}.`) +
        (manifest.secretIncluded
          ? ' Kèm khóa bí mật tự sinh (cms/data/payload-secret): giữ tệp sao lưu ở nơi an toàn.'
          : ''),
      `  Khôi phục: npm run restore -- ${target}`,
    ].join('\n'),
  )
  process.exit(0)
} catch (error) {
  exitWithMessage(error, 'Sao lưu thất bại, không có tệp sao lưu nào được tạo')
}
