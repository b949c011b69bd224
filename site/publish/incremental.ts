/**
 * Incremental publishing: render only the changed materials' pages and the
 * listings they were or are on (every page of each, since listings are sorted
 * by update time), then assemble a new release as a hard-link copy of the live
 * one with those files replaced by rename (never written in place: a hard
 * link shares its content with the live release). Search gets a small delta
 * index (`/pagefind-delta/`) that the search island merges, with the base
 * index's entries for changed and removed pages excluded.
 *
 * Staleness, by design until the next full build (queued after a quiet period
 * or when the delta grows past SITE_DELTA_MAX_PAGES): "related materials" boxes
 * and language-version links on other materials' pages, and the home page's
 * counts are refreshed only by what this build renders.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { MATERIAL_KINDS } from '@dvctt/cms/collections/Materials/kinds'
import { getCmsPayload } from '@dvctt/cms/lib/getCmsPayload'
import { siteDir } from '@dvctt/cms/lib/paths'

import { embedListingRoutes } from '../../site/src/lib/embed'
import { collator } from '../../site/src/lib/format'
import { PROCEDURE_GUIDE_LISTINGS } from '../../site/src/lib/procedureLinks'
import { siteConfig } from '../../site/src/siteConfig'
import { type BuiltRelease, MATERIALS_FILE, SNAPSHOT_FILE, runAstro } from './site-build'
import { reachedUnitSlugs } from './site-reached-units'
import {
  metaDirOf,
  moveRelease,
  type MaterialEntry,
  type ReleaseManifest,
  checkBuild,
  countPages,
  newReleaseId,
  readJson,
  releasesDirOf,
  stagingDirFor,
  writeFileReplacing,
} from './site-releases'

type Rel = number | string | { id: number | string; slug?: string | null } | null | undefined

const idOf = (value: Rel): string | null => (value == null ? null : typeof value === 'object' ? String(value.id) : String(value))

/**
 * The published state of the changed materials, with the listings they now
 * appear on. Must match materialsMap() in site/src/integrations/pagefind.ts,
 * which records the same for every material at each build.
 */
async function readChangedMaterials(ids: string[]): Promise<Map<string, MaterialEntry>> {
  const payload = await getCmsPayload()
  const read = { overrideAccess: false, depth: 0, pagination: false, draft: false } as const
  const { docs } = await payload.find({
    collection: 'materials',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    select: { slug: true, kind: true, topics: true, audiences: true, ownerUnit: true, appliesTo: true, campaign: true, procedures: true },
    ...read,
  })
  const collect = (pick: (doc: (typeof docs)[number]) => Rel[]) => [...new Set(docs.flatMap((doc) => pick(doc).map(idOf)).filter((id): id is string => id !== null))]
  const slugs = async (collection: 'topics' | 'audiences' | 'units' | 'campaigns', wanted: string[]) => {
    if (!wanted.length) return new Map<string, string>()
    const found = await payload.find({ collection, where: { id: { in: wanted } }, select: { slug: true }, ...read })
    return new Map(found.docs.flatMap((doc) => (doc.slug ? [[String(doc.id), doc.slug] as const] : [])))
  }
  const procedureCodes = async (wanted: string[]) => {
    if (!wanted.length) return new Map<string, string>()
    const found = await payload.find({ collection: 'procedures', where: { id: { in: wanted } }, select: { code: true }, ...read })
    return new Map(found.docs.map((doc) => [String(doc.id), doc.code] as const))
  }
  const [topics, audiences, units, campaigns, procedures] = await Promise.all([
    slugs('topics', collect((d) => d.topics ?? [])),
    slugs('audiences', collect((d) => d.audiences ?? [])),
    // Every unit: a material applying to one reaches the units below it too (unit pages, widget lists).
    payload.find({ collection: 'units', select: { slug: true, parent: true }, ...read }).then((found) => found.docs),
    slugs('campaigns', collect((d) => [d.campaign])),
    procedureCodes(collect((d) => d.procedures ?? [])),
  ])
  const kindPath = new Map(MATERIAL_KINDS.map((k) => [k.value, k.path]))
  const routes = (prefix: string, map: Map<string, string>, values: Rel[]) =>
    values.flatMap((v) => {
      const slug = map.get(idOf(v) ?? '')
      return slug ? [`/${prefix}/${slug}/`] : []
    })
  const entries = new Map<string, MaterialEntry>()
  for (const doc of docs) {
    const kind = kindPath.get(doc.kind)
    if (!kind) continue
    entries.set(String(doc.id), {
      slug: doc.slug || String(doc.id),
      listings: [
        ...new Set([
          '/tai-lieu/',
          `/loai/${kind}/`,
          ...routes('chu-de', topics, doc.topics ?? []),
          ...routes('doi-tuong', audiences, doc.audiences ?? []),
          ...reachedUnitSlugs(units, doc.ownerUnit, doc.appliesTo ?? []).map((slug) => `/don-vi/${slug}/`),
          ...routes('chien-dich', campaigns, [doc.campaign]),
          // A procedure's page shows the guides linked to it (its code is its address).
          ...routes('thu-tuc', procedures, doc.procedures ?? []),
          // The catalogue counts each procedure's guides, and the coverage page counts guided procedures.
          ...((doc.procedures ?? []).length > 0 ? PROCEDURE_GUIDE_LISTINGS : []),
          // Its embed page and the embed widget's lists (site/src/lib/embed.ts).
          ...embedListingRoutes({
            slug: doc.slug || String(doc.id),
            kindPath: kind,
            topicSlugs: (doc.topics ?? []).flatMap((t) => topics.get(idOf(t) ?? '') ?? []),
            unitSlugs: reachedUnitSlugs(units, doc.ownerUnit, doc.appliesTo ?? []),
          }),
        ]),
      ],
    })
  }
  return entries
}

/**
 * Listings sort newest update first, and an edited material moves to the top:
 * only the pages from the first to the one that held it change. For each
 * listing whose membership no changed material enters or leaves, the last page
 * to render (with one page of margin for ties in the sort); other listings
 * (a material published, unpublished, or moved between listings) render whole.
 */
function partialListings(
  previous: Record<string, MaterialEntry>,
  current: Map<string, MaterialEntry>,
  changedIds: string[],
  listings: Set<string>,
): Map<string, number> {
  const pageSize = siteConfig.pageSize
  const result = new Map<string, number>()
  for (const listing of listings) {
    const members = changedIds.filter((id) => previous[id]?.listings.includes(listing) || current.get(id)?.listings.includes(listing))
    const edits = members.every((id) => previous[id]?.listings.includes(listing) && current.get(id)?.listings.includes(listing) && previous[id]?.updatedAt)
    if (!edits) continue
    const ordered = Object.entries(previous)
      .filter(([, entry]) => entry.listings.includes(listing))
      .sort(([, a], [, b]) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || collator.compare(a.title ?? '', b.title ?? ''))
      .map(([id]) => id)
    const lastPosition = Math.max(members.length - 1, ...members.map((id) => ordered.indexOf(id)))
    const totalPages = Math.max(1, Math.ceil(ordered.length / pageSize))
    result.set(listing, Math.min(totalPages, Math.floor(lastPosition / pageSize) + 2))
  }
  return result
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/**
 * A hard-link copy of a release: no extra space for unchanged files, and it
 * runs while Astro renders (≈ 2 s for 12,000 pages).
 */
function linkCopy(from: string, to: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const cp = spawn('cp', ['-al', from, to], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    cp.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const fallback = () => {
      // No GNU cp (or no hard links on this file system): a plain copy is slower but equivalent.
      try {
        fs.rmSync(to, { recursive: true, force: true })
        fs.cpSync(from, to, { recursive: true })
        resolve()
      } catch (error) {
        reject(new Error(`không sao chép được bản đang chạy sang bản mới: ${stderr || String(error)}`))
      }
    }
    cp.on('error', fallback)
    cp.on('close', (code) => (code === 0 ? resolve() : fallback()))
  })
}

/** The slice of Pagefind's Node API used here (the package belongs to the site workspace). */
interface PagefindModule {
  createIndex(config: { excludeSelectors?: string[] }): Promise<{ errors: string[]; index?: PagefindIndex }>
  close(): Promise<void>
}
interface PagefindIndex {
  addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>
}

/** The delta search index over the pages changed since the last full build. */
async function writeDeltaIndex(release: string, changed: string[]): Promise<string[]> {
  const outDir = path.join(release, 'pagefind-delta')
  fs.rmSync(outDir, { recursive: true, force: true })
  if (!changed.length) return []
  // ESM-only package of the site workspace: resolve it from there, with import conditions.
  const pagefindEntry = path.join(siteDir, 'node_modules', 'pagefind', 'lib', 'index.js')
  const pagefind = (await import(pathToFileURL(pagefindEntry).href)) as PagefindModule
  // Same chunk size as the full build (site/src/integrations/pagefind.ts).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '8000'
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['video', 'audio'] })
    if (!index) throw new Error(`Pagefind không tạo được chỉ mục phụ: ${errors.join('; ')}`)
    for (const url of changed) {
      const file = path.join(release, url, 'index.html')
      if (!fs.existsSync(file)) continue
      const added = await index.addHTMLFile({ url, content: fs.readFileSync(file, 'utf8') })
      if (added.errors.length) throw new Error(`Pagefind không đọc được ${url}: ${added.errors.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath: outDir })
    if (written.errors.length) throw new Error(`Pagefind không ghi được chỉ mục phụ: ${written.errors.join('; ')}`)
  } finally {
    await pagefind.close()
  }
  const fragments = path.join(outDir, 'fragment')
  return fs.existsSync(fragments) ? fs.readdirSync(fragments).map((name) => name.replace(/\.pf_fragment$/, '')) : []
}

export interface IncrementalInput {
  outDir: string
  live: string
  manifest: ReleaseManifest
  changedIds: string[]
  started: number
}

export async function incrementalBuild({ outDir, live, manifest, changedIds, started }: IncrementalInput): Promise<BuiltRelease> {
  const phases: Record<string, number> = {}
  let mark = performance.now()
  const phase = (name: string) => {
    const now = performance.now()
    phases[name] = Math.round(now - mark) / 1000
    mark = now
  }
  const previousMap = readJson<Record<string, MaterialEntry>>(path.join(metaDirOf(live), MATERIALS_FILE)) ?? {}
  const current = await readChangedMaterials(changedIds)
  phase('readChanges')

  const pageRoutes: string[] = []
  const listings = new Set<string>()
  for (const id of changedIds) {
    const now = current.get(id)
    if (now) pageRoutes.push(`/tai-lieu/${now.slug}/`)
    for (const listing of [...(previousMap[id]?.listings ?? []), ...(now?.listings ?? [])]) listings.add(listing)
  }
  // A material that left the site may still have a page at its address: the expired notice.
  const formerRoutes = changedIds.flatMap((id) => {
    const before = previousMap[id]?.slug
    return before && before !== current.get(id)?.slug ? [`/tai-lieu/${before}/`] : []
  })
  const partial = partialListings(previousMap, current, changedIds, listings)
  const scope = [
    ...pageRoutes,
    ...formerRoutes,
    ...[...listings].flatMap((listing) => {
      const upTo = partial.get(listing)
      if (upTo === undefined) return [listing, `${listing}trang/*`]
      return [listing, ...Array.from({ length: upTo - 1 }, (_, i) => `${listing}trang/${i + 2}/`)]
    }),
  ]

  const staging = stagingDirFor(outDir, 'incremental')
  // Assembled under a staging name, so a build that dies here leaves only staging to clean.
  const release = stagingDirFor(outDir, 'assemble')
  const copied = linkCopy(live, release)
  copied.catch(() => undefined)
  const snapshot = path.join(metaDirOf(live), SNAPSHOT_FILE)
  await runAstro(staging, { onlyRoutes: scope, snapshot: fs.existsSync(snapshot) ? { file: snapshot, changed: changedIds } : undefined })
  phase('astro')
  const rendered = filesUnder(staging).filter((file) => !file.startsWith('pagefind/'))
  const renderedSet = new Set(rendered)

  await copied
  phase('linkCopy')

  // Replace pages and data by rename; add assets (hashed names, new media) only when missing.
  for (const file of rendered) {
    const target = path.join(release, file)
    // Feeds (/nguon/*.xml, *.atom) are rendered data like pages and JSON; so are print kits, which keep their names when their material changes.
    const isPage = /\.(html|json|xml|atom)$/.test(file) || file.startsWith(`in-an${path.sep}`)
    if (!isPage && fs.existsSync(target)) continue
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.renameSync(path.join(staging, file), target)
  }

  // The published data this release was built from, for the next incremental build.
  const meta = metaDirOf(release)
  fs.mkdirSync(meta, { recursive: true })
  // (Only the Local API source writes one; without it the next incremental build reads everything.)
  const freshSnapshot = path.join(metaDirOf(staging), SNAPSHOT_FILE)
  if (fs.existsSync(freshSnapshot)) fs.renameSync(freshSnapshot, path.join(meta, SNAPSHOT_FILE))
  fs.copyFileSync(path.join(metaDirOf(live), 'pagefind-ids.json'), path.join(meta, 'pagefind-ids.json'))

  // Pages that no longer exist: a material unpublished or renamed, a listing that got shorter.
  // (An expired material's address may have been rendered again, as its "hết hiệu lực" page.)
  const removed: string[] = []
  for (const id of changedIds) {
    const before = previousMap[id]?.slug
    if (before && before !== current.get(id)?.slug) {
      if (!renderedSet.has(path.join('tai-lieu', before, 'index.html'))) fs.rmSync(path.join(release, 'tai-lieu', before), { recursive: true, force: true })
      // Its embed page goes with it (an expired material has none), unless another material took the address in this build.
      if (!renderedSet.has(path.join('nhung', before, 'index.html'))) fs.rmSync(path.join(release, 'nhung', before), { recursive: true, force: true })
      // Its oEmbed file goes with its page (an expired page has none), unless another material took the address in this build.
      const oembed = path.join('oembed', `${before}.json`)
      if (!renderedSet.has(oembed)) fs.rmSync(path.join(release, oembed), { force: true })
      removed.push(`/tai-lieu/${before}/`)
    }
  }
  // A changed material's print kits are all rendered with its page: any other file there is stale
  // (no longer a template, a unit it no longer reaches, unpublished or renamed).
  for (const id of changedIds) {
    for (const slug of new Set([previousMap[id]?.slug, current.get(id)?.slug])) {
      const dir = slug && path.join(release, 'in-an', slug)
      if (!slug || !dir || !fs.existsSync(dir)) continue
      for (const name of fs.readdirSync(dir)) if (!renderedSet.has(path.join('in-an', slug, name))) fs.rmSync(path.join(dir, name), { force: true })
      if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir)
    }
  }
  for (const listing of listings) {
    // A listing rendered only up to some page kept its length; the pages after it are still right.
    if (partial.has(listing)) continue
    const pagesDir = path.join(release, listing, 'trang')
    if (!fs.existsSync(pagesDir)) continue
    for (const page of fs.readdirSync(pagesDir)) {
      if (!renderedSet.has(path.join(listing.slice(1), 'trang', page, 'index.html'))) fs.rmSync(path.join(pagesDir, page), { recursive: true, force: true })
    }
  }
  fs.rmSync(staging, { recursive: true, force: true })
  // The build's own map covers every material it read (snapshot and fresh), with their sort keys.
  fs.renameSync(path.join(metaDirOf(staging), MATERIALS_FILE), path.join(meta, MATERIALS_FILE))
  fs.rmSync(metaDirOf(staging), { recursive: true, force: true })

  const pageUrls = new Set(pageRoutes)
  const changed = [...new Set([...manifest.delta.changed, ...pageRoutes])].filter((url) => !removed.includes(url) || pageUrls.has(url))
  const removedAll = [...new Set([...manifest.delta.removed, ...removed])].filter((url) => !pageUrls.has(url))
  phase('assemble')
  const deltaIds = new Set(await writeDeltaIndex(release, changed))
  phase('deltaIndex')
  const baseIds = readJson<Record<string, string>>(path.join(meta, 'pagefind-ids.json')) ?? {}
  const exclude = [...changed, ...removedAll].flatMap((url) => {
    const id = baseIds[url]
    return id && !deltaIds.has(id) ? [id] : []
  })
  writeFileReplacing(
    path.join(release, 'pagefind-delta', 'exclude.json'),
    // Opaque Pagefind IDs only: the addresses of unpublished pages stay in the release's bookkeeping (.meta), not on the site.
    JSON.stringify({ index: deltaIds.size > 0, exclude, since: manifest.fullBuiltAt }),
  )

  const pages = countPages(release)
  checkBuild(release, pages, manifest.pages)
  phase('check')
  const next: ReleaseManifest = {
    id: newReleaseId('incremental'),
    mode: 'incremental',
    builtAt: new Date().toISOString(),
    fullBuiltAt: manifest.fullBuiltAt,
    pages,
    seconds: (Date.now() - started) / 1000,
    delta: { changed, removed: removedAll },
  }
  writeFileReplacing(path.join(meta, 'manifest.json'), JSON.stringify(next, null, 1))
  const final = path.join(releasesDirOf(outDir), next.id)
  moveRelease(release, final)
  return { release: final, phases, pages, renderedPages: rendered.filter((file) => file.endsWith('.html')).length }
}
