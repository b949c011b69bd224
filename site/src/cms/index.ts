/**
 * The site's only door to the CMS. Pages call `getSiteData()`; it reads the
 * published library once per build (Local API in-process by default, or the
 * REST API with CMS_SOURCE=rest) and hands back resolved, render-ready views.
 * Nothing here writes to the CMS.
 */
import { siteBuildInput } from '../lib/buildScope'
import { scopeOf } from './buildRecord'
import { readPreviewData, withPreview } from './preview'
import { buildSiteData } from './siteData'
import { cmsBuildState } from './state'
import type { CmsSource, SiteData } from './types'

export type * from './types'
export { KINDS } from './siteData'

/** In `astro dev` the snapshot is refreshed after this long so edits show up. */
const DEV_TTL_MS = 5_000

async function createSource(): Promise<CmsSource> {
  const kind = process.env.CMS_SOURCE?.trim() || 'local'
  if (kind === 'rest') {
    const url = process.env.CMS_URL?.trim()
    if (!url)
      throw new Error(
        'CMS_SOURCE=rest cần CMS_URL, ví dụ CMS_URL=http://localhost:3000. Bỏ CMS_SOURCE để đọc trực tiếp cơ sở dữ liệu.',
      )
    const { restSource } = await import('./sources/rest')
    return restSource(url)
  }
  if (kind !== 'local')
    throw new Error(
      `CMS_SOURCE="${kind}" không hợp lệ. Dùng "local" (mặc định, đọc trực tiếp cơ sở dữ liệu) hoặc "rest".`,
    )
  const { localApiSource } = await import('./sources/localApi')
  return localApiSource()
}

async function load(): Promise<SiteData> {
  const state = cmsBuildState()
  const started = performance.now()
  const source = await createSource()
  state.sourceName = source.name
  state.close = () => source.close()
  const { raw, mediaOrigin } = await source.load()
  state.mediaOrigin = mediaOrigin
  // A CMS preview build (never the public one) shows one unpublished version in place of the published one.
  const preview = readPreviewData()
  const data = buildSiteData(preview ? withPreview(raw, preview) : raw)
  const { incremental } = siteBuildInput()
  if (incremental) state.scope = scopeOf(data, incremental)
  const ms = Math.round(performance.now() - started)
  console.info(
    `[cms] ${data.materials.length} tài liệu đã xuất bản, ${data.mediaFiles.length} tệp, đọc qua ${source.name} trong ${ms} ms`,
  )
  return data
}

/** The published library, fetched once and reused by every page of the build. */
export function getSiteData(): Promise<SiteData> {
  const state = cmsBuildState()
  const stale = state.liveRefresh === true && state.loadedAt !== undefined && Date.now() - state.loadedAt > DEV_TTL_MS
  if (!state.data || stale) {
    state.loadedAt = Date.now()
    state.data = load()
    // A failed read must not be cached: the next page (or rebuild) tries again.
    state.data.catch(() => {
      state.data = undefined
    })
  }
  return state.data
}
