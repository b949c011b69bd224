// The file-length rule of the project: no file in cms/, site/ or scripts/ over 300 lines (as `wc -l`
// counts them), except data and generated types. Every text file counts, .astro and .css included.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const MAX_FILE_LINES = 300

const CHECKED_FOLDERS = ['cms', 'site', 'scripts']
const CHECKED_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.astro', '.css', '.sh', '.md'])
/** Generated types and migrations (Payload writes them), seed data. */
const EXEMPT = [/^cms\/payload-types\.ts$/, /^cms\/migrations\//, /^scripts\/seed\/data\//]

export interface LongFile {
  file: string
  lines: number
}

/** Tracked and new (not ignored) files, so a file about to be committed is checked too. */
export function longFiles(root: string): LongFile[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z', ...CHECKED_FOLDERS],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const found: LongFile[] = []
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    if (!CHECKED_EXTENSIONS.has(path.extname(file)) || EXEMPT.some((pattern) => pattern.test(file))) continue
    const absolute = path.join(root, file)
    if (!fs.existsSync(absolute)) continue
    const lines = fs.readFileSync(absolute, 'utf8').split('\n').length - 1
    if (lines > MAX_FILE_LINES) found.push({ file, lines })
  }
  return found.sort((a, b) => b.lines - a.lines)
}
