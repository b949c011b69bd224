/**
 * Both Pagefind indexes: the base index of a full build (`/pagefind/`) and the
 * small delta index of an incremental one (`/pagefind-delta/`), which the
 * search island merges, with the base entries of changed and removed pages
 * excluded by their opaque IDs.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import * as pagefind from 'pagefind'

import { writeFileReplacing } from './releases'

/**
 * Smaller index chunks than Pagefind's default (measured on the 10,000-material
 * bench build: a three-word query fetched 90–160 kB of chunks instead of
 * 160–215 kB, for 1 kB more of pf_meta). The variable is marked unstable
 * upstream, hence the pinned Pagefind version.
 */
const INDEX_CHUNK_SIZE = '8000'
/** Players hold only fallback text ("Trình duyệt không phát được video…"), not content. */
const EXCLUDE = ['video', 'audio']

function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind lỗi khi ${step}: ${response.errors.join('; ')}`)
  return response
}

async function withIndex<T>(use: (index: pagefind.PagefindIndex) => Promise<T>): Promise<T> {
  // Read by the Pagefind binary that createIndex starts.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE
  try {
    // One index for every page: a Hmong or Thái page (`<html lang="hmn">`) is found from the Vietnamese search
    // page and narrowed by its language filter, instead of going to a per-language index nobody searches.
    const { index } = check(
      await pagefind.createIndex({ excludeSelectors: EXCLUDE, forceLanguage: 'vi' }),
      'tạo chỉ mục',
    )
    if (!index) throw new Error('Pagefind không tạo được chỉ mục')
    return await use(index)
  } finally {
    await pagefind.close()
  }
}

/** The base index over every page of a full build (only elements marked data-pagefind-body are indexed). */
export async function writeBaseIndex(dir: string): Promise<number> {
  const pages = await withIndex(async (index) => {
    const { page_count } = check(await index.addDirectory({ path: dir }), 'đọc các trang HTML')
    check(await index.writeFiles({ outputPath: path.join(dir, 'pagefind') }), 'ghi chỉ mục')
    return page_count
  })
  // No delta yet: the search island reads this file first and merges nothing (a missing file would log a 404 in every visitor's console).
  writeFileReplacing(path.join(dir, 'pagefind-delta', 'exclude.json'), JSON.stringify({ index: false, exclude: [] }))
  return pages
}

/**
 * Page URL → Pagefind page ID of the base index. The search island drops the
 * base index's results for pages changed since (their new entry comes from the
 * delta index), and Pagefind results carry only the ID until loaded.
 */
export function pagefindIdsByUrl(dir: string, index = 'pagefind'): Record<string, string> {
  const fragments = path.join(dir, index, 'fragment')
  const ids: Record<string, string> = {}
  if (!fs.existsSync(fragments)) return ids
  for (const name of fs.readdirSync(fragments)) {
    if (!name.endsWith('.pf_fragment')) continue
    const text = zlib.gunzipSync(fs.readFileSync(path.join(fragments, name))).toString('utf8')
    const url = /"url":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1]
    if (url) ids[JSON.parse(`"${url}"`) as string] = name.replace(/\.pf_fragment$/, '')
  }
  return ids
}

async function writeDeltaFiles(release: string, urls: string[]): Promise<Record<string, string>> {
  const outDir = path.join(release, 'pagefind-delta')
  fs.rmSync(outDir, { recursive: true, force: true })
  if (!urls.length) return {}
  await withIndex(async (index) => {
    for (const url of urls) {
      const file = path.join(release, url, 'index.html')
      if (!fs.existsSync(file)) continue
      check(await index.addHTMLFile({ url, content: fs.readFileSync(file, 'utf8') }), `đọc ${url}`)
    }
    check(await index.writeFiles({ outputPath: outDir }), 'ghi chỉ mục phụ')
  })
  return pagefindIdsByUrl(release, 'pagefind-delta')
}

/**
 * The delta index over the pages changed since the last full build: its page
 * IDs, and the base IDs still current. A page rendered again with the same
 * indexed text (and filters) has the same ID as its base entry, which still
 * answers for it: it is left out of the delta, else the merged search would
 * hold it twice, scored and counted twice.
 */
export async function writeDeltaIndex(
  release: string,
  changed: string[],
  baseIds: Record<string, string> = {},
): Promise<{ ids: string[]; current: Set<string> }> {
  let ids = await writeDeltaFiles(release, changed)
  const same = changed.filter((url) => ids[url] !== undefined && ids[url] === baseIds[url])
  if (same.length > 0)
    ids = await writeDeltaFiles(
      release,
      changed.filter((url) => !same.includes(url)),
    )
  return { ids: Object.values(ids), current: new Set(same.flatMap((url) => baseIds[url] ?? [])) }
}

/** The filter values of a base-index page, read from its fragment; {} when it cannot be read. */
function fragmentFilters(release: string, id: string): Record<string, string[]> {
  try {
    const file = path.join(release, 'pagefind', 'fragment', `${id}.pf_fragment`)
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')
    const json = JSON.parse(text.slice(text.indexOf('{'))) as { filters?: Record<string, string[]> }
    return json.filters ?? {}
  } catch {
    return {}
  }
}

/**
 * Writes the delta's manifest: the base IDs of pages changed or removed since
 * the full build, the base index's page count and the delta's page IDs (so the
 * search island can score words on the scale of the whole site); and beside
 * it the filter values of each excluded page, which Pagefind still counts.
 */
export function writeDeltaExclusions(
  release: string,
  metaDir: string,
  urls: { changed: string[]; removed: string[] },
  deltaIds: Set<string>,
  since: string,
  /** Base IDs of changed pages whose indexed content is the same: not stale. */
  current: ReadonlySet<string> = new Set(),
): void {
  const baseIds = JSON.parse(fs.readFileSync(path.join(metaDir, 'pagefind-ids.json'), 'utf8')) as Record<string, string>
  const exclude = [...urls.changed, ...urls.removed].flatMap((url) => {
    const id = baseIds[url]
    return id && !deltaIds.has(id) && !current.has(id) ? [id] : []
  })
  // Opaque Pagefind IDs only: the addresses of unpublished pages stay in the release's bookkeeping, not on the site.
  writeFileReplacing(
    path.join(release, 'pagefind-delta', 'exclude.json'),
    JSON.stringify({
      index: deltaIds.size > 0,
      exclude,
      since,
      pages: Object.keys(baseIds).length,
      delta: [...deltaIds],
    }),
  )
  // Read only for the facet counts, after the first results: apart from the manifest every search waits for.
  if (exclude.length > 0)
    writeFileReplacing(
      path.join(release, 'pagefind-delta', 'stale-filters.json'),
      JSON.stringify(Object.fromEntries(exclude.map((id) => [id, fragmentFilters(release, id)]))),
    )
}
