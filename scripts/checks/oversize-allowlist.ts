// Reads oversize-allowlist.txt: files and functions over the size limits that are known and being split.
import fs from 'node:fs'
import path from 'node:path'

export interface Allowlist {
  files: Set<string>
  functionsIn: Set<string>
}

export const ALLOWLIST_FILE = path.join('scripts', 'checks', 'oversize-allowlist.txt')

export function readAllowlist(root: string): Allowlist {
  const allowlist: Allowlist = { files: new Set(), functionsIn: new Set() }
  const text = fs.existsSync(path.join(root, ALLOWLIST_FILE))
    ? fs.readFileSync(path.join(root, ALLOWLIST_FILE), 'utf8')
    : ''
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    if (!line) continue
    const [kind, file] = line.split(/\s+/)
    if (kind === 'file' && file) allowlist.files.add(file)
    else if (kind === 'function' && file) allowlist.functionsIn.add(file)
    else
      throw new Error(
        `${ALLOWLIST_FILE}: dòng không hiểu được «${raw}» (viết «file <đường dẫn>» hoặc «function <đường dẫn>»)`,
      )
  }
  return allowlist
}
