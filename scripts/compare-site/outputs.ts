// Compares two built sites file by file. Pages and data (HTML, XML, JSON, text) must be byte-identical;
// bundles whose names carry a content hash (_astro/, pagefind/) are paired by content instead of by name.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export interface FileEntry {
  sha: string
  bytes: Buffer
}

export type Tree = Map<string, FileEntry>

export function readTree(dir: string): Tree {
  const tree: Tree = new Map()
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, rel)
    if (!fs.statSync(file).isFile()) continue
    const bytes = fs.readFileSync(file)
    tree.set(rel.split(path.sep).join('/'), { sha: crypto.createHash('sha256').update(bytes).digest('hex'), bytes })
  }
  return tree
}

const PAGE = /\.(html|xml|json|txt|atom|rss|webmanifest|svg|vtt)$/
/** `_astro/Search.B4x_9kQz.js` → `_astro/Search.#.js`; pagefind's files are named by their content. */
const HASHED_NAME = /(_astro\/[^"'\s)/]*?)\.[A-Za-z0-9_-]{8}\.(js|css|mjs|woff2?|png|svg|jpe?g|webp|avif)/g
const isHashed = (rel: string): boolean => rel.startsWith('_astro/') || rel.startsWith('pagefind/')
/** Astro derives an island's uid from the component's source path (so from the checkout folder, when the
 * working tree is compared) and its bundle URL: normalised with the hashed names. */
const ISLAND_UID = /(<astro-island uid=)"[A-Za-z0-9]+"/g
export const normaliseNames = (text: string): string =>
  text.replace(HASHED_NAME, '$1.#.$2').replace(ISLAND_UID, '$1"#"')

export interface Comparison {
  pages: { identical: number; onlyHashedNames: string[]; different: string[] }
  otherFiles: { identical: number; different: string[] }
  hashed: { sameContent: number; onlyBefore: string[]; onlyAfter: string[] }
  missing: string[]
  added: string[]
}

export function compareTrees(before: Tree, after: Tree): Comparison {
  const result: Comparison = {
    pages: { identical: 0, onlyHashedNames: [], different: [] },
    otherFiles: { identical: 0, different: [] },
    hashed: { sameContent: 0, onlyBefore: [], onlyAfter: [] },
    missing: [],
    added: [],
  }
  const hashedAfter = new Map<string, string>()
  for (const [rel, entry] of after) if (isHashed(rel)) hashedAfter.set(entry.sha, rel)
  for (const [rel, entry] of before) {
    if (isHashed(rel)) {
      if (hashedAfter.delete(entry.sha)) result.hashed.sameContent++
      else result.hashed.onlyBefore.push(rel)
      continue
    }
    const other = after.get(rel)
    if (!other) result.missing.push(rel)
    else if (!PAGE.test(rel)) {
      if (other.sha === entry.sha) result.otherFiles.identical++
      else result.otherFiles.different.push(rel)
    } else if (other.sha === entry.sha) result.pages.identical++
    else if (normaliseNames(entry.bytes.toString('utf8')) === normaliseNames(other.bytes.toString('utf8'))) {
      result.pages.onlyHashedNames.push(rel)
    } else result.pages.different.push(rel)
  }
  result.hashed.onlyAfter = [...hashedAfter.values()]
  result.added = [...after.keys()].filter((rel) => !isHashed(rel) && !before.has(rel))
  return result
}

/** The first line where two text files part, for the report. */
export function firstDifference(before: Buffer, after: Buffer): string {
  const a = before.toString('utf8')
  const b = after.toString('utf8')
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  const around = (text: string): string => JSON.stringify(text.slice(Math.max(0, i - 60), i + 100))
  return `ký tự ${i}:\n      trước: ${around(a)}\n      sau:   ${around(b)}`
}
