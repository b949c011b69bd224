import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger } from 'astro'

import { cmsBuildState, resetCmsBuildState } from '../cms/state'
import type { MediaOrigin, SiteData } from '../cms/types'

/** Output folder for published files; must match `paths.file` in src/lib/urls.ts. */
const FILES_DIR = 'tep'
const PARALLEL = 16

/** Hard link when source and output share a file system (instant, no extra space), else copy. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await fs.promises.link(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw error
    await fs.promises.copyFile(from, to, fs.constants.COPYFILE_FICLONE)
  }
}

async function download(url: string, to: string): Promise<void> {
  const response = await fetch(url)
  if (!response.ok || !response.body) throw Object.assign(new Error(`HTTP ${response.status}`), { code: 'ENOENT' })
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), fs.createWriteStream(to))
}

async function publishFiles(
  files: string[],
  origin: MediaOrigin,
  outDir: string,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const target = path.join(outDir, FILES_DIR)
  await fs.promises.mkdir(target, { recursive: true })
  const missing: string[] = []
  let done = 0
  let nextReport = Date.now() + 2000
  const queue = [...files]
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      // Stored names come from Payload with safeFileNames, but never trust a path from data.
      if (name !== path.basename(name)) throw new Error(`Tên tệp không hợp lệ trong CMS: "${name}".`)
      const to = path.join(target, name)
      try {
        if (origin.type === 'directory') await linkOrCopy(path.join(origin.dir, name), to)
        else await download(new URL(encodeURIComponent(name), origin.baseUrl).toString(), to)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        missing.push(name)
      }
      done++
      if (Date.now() > nextReport) {
        logger.info(`… ${done}/${files.length} tệp`)
        nextReport = Date.now() + 2000
      }
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  if (missing.length) {
    const where = origin.type === 'directory' ? origin.dir : origin.baseUrl
    logger.warn(
      `${missing.length} tệp của tài liệu đã xuất bản không có trong ${where}: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}. ` +
        'Các trang vẫn được dựng nhưng liên kết tới những tệp này sẽ hỏng. Hãy tải lại tệp trong trang quản trị rồi dựng lại.',
    )
  }
}

/** Where search results find a material's thumbnail: next to its page, so the index never holds a file name. */
export const THUMBNAIL_FILE = 'anh-nho.webp'

/**
 * Links each built material page's smallest WebP cover rendition to
 * /tai-lieu/<slug>/anh-nho.webp. Search results show it from the page address
 * alone: a file name in Pagefind metadata would be searchable, and shared
 * covers would make unrelated materials match its words.
 */
async function linkThumbnails(data: SiteData, outDir: string, origin: MediaOrigin): Promise<number> {
  let linked = 0
  for (const material of data.materials) {
    const smallest = material.cover?.webp[0]
    const pageDir = path.join(outDir, 'tai-lieu', material.slug)
    // Pages outside a scoped build (SITE_ONLY_ROUTES) are not in this output.
    if (!smallest || !fs.existsSync(pageDir)) continue
    const name = decodeURIComponent(smallest.src.split('/').pop() ?? '')
    // Files served from the S3 public URL are not in the release: fetch the one thumbnail.
    if (origin.type === 'public') {
      if (name !== path.basename(name)) continue
      try {
        await download(new URL(encodeURIComponent(name), origin.baseUrl).toString(), path.join(pageDir, THUMBNAIL_FILE))
        linked++
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
      continue
    }
    const from = path.join(outDir, FILES_DIR, name)
    if (name !== path.basename(name) || !fs.existsSync(from)) continue
    await linkOrCopy(from, path.join(pageDir, THUMBNAIL_FILE))
    linked++
  }
  return linked
}

const DEV_TYPES: Record<string, string> = {
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.vtt': 'text/vtt',
}

/**
 * Copies the files that published materials link to (originals and their
 * stored renditions) into <outDir>/tep/, so the built site is self-contained.
 * The list comes from the same published-only snapshot the pages rendered,
 * so a draft's file is never copied. Then closes the CMS connection.
 */
export function publishCmsMedia(): AstroIntegration {
  return {
    name: 'dvctt:publish-cms-media',
    hooks: {
      // A process may build more than once (benchmarks, tests): start each build from a fresh read.
      'astro:build:start': () => {
        resetCmsBuildState()
      },
      'astro:build:done': async ({ dir, logger }) => {
        const state = cmsBuildState()
        if (!state.data || !state.mediaOrigin) {
          throw new Error(
            'Không trang nào đọc dữ liệu CMS trong lần dựng này, nên không biết cần xuất bản tệp nào. Kiểm tra src/pages có gọi getSiteData().',
          )
        }
        try {
          const data = await state.data
          const started = performance.now()
          const origin = state.mediaOrigin
          // With S3, published files are served from the bucket's public URL (cms/storage/publicCopies.ts).
          if (origin.type !== 'public') await publishFiles(data.mediaFiles, origin, fileURLToPath(dir), logger)
          const thumbnails = await linkThumbnails(data, fileURLToPath(dir), origin)
          const where = origin.type === 'public' ? `phục vụ từ ${origin.baseUrl}` : `vào /${FILES_DIR}/`
          logger.info(
            `Đã xuất bản ${data.mediaFiles.length} tệp ${where} và ${thumbnails} ảnh nhỏ cho kết quả tìm kiếm trong ${Math.round(performance.now() - started)} ms.`,
          )
        } finally {
          await state.close?.()
          resetCmsBuildState()
        }
      },
      'astro:server:setup': ({ server }) => {
        // `astro dev` only: re-read the CMS every few seconds so edits show up (src/cms/index.ts).
        cmsBuildState().liveRefresh = true
        // Dev only: serve published files straight from the CMS media folder.
        server.middlewares.use(`/${FILES_DIR}/`, (req, res, next) => {
          const state = cmsBuildState()
          const name = decodeURIComponent((req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '')
          void (async () => {
            const data = await state.data
            const origin = state.mediaOrigin
            if (!data?.mediaFiles.includes(name) || origin?.type !== 'directory') return next()
            res.setHeader('content-type', DEV_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream')
            fs.createReadStream(path.join(origin.dir, name))
              .on('error', () => next())
              .pipe(res)
          })().catch(next)
        })
      },
    },
  }
}
