/**
 * Backup and restore at 10,000 materials and 2 GB of media on SQLite (issue 13):
 * `npm run backup` then `npm run restore` into a fresh database and media
 * folder, each timed as a person runs it (child process, from start to exit).
 * The 10,000 materials come from the synthetic seed (reused with
 * BENCH_REUSE_SEED=1); the 2 GB are random, incompressible files like real
 * photos and videos, recorded as media rows so the backup takes them.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { run } from '../lib/processes'
import type { Section } from './report'

const root = path.join(projectRoot, '.tmp', 'bench-backup')
const MEDIA_BYTES = Number(process.env.BENCH_BACKUP_MEDIA_BYTES ?? 2_000_000_000)
const FILE_BYTES = 25_000_000

async function seed(n: number): Promise<{ db: string; media: string }> {
  const dir = path.join(root, `seed-${n}`)
  const db = path.join(dir, 'bench.db')
  const media = path.join(dir, 'media')
  if (process.env.BENCH_REUSE_SEED === '1' && fs.existsSync(db)) return { db, media }
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  console.log(
    `› backup: nạp ${n.toLocaleString('vi-VN')} tài liệu tổng hợp (vài phút; BENCH_REUSE_SEED=1 để dùng lại)…`,
  )
  await run(process.execPath, ['--import', 'tsx', path.join('scripts', 'bench', 'seed-synthetic.ts'), String(n)], {
    cwd: projectRoot,
    env: { DATABASE_URL: `file:${db}`, MEDIA_DIR: media, SITE_AUTO_REBUILD: '0', CMS_RUN_JOBS: '0' },
  })
  return { db, media }
}

/** Large media files recorded as copies of an existing media row, so the backup finds them by name. */
function addLargeMedia(dbFile: string, mediaDir: string): number {
  const db = new DatabaseSync(dbFile)
  try {
    const columns = (db.prepare('PRAGMA table_info(media)').all() as { name: string }[])
      .map((row) => row.name)
      .filter((name) => name !== 'id')
    const template = db.prepare('SELECT id FROM media ORDER BY id LIMIT 1').get() as { id: number } | undefined
    if (!template) throw new Error('cơ sở dữ liệu mẫu không có tệp media nào')
    const copied = columns.map((name) =>
      name === 'filename' ? '?' : name === 'filesize' ? '?' : name.endsWith('_filename') ? 'NULL' : `"${name}"`,
    )
    const insert = db.prepare(
      `INSERT INTO media (${columns.map((name) => `"${name}"`).join(', ')}) SELECT ${copied.join(', ')} FROM media WHERE id = ?`,
    )
    const block = crypto.randomBytes(FILE_BYTES)
    let written = 0
    for (let index = 0; written < MEDIA_BYTES; index++) {
      const size = Math.min(FILE_BYTES, MEDIA_BYTES - written)
      // Distinct files: a fresh random head on the shared random block.
      crypto.randomFillSync(block, 0, 4096)
      const name = `bench-lon-${index}.mp4`
      fs.writeFileSync(path.join(mediaDir, name), block.subarray(0, size))
      const order = columns.filter((column) => column === 'filename' || column === 'filesize')
      insert.run(...order.map((column) => (column === 'filename' ? name : size)), template.id)
      written += size
    }
    return written
  } finally {
    db.close()
  }
}

const seconds = (ms: number) => Math.round(ms / 100) / 10

async function timed(label: string, script: string, args: string[], env: Record<string, string>): Promise<number> {
  console.log(`› backup: ${label}…`)
  const started = performance.now()
  await run(process.execPath, ['--import', 'tsx', path.join('scripts', script), ...args], {
    cwd: projectRoot,
    env: { ...env, CMS_RUN_JOBS: '0' },
  })
  return performance.now() - started
}

export async function benchBackup(n = 10_000): Promise<Section> {
  const source = await seed(n)
  const work = path.join(root, 'run')
  fs.rmSync(work, { recursive: true, force: true })
  const media = path.join(work, 'media')
  fs.mkdirSync(media, { recursive: true })
  const dbFile = path.join(work, 'source.db')
  // A consistent copy of the seed (its WAL included), never a plain file copy.
  const seedDb = new DatabaseSync(source.db)
  seedDb.prepare('VACUUM INTO ?').run(dbFile)
  seedDb.close()
  for (const name of fs.existsSync(source.media) ? fs.readdirSync(source.media) : [])
    fs.copyFileSync(path.join(source.media, name), path.join(media, name))
  console.log(`› backup: ghi ${(MEDIA_BYTES / 1e9).toLocaleString('vi-VN')} GB tệp media ngẫu nhiên…`)
  const mediaBytes = addLargeMedia(dbFile, media)

  const archive = path.join(work, 'sao-luu.tar')
  const env = { PAYLOAD_SECRET: 'bench-backup-only', SITE_AUTO_REBUILD: '1' }
  try {
    const backupMs = await timed('sao lưu', 'backup.ts', [archive], {
      ...env,
      DATABASE_URL: `file:${dbFile}`,
      MEDIA_DIR: media,
    })
    const archiveBytes = fs.statSync(archive).size
    const restoreMs = await timed('khôi phục vào cơ sở dữ liệu và thư mục mới', 'restore.ts', [archive, '--yes'], {
      ...env,
      DATABASE_URL: `file:${path.join(work, 'restored.db')}`,
      MEDIA_DIR: path.join(work, 'restored-media'),
    })
    return {
      materials: n,
      mediaGB: Math.round(mediaBytes / 1e7) / 100,
      archiveGB: Math.round(archiveBytes / 1e7) / 100,
      backupSeconds: seconds(backupMs),
      restoreSeconds: seconds(restoreMs),
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
