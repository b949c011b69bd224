/**
 * Runs the query set (searchQueries.ts) on the search page as a reader does:
 * one page, each query typed into the box and sent with Enter, the first three
 * results read from what the island shows. Also makes the incremental twin of a
 * built site: the same content, half of the materials published through
 * an incremental build, so their pages are answered from the delta index.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

import { pagefindIdsByUrl, writeBaseIndex } from '@dvctt/site/publish/search'

import { buildSiteOrFail, startSiteBuild } from '../support/siteBuild'
import type { SearchQuery } from './searchQueries'

export interface QueryOutcome extends SearchQuery {
  /** Paths of the first three results, in the order shown. */
  top: string[]
  pass: boolean
}

/** Opens the search page once; queries are then typed into it, without reloading. */
export async function openSearch(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}/tim-kiem/`)
  await page.waitForFunction(() => document.querySelector('.search')?.getAttribute('data-state') === 'done')
}

async function ask(page: Page, q: string): Promise<string[]> {
  const box = page.locator('input[name="q"]')
  const before = await page.evaluate(() => window.location.search)
  await box.fill(q)
  await box.press('Enter')
  // Answered: the address holds the new query and the island says it answered that address.
  await page.waitForFunction(
    (previous) => {
      const root = document.querySelector('.search')
      const now = window.location.search
      return (
        now !== previous && root?.getAttribute('data-state') === 'done' && root.getAttribute('data-answered') === now
      )
    },
    before,
    { timeout: 30_000 },
  )
  return page
    .locator('.result .result__title a')
    .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname))
}

/** Every query in turn; the same text twice in a row is not sent again (the address would not change). */
export async function runQueries(page: Page, queries: readonly SearchQuery[]): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = []
  for (const query of queries) {
    const top = await ask(page, query.q)
    outcomes.push({ ...query, top, pass: top.includes(query.expect) })
  }
  return outcomes
}

/** "96/107 (89,7 %)". */
export function passRate(outcomes: readonly QueryOutcome[]): string {
  const passed = outcomes.filter((o) => o.pass).length
  const percent = ((100 * passed) / Math.max(outcomes.length, 1)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })
  return `${passed}/${outcomes.length} (${percent} %)`
}

/** One line per failed query: what was typed, what was wanted, what came first. */
export function describeFailures(outcomes: readonly QueryOutcome[]): string[] {
  return outcomes
    .filter((o) => !o.pass)
    .map((o) => `«${o.q}» → cần ${o.expect}; ba kết quả đầu: ${o.top.join(', ') || '(không có)'}`)
}

/**
 * A hard-link copy of a site's live release (and its bookkeeping) as the live
 * release of another output folder, so an incremental build there leaves the
 * original untouched (the publisher never writes into an existing file).
 */
export function copyLiveRelease(fromOut: string, toOut: string): string {
  const live = fs.realpathSync(fromOut)
  const id = path.basename(live)
  const releases = `${toOut}.releases`
  fs.mkdirSync(path.join(releases, '.meta'), { recursive: true })
  execFileSync('cp', ['-al', live, path.join(releases, id)])
  execFileSync('cp', ['-al', path.join(path.dirname(live), '.meta', id), path.join(releases, '.meta', id)])
  fs.symlinkSync(path.join(releases, id), toOut)
  return path.join(releases, id)
}

/**
 * A full build of the same content as `fromOut` in `toOut`: its live release
 * copied when that is a full build, else (an incremental publish of another test
 * went live since) built again in full there from the database.
 */
export async function fullBuildOf(fromOut: string, toOut: string, env: Record<string, string> = {}) {
  const release = copyLiveRelease(fromOut, toOut)
  const manifest = path.join(path.dirname(release), '.meta', path.basename(release), 'manifest.json')
  if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { mode: string }).mode === 'full') return 'copied'
  await buildSiteOrFail(toOut, env)
  return 'built'
}

/**
 * Every second material of the live release (by address), so that half of the
 * expected pages and half of their rivals come from each index.
 */
export function everySecondMaterial(out: string): { id: string; slug: string }[] {
  const live = fs.realpathSync(out)
  const file = path.join(path.dirname(live), '.meta', path.basename(live), 'materials.json')
  const materials = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { slug: string }>
  return Object.entries(materials)
    .sort(([, a], [, b]) => a.slug.localeCompare(b.slug))
    .filter((_, i) => i % 2 === 0)
    .map(([id, { slug }]) => ({ id, slug }))
}

/**
 * The release's base index made again without these materials' pages, as a
 * full build made before they were published: publishing them then puts them
 * in the delta index (a page published again with the same text stays in the
 * base). Files are unlinked before being written: they are hard links.
 */
async function baseWithout(release: string, slugs: string[]): Promise<void> {
  for (const slug of slugs) fs.rmSync(path.join(release, 'tai-lieu', slug, 'index.html'), { force: true })
  fs.rmSync(path.join(release, 'pagefind'), { recursive: true, force: true })
  await writeBaseIndex(release)
  const ids = path.join(path.dirname(release), '.meta', path.basename(release), 'pagefind-ids.json')
  fs.rmSync(ids, { force: true })
  fs.writeFileSync(ids, JSON.stringify(pagefindIdsByUrl(release)))
}

/**
 * The incremental twin of a built site: its live release copied to `toOut`, its
 * base index made as before every second material was published, then those
 * materials published there by an incremental build (the publisher's own path:
 * Astro renders what they change, Pagefind writes the delta index).
 */
export async function buildIncrementalTwin(fromOut: string, toOut: string, env: Record<string, string> = {}) {
  const release = copyLiveRelease(fromOut, toOut)
  const changed = everySecondMaterial(toOut)
  await baseWithout(
    release,
    changed.map((m) => m.slug),
  )
  const { done } = startSiteBuild(toOut, env, ['--incremental', changed.map((m) => m.id).join(',')])
  const outcome = await done
  if (outcome.code !== 0 || outcome.result?.mode !== 'incremental')
    throw new Error(`bản dựng phần thay đổi không thành (mã ${outcome.code}):\n${outcome.log}`)
  const exclude = JSON.parse(fs.readFileSync(path.join(toOut, 'pagefind-delta', 'exclude.json'), 'utf8')) as {
    index: boolean
  }
  if (!exclude.index) throw new Error('bản dựng phần thay đổi không ghi chỉ mục phụ')
  return { changed: changed.length, result: outcome.result }
}
