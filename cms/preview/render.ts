import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { projectRoot, siteDir } from '../lib/paths'
import type { Material, Media } from '../payload-types'
import { referencedMediaIds } from '../vocabulary'
import { inlineQrCodes } from './inlineQr'

/**
 * A material's latest version (perhaps an unpublished draft) rendered by the
 * site's own Astro build, limited to that one page (SITE_ONLY_ROUTES) with the
 * version swapped in (SITE_PREVIEW_DATA, see site/src/cms/preview.ts), into a
 * temporary folder. The HTML is returned and the folder removed: a preview never
 * touches the public site. Renders are cached by (id, updatedAt) for a few minutes.
 */
export const PREVIEW_CACHE_MS = 5 * 60 * 1000
const CACHE_LIMIT = 20
/** A preview that takes longer than this is abandoned with an explanation. */
const BUILD_TIMEOUT_MS = Number(process.env.PREVIEW_BUILD_TIMEOUT_MS ?? 120_000)

/** What the public sees of the material now, for the preview's banner. */
export type PublicState = 'same-as-preview' | 'older-version' | 'nothing'

export interface RenderedPreview {
  html: string
  material: Pick<Material, 'id' | 'title' | 'slug' | 'updatedAt' | '_status'>
  publicState: PublicState
  /** How long the Astro build took (0 when served from the cache). */
  buildMs: number
  cached: boolean
}

type Id = Material['id']

const cache = new Map<string, { at: number; preview: Omit<RenderedPreview, 'cached'> }>()
const inFlight = new Map<string, Promise<Omit<RenderedPreview, 'cached'>>>()
/** One preview build at a time: each is a whole Astro process. */
let queue: Promise<unknown> = Promise.resolve()

/**
 * Astro keeps its prerender chunks in `<outDir>/.prerender/` only when the output
 * folder lies inside the working directory, and otherwise in the site's shared
 * `.astro/`, where a concurrent build (the public rebuild, another preview)
 * would delete them mid-build. So the build runs from its own folder.
 */
function runAstro(workDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const astroBin = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build', '--root', siteDir], {
      cwd: workDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else {
        const why = signal ? `bị dừng sau ${Math.round(BUILD_TIMEOUT_MS / 1000)} giây` : `mã thoát ${code}`
        reject(
          new Error(
            `lệnh dựng trang (Astro) thất bại (${why}). Nhật ký cuối: ${log.trim().split('\n').slice(-8).join(' | ')}`,
          ),
        )
      }
    })
  })
}

async function build(
  payload: Payload,
  material: Material,
  publicState: PublicState,
): Promise<Omit<RenderedPreview, 'cached'>> {
  const ids = referencedMediaIds(material)
  const media: Media[] = ids.length
    ? (
        await payload.find({
          collection: 'media',
          where: { id: { in: ids } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs
    : []
  const slug = material.slug || String(material.id)
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dvctt-preview-'))
  try {
    const dataFile = path.join(workDir, 'preview.json')
    const outDir = path.join(workDir, 'dist')
    fs.writeFileSync(dataFile, JSON.stringify({ material: { ...material, slug }, media }))
    const started = performance.now()
    await runAstro(workDir, {
      ...process.env,
      // Found from the working directory otherwise, which is now a temporary folder.
      PROJECT_ROOT: projectRoot,
      DVCTT_SITE_ROOT: siteDir,
      SITE_OUT_DIR: outDir,
      SITE_ONLY_ROUTES: JSON.stringify([`/tai-lieu/${slug}/`]),
      SITE_PREVIEW_DATA: dataFile,
      CMS_SOURCE: 'local',
      NODE_ENV: 'production',
      // The build only reads: it never runs jobs or queues a rebuild.
      CMS_RUN_JOBS: '0',
      SITE_AUTO_REBUILD: '0',
    })
    const buildMs = Math.round(performance.now() - started)
    const pageDir = path.join(outDir, 'tai-lieu', slug)
    const page = path.join(pageDir, 'index.html')
    if (!fs.existsSync(page)) throw new Error(`bản dựng không có trang /tai-lieu/${slug}/`)
    const { id, title, updatedAt, _status } = material
    return {
      html: inlineQrCodes(fs.readFileSync(page, 'utf8'), pageDir),
      material: { id, title, slug, updatedAt, _status },
      publicState,
      buildMs,
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

/**
 * The latest version of a material in the site's design, or null if there is no such material, or
 * the material with that id is not the one created at `createdAt` (the link's document is gone).
 */
export async function renderPreview(
  payload: Payload,
  materialId: Id | string,
  createdAt?: Date,
): Promise<RenderedPreview | null> {
  const material = (await payload.findByID({
    collection: 'materials',
    id: materialId,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Material | null
  if (!material) return null
  if (createdAt && new Date(material.createdAt).getTime() !== createdAt.getTime()) return null
  const main = (await payload.findByID({
    collection: 'materials',
    id: material.id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Material | null
  const publicState: PublicState =
    main?._status !== 'published'
      ? 'nothing'
      : material._status === 'published' && main.updatedAt === material.updatedAt
        ? 'same-as-preview'
        : 'older-version'
  const key = `${material.id}:${material.updatedAt}:${publicState}`
  const hit = cache.get(key)
  if (hit && Date.now() - hit.at < PREVIEW_CACHE_MS) return { ...hit.preview, cached: true }

  let pending = inFlight.get(key)
  if (!pending) {
    pending = queue.then(() => build(payload, material, publicState))
    queue = pending.catch(() => undefined)
    inFlight.set(key, pending)
  }
  try {
    const preview = await pending
    for (const [k, v] of cache)
      if (Date.now() - v.at >= PREVIEW_CACHE_MS || k.startsWith(`${material.id}:`)) cache.delete(k)
    while (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
    cache.set(key, { at: Date.now(), preview })
    return { ...preview, cached: false }
  } finally {
    inFlight.delete(key)
  }
}

/** Tests only: forget cached renders. */
export function clearPreviewCache(): void {
  cache.clear()
}
