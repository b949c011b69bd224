/**
 * Pre-compressed siblings (`x.br`, `x.gz`) of a release's files that the
 * search page fetches, served by `npm start` (scripts/lib/site-server.ts,
 * sirv's brotli/gzip options) and by nginx (`gzip_static`, and `brotli_static`
 * where its module is installed; deploy/nginx/dvctt.conf). Compressed once, at
 * the highest level, instead of quickly on every request.
 *
 * - Pagefind's index files (pf_meta, index chunks, filter chunks, wasm) are
 *   written gzip-compressed by Pagefind and served as they are. Brotli of their
 *   decompressed bytes is 15–40 % smaller (10,000 materials: pf_meta 94 → 76 kB,
 *   wasm 55 → 47 kB); Pagefind's loader reads either form (it checks for its
 *   "pagefind_dcd" marker before gunzipping). They get a `.br` only: their
 *   gzip form is the file itself. Fragments are left alone (10,000 files of
 *   about 1 kB, 10 % smaller).
 * - Text bundles (Astro's hashed JS/CSS, pagefind.js) get `.br` and `.gz`.
 *
 * Pages (HTML) and the small entry files change with every publish and keep
 * on-the-fly compression. A sibling is rewritten whenever it is older than its
 * file, so a release copied from the live one (hard links keep the times)
 * never serves a stale sibling.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { writeFileReplacing } from './releases'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)
const gunzip = promisify(zlib.gunzip)

/** Pagefind's gzip files worth a brotli sibling, relative to an index folder. */
const PAGEFIND_BINARY = /^(?:[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index\/[^/]+\.pf_index|filter\/[^/]+\.pf_filter)$/
/** Text bundles: Astro's content-hashed assets. */
const TEXT = /\.(?:js|mjs|css|svg)$/
/** Pagefind's own scripts: the search island loads only this one (its UI bundles are not used by the site). */
const PAGEFIND_SCRIPT = 'pagefind.js'

async function brotliOf(raw: Buffer): Promise<Buffer> {
  return brotli(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  })
}

interface Job {
  file: string
  /** The bytes to compress, from the file's own bytes. */
  raw: (bytes: Buffer) => Promise<Buffer>
  encodings: ('br' | 'gz')[]
}

const isFresh = (file: string, sibling: string): boolean => {
  try {
    return fs.statSync(sibling).mtimeMs >= fs.statSync(file).mtimeMs
  } catch {
    return false
  }
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => pattern.test(name))
    .map((name) => path.join(dir, name))
}

/** What a release needs compressed: `dirs` limits it (an incremental build only touches a few). */
function jobsFor(release: string, dirs: { astro: boolean; pagefind: string[] }): Job[] {
  const jobs: Job[] = []
  const asIs = async (bytes: Buffer) => bytes
  if (dirs.astro)
    for (const file of filesUnder(path.join(release, '_astro'), TEXT))
      jobs.push({ file, raw: asIs, encodings: ['br', 'gz'] })
  for (const name of dirs.pagefind) {
    const dir = path.join(release, name)
    for (const file of filesUnder(dir, PAGEFIND_BINARY))
      jobs.push({ file, raw: (bytes) => gunzip(bytes), encodings: ['br'] })
    const script = path.join(dir, PAGEFIND_SCRIPT)
    if (fs.existsSync(script)) jobs.push({ file: script, raw: asIs, encodings: ['br', 'gz'] })
  }
  return jobs
}

/**
 * Copies the sibling of the same file in the previous release: content-hashed
 * names (Astro's bundles, Pagefind's chunks) mostly come back unchanged from
 * one full build to the next, and so do the wasm and pagefind.js.
 */
function reused(file: string, bytes: Buffer, sibling: string, release: string, previous: string | null): boolean {
  if (!previous) return false
  const before = path.join(previous, path.relative(release, file))
  try {
    if (!isFresh(before, `${before}${sibling}`) || !fs.readFileSync(before).equals(bytes)) return false
    fs.copyFileSync(`${before}${sibling}`, `${file}${sibling}`)
    return true
  } catch {
    return false
  }
}

async function run(job: Job, release: string, previous: string | null): Promise<number> {
  const stale = job.encodings.filter((encoding) => !isFresh(job.file, `${job.file}.${encoding}`))
  if (!stale.length) return 0
  const bytes = fs.readFileSync(job.file)
  const left = stale.filter((encoding) => !reused(job.file, bytes, `.${encoding}`, release, previous))
  if (!left.length) return stale.length
  const raw = await job.raw(bytes)
  for (const encoding of left) {
    const packed =
      encoding === 'br' ? await brotliOf(raw) : await gzip(raw, { level: zlib.constants.Z_BEST_COMPRESSION })
    writeFileReplacing(`${job.file}.${encoding}`, packed)
  }
  return stale.length
}

/**
 * Writes the missing or stale siblings, on every core. A full build passes the
 * defaults and the live release (`previous`), whose siblings of identical
 * files are copied instead of compressed again; an incremental one its new
 * Astro assets and the delta index. Returns how many sibling files were written.
 */
export async function precompressRelease(
  release: string,
  dirs: { astro: boolean; pagefind: string[] } = { astro: true, pagefind: ['pagefind', 'pagefind-delta'] },
  previous: string | null = null,
): Promise<number> {
  const queue = jobsFor(release, dirs)
  let written = 0
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const siblings = await run(job, release, previous)
      written += siblings
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, os.availableParallelism()) }, worker))
  return written
}
