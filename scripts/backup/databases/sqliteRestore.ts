import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { processesHolding } from '../openFiles'
import { RestoreRefused } from '../refusal'
import type { DatabaseRestorer } from './restorer'
import { SQLITE_ENTRY } from './types'

const fileOf = (url: string): string => url.slice('file:'.length)
/** SQLite keeps recent commits in -wal and its index in -shm: they belong to the file they sit beside. */
const SIDE_FILES = ['', '-wal', '-shm', '-journal']

const renameIfPresent = (from: string, to: string): void => {
  if (fs.existsSync(from)) fs.renameSync(from, to)
}

export const sqliteRestorer: DatabaseRestorer = {
  stagingParent: (url) => path.dirname(fileOf(url)),

  async checkTarget(url) {
    const file = fileOf(url)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const holders = processesHolding(SIDE_FILES.map((suffix) => `${file}${suffix}`))
    if (holders.length) {
      throw new RestoreRefused(
        [
          `cơ sở dữ liệu ${file} đang được mở bởi ${holders.map((holder) => `tiến trình ${holder.pid} (${holder.command})`).join(', ')}: CMS có thể đang chạy`,
        ],
        'Dừng CMS (Ctrl-C ở cửa sổ npm start, hoặc systemctl stop dvctt-cms) rồi chạy lại lệnh khôi phục.',
      )
    }
  },

  async checkStaged(stagedDir) {
    const db = new DatabaseSync(path.join(stagedDir, SQLITE_ENTRY), { readOnly: true })
    try {
      const result = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[]
      const problems = result.map((row) => row.quick_check).filter((line) => line !== 'ok')
      return problems.length
        ? [`tệp cơ sở dữ liệu SQLite trong bản sao lưu bị hỏng (${problems.slice(0, 3).join('; ')})`]
        : []
    } catch (error) {
      return [
        `tệp cơ sở dữ liệu SQLite trong bản sao lưu không đọc được (${error instanceof Error ? error.message : String(error)})`,
      ]
    } finally {
      db.close()
    }
  },

  /** Renames the old file (and its WAL) aside and the staged copy in: both on one filesystem, so each step is atomic. */
  async replace(url, stagedDir) {
    const file = fileOf(url)
    const aside = `${file}.before-restore-${process.pid}`
    for (const suffix of SIDE_FILES) renameIfPresent(`${file}${suffix}`, `${aside}${suffix}`)
    try {
      fs.renameSync(path.join(stagedDir, SQLITE_ENTRY), file)
    } catch (error) {
      for (const suffix of SIDE_FILES) renameIfPresent(`${aside}${suffix}`, `${file}${suffix}`)
      throw error
    }
    return {
      async commit() {
        for (const suffix of SIDE_FILES) fs.rmSync(`${aside}${suffix}`, { force: true })
      },
      async rollback() {
        for (const suffix of SIDE_FILES) fs.rmSync(`${file}${suffix}`, { force: true })
        for (const suffix of SIDE_FILES) renameIfPresent(`${aside}${suffix}`, `${file}${suffix}`)
      },
    }
  },
}
