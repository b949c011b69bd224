import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { ensureTestTmpDir, isProcessAlive } from './tmpDir'

const FILE_PATTERN = /^int-sqlite-(\d+)\.db(-wal|-shm|-journal)?$/

/** Removes database files left by earlier runs that crashed before their teardown. */
function removeStaleFiles(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const match = FILE_PATTERN.exec(name)
    if (match && !isProcessAlive(Number(match[1]))) fs.rmSync(path.join(dir, name), { force: true })
  }
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true })
}

/** globalSetup of `int-sqlite`: a brand-new SQLite file under .tmp/, removed again at the end. */
export default function setup(project: TestProject): () => void {
  const dir = ensureTestTmpDir()
  removeStaleFiles(dir)
  const file = path.join(dir, `int-sqlite-${process.pid}.db`)
  removeDatabase(file)
  project.provide('databaseUrl', `file:${file}`)
  project.provide('databaseSkipReason', '')
  project.provide('databaseProblem', '')
  return () => {
    if (process.env.KEEP_TEST_DATABASE === '1') {
      console.info(`[int-sqlite] database kept at ${file}`)
      return
    }
    removeDatabase(file)
  }
}
