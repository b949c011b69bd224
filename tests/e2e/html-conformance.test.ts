/**
 * The built site in the Nu HTML checker (vnu.jar from the npm package
 * `vnu-jar`, run on the machine's Java 17), one page of every type, all in one
 * Java run (the JVM takes seconds to start): no error, and only the warnings
 * listed below, each with the reason it stays.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { expect, it } from 'vitest'

import { e2eEnv } from './env'

const dist = fs.realpathSync(e2eEnv.SITE_DIST_DIR)
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

/** Warnings that stay, by their exact text. */
const ALLOWED_WARNINGS: Record<string, string> = {
  // `list-style: none` makes Safari/VoiceOver stop announcing a list; role="list" gives it back.
  'The “list” role is unnecessary for element “ul”.': 'kept for VoiceOver',
  // The same for the numbered «Hỏi đáp» list (FeedbackAnswers.astro), on a material page once an answer is published.
  'The “list” role is unnecessary for element “ol”.': 'kept for VoiceOver',
}

interface IndexItem {
  slug: string
  kind: string
  language: string
}

/** The first entry of a folder of the release that holds an index.html. */
function firstPage(folder: string, accept: (name: string) => boolean = () => true): string {
  const name = fs
    .readdirSync(path.join(dist, folder))
    .sort()
    .find((entry) => accept(entry) && fs.existsSync(path.join(dist, folder, entry, 'index.html')))
  if (!name) throw new Error(`the built site has no page under /${folder}/`)
  return `${folder}/${name}/index.html`
}

/** Material pages whose body (rich text) holds `pattern`: at most `limit`, at least one. */
function materialsWith(pattern: RegExp, limit: number): string[] {
  const pages = fs
    .readdirSync(path.join(dist, 'tai-lieu'))
    .sort()
    .map((slug) => `tai-lieu/${slug}/index.html`)
    .filter(
      (page) => fs.existsSync(path.join(dist, page)) && pattern.test(fs.readFileSync(path.join(dist, page), 'utf8')),
    )
    .slice(0, limit)
  if (pages.length === 0) throw new Error(`no material page's body matches ${pattern}`)
  return pages
}

/** One page of every type the site builds. */
function pagesOfEveryType(): string[] {
  const index = JSON.parse(fs.readFileSync(path.join(dist, 'du-lieu', 'tai-lieu.json'), 'utf8')) as {
    items: IndexItem[]
  }
  const byKind = new Map<string, string>()
  for (const item of index.items) if (!byKind.has(item.kind)) byKind.set(item.kind, item.slug)
  const listings = ['tai-lieu', 'loai', 'chu-de', 'doi-tuong', 'don-vi', 'chien-dich', 'thu-tuc', 'tim-kiem', 'bao-cao']
  const pages = [
    'index.html',
    '404.html',
    ...listings.map((folder) => `${folder}/index.html`),
    // Each kind's material page and its embed (iframe) page; a material page carries its print kits and QR code.
    ...[...byKind.values()].flatMap((slug) => [`tai-lieu/${slug}/index.html`, `nhung/${slug}/index.html`]),
    // Bodies with headings (every one: editors pick levels freely) and with lists, as written in the CMS.
    ...materialsWith(/<div class="prose">(?:(?!<\/div>)[\s\S])*<h[1-6]/, 40),
    ...materialsWith(/<div class="prose">(?:(?!<\/div>)[\s\S])*<li/, 3),
    firstPage('loai'),
    firstPage('chu-de'),
    firstPage('doi-tuong'),
    firstPage('don-vi'),
    firstPage('chien-dich'),
    firstPage('thu-tuc'),
    'tai-lieu/trang/2/index.html',
    // Language landing pages, and a material in each minority language (switcher, alternates, <html lang>).
    ...['hmn', 'tai', 'dao'].map((language) => `${language}/index.html`),
    ...index.items.filter((item) => item.language !== 'vi').map((item) => `tai-lieu/${item.slug}/index.html`),
  ]
  for (const page of pages) expect(fs.existsSync(path.join(dist, page)), page).toBe(true)
  return [...new Set(pages)]
}

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  message: string
  extract?: string
}

it('passes the Nu HTML checker on one page of every type: no error, only the listed warnings', () => {
  const pages = pagesOfEveryType()
  expect(pages.length).toBeGreaterThan(20)
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', ...pages], { cwd: dist, encoding: 'utf8' })
  if (run.error) throw new Error(`Java did not start (${run.error.message}): .ci/run installs openjdk-17`)
  const messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages
  const problems = messages
    .filter((m) => m.type !== 'info' || (m.subType === 'warning' && !(m.message in ALLOWED_WARNINGS)))
    .map((m) => `${path.relative(dist, new URL(m.url ?? 'file:///').pathname)}: ${m.message} «${m.extract ?? ''}»`)
  expect(problems).toEqual([])
})
