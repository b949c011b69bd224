import fs from 'node:fs'
import path from 'node:path'

import { projectRoot, siteDir } from '@dvctt/cms/lib/paths'

import { type Env, run } from '../lib/processes'
import type { Section } from './report'

/** The build section's working folder (the search section reuses its database). */
export const work = path.join(projectRoot, '.tmp', 'bench')

/** Environment for every child: a private database, media folder and output. */
export const benchEnv = {
  DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  SITE_DIST_DIR: path.join(work, 'dist'),
  SITE_AUTO_REBUILD: '0',
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const started = performance.now()
  await fn()
  return (performance.now() - started) / 1000
}

export function runNode(args: string[], env: Env = {}): Promise<void> {
  return run(process.execPath, ['--import', 'tsx', ...args], { cwd: projectRoot, env: { ...benchEnv, ...env } })
}

/** Each .html path of the CMS-built site, with its title and visible text, for the plain-Astro baseline. */
function collectPages(dist: string): { route: string; title: string; text: string }[] {
  const pages: { route: string; title: string; text: string }[] = []
  for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const html = fs.readFileSync(file, 'utf8')
    const route = path
      .relative(dist, file)
      .replace(/(^|\/)index\.html$/, '')
      .replace(/\.html$/, '')
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? route
    const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html
    const text = main
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    pages.push({ route, title, text })
  }
  return pages
}

/** A plain Astro project rendering the same routes from a JSON file: the cost of Astro alone. */
async function buildBaseline(pages: ReturnType<typeof collectPages>): Promise<number> {
  const root = path.join(work, 'baseline')
  fs.rmSync(root, { recursive: true, force: true })
  fs.mkdirSync(path.join(root, 'src', 'pages'), { recursive: true })
  fs.symlinkSync(path.join(siteDir, 'node_modules'), path.join(root, 'node_modules'))
  fs.writeFileSync(path.join(root, 'pages.json'), JSON.stringify(pages))
  fs.writeFileSync(path.join(root, 'astro.config.mjs'), "export default { output: 'static', logLevel: 'warn' }\n")
  fs.writeFileSync(
    path.join(root, 'src', 'pages', '[...route].astro'),
    [
      '---',
      "import pages from '../../pages.json'",
      'export function getStaticPaths() {',
      '  return pages.map((page) => ({ params: { route: page.route || undefined }, props: page }))',
      '}',
      'const { title, text } = Astro.props',
      '---',
      '<html lang="vi"><head><meta charset="utf-8" /><title>{title}</title></head>',
      '<body><main><h1>{title}</h1><p>{text}</p></main></body></html>',
      '',
    ].join('\n'),
  )
  return timed(() =>
    run(process.execPath, [path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: root,
      quiet: true,
    }),
  )
}

export type BenchSiteBuild = { pages: number; seconds: number; pagefindBytes: number; peakRssMb: number }

/** A full production build of the site from the bench database into `outDir` (a release symlink, as in production). */
export async function buildBenchSite(outDir: string): Promise<BenchSiteBuild> {
  const resultFile = path.join(work, `build-result-${path.basename(outDir)}.json`)
  await run(
    'bash',
    [
      '-c',
      `"${process.execPath}" --import tsx scripts/build-site.ts --out "${outDir}" --json | tail -n 1 > "${resultFile}"`,
    ],
    { cwd: projectRoot, env: { ...benchEnv, NODE_ENV: 'production' } },
  )
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as BenchSiteBuild
}

export async function benchBuild(n: number): Promise<Section> {
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })

  console.log(`› build: nạp ${n.toLocaleString('vi-VN')} tài liệu tổng hợp…`)
  const seedSeconds = await timed(() =>
    runNode([path.join(projectRoot, 'scripts', 'bench', 'seed-synthetic.ts'), String(n)]),
  )

  console.log('› build: dựng trang từ CMS…')
  const result = await buildBenchSite(benchEnv.SITE_DIST_DIR)

  console.log(`› build: dựng ${result.pages.toLocaleString('vi-VN')} trang bằng Astro thuần (đối chứng)…`)
  const baselineSeconds = await buildBaseline(collectPages(benchEnv.SITE_DIST_DIR))

  const round = (value: number) => Math.round(value * 100) / 100
  return {
    n,
    seedSeconds: round(seedSeconds),
    buildSeconds: round(result.seconds),
    peakRssMb: result.peakRssMb,
    pages: result.pages,
    pagefindBytes: result.pagefindBytes,
    baselineSeconds: round(baselineSeconds),
    ratio: round(result.seconds / baselineSeconds),
  }
}
