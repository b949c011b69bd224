import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import * as pagefind from 'pagefind'

import { cmsBuildState } from '../cms/state'
import type { SiteData } from '../cms/types'
import { isScopedBuild } from '../lib/buildScope'
import { embedListingRoutes } from '../lib/embed'
import { PROCEDURE_GUIDE_LISTINGS } from '../lib/procedureLinks'


/**
 * For every published material: its page slug and the listings it appears on,
 * so an incremental build can refresh exactly those listings, including the
 * ones a material left (read from the live release's copy of this file).
 */
function materialsMap(data: SiteData): Record<string, { slug: string; title: string; updatedAt: string; listings: string[] }> {
  const map: Record<string, { slug: string; title: string; updatedAt: string; listings: string[] }> = {}
  for (const m of data.materials) {
    // A unit's page lists everything reaching it through the hierarchy (the units below those it applies to too).
    const units = m.reachesUnits.flatMap((u) => (u.slug ? [`/don-vi/${u.slug}/`] : []))
    map[String(m.id)] = {
      slug: m.slug,
      // Listing order (newest update first, then title): where each material sat, for the next incremental build.
      title: m.title,
      updatedAt: m.updatedAt,
      listings: [
        ...new Set([
          '/tai-lieu/',
          `/loai/${m.kind.path}/`,
          ...m.topics.flatMap((t) => (t.slug ? [`/chu-de/${t.slug}/`] : [])),
          ...m.audiences.flatMap((a) => (a.slug ? [`/doi-tuong/${a.slug}/`] : [])),
          ...units,
          ...(m.campaign?.slug ? [`/chien-dich/${m.campaign.slug}/`] : []),
          // A procedure's page shows the guides linked to it.
          ...m.procedures.map((p) => `/thu-tuc/${p.code}/`),
          // The catalogue and the coverage page count guides (lib/procedureLinks.ts).
          ...(m.procedures.length > 0 ? PROCEDURE_GUIDE_LISTINGS : []),
          // Its embed page and the embed widget's lists (site/src/lib/embed.ts).
          ...embedListingRoutes({
            slug: m.slug,
            kindPath: m.kind.path,
            topicSlugs: m.topics.flatMap((t) => (t.slug ? [t.slug] : [])),
            unitSlugs: m.reachesUnits.flatMap((u) => (u.slug ? [u.slug] : [])),
          }),
        ]),
      ],
    }
  }
  return map
}

interface PagefindResponse {
  errors: string[]
}

function check<T extends PagefindResponse>(response: T, logger: AstroIntegrationLogger, step: string): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`)
    throw new Error(`Pagefind lỗi khi ${step}. Xem các dòng "Pagefind:" ở trên.`)
  }
  return response as Required<T>
}

/**
 * Smaller index chunks than Pagefind's default (measured on the 10,000-material
 * bench build: a three-word query fetched 90–160 kB of chunks instead of
 * 160–215 kB, for 1 kB more of pf_meta). The variable is marked unstable
 * upstream, hence the pinned Pagefind version; scripts/lib/site-incremental.ts
 * uses the same value for the delta index.
 */
export const INDEX_CHUNK_SIZE = '8000'

/** Players hold only fallback text ("Trình duyệt không phát được video…"), not content. */
const EXCLUDE = ['video', 'audio']

/**
 * Builds the Pagefind search index from the finished HTML in `astro:build:done`
 * (pattern from Starlight). Only elements marked data-pagefind-body (material
 * pages) are indexed; the index lands in <outDir>/pagefind/.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dvctt:pagefind',
    hooks: {
      // Before publishCmsMedia's build:done, which releases the snapshot.
      // scripts/lib/site-build.ts names the file, outside the output folder (it is not for the public).
      'astro:build:generated': async () => {
        const file = process.env.SITE_MATERIALS_MAP_OUT?.trim()
        const data = await cmsBuildState().data
        if (!file || !data) return
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, JSON.stringify(materialsMap(data)))
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A build limited by SITE_ONLY_ROUTES holds a few pages: its search entries go into
        // the delta index that scripts/lib/site-incremental.ts writes over the merged release.
        if (isScopedBuild()) return
        const started = performance.now()
        // Read by the Pagefind binary that createIndex starts.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE
        try {
          const { index } = check(await pagefind.createIndex({ excludeSelectors: EXCLUDE }), logger, 'tạo chỉ mục')
          const { page_count } = check(await index.addDirectory({ path: fileURLToPath(dir) }), logger, 'đọc các trang HTML')
          check(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), logger, 'ghi chỉ mục')
          // No delta yet: the search island reads this file first and merges nothing (a missing file would log a 404 in every visitor's console).
          const delta = new URL('./pagefind-delta/', dir)
          fs.mkdirSync(delta, { recursive: true })
          fs.writeFileSync(new URL('./exclude.json', delta), JSON.stringify({ index: false, exclude: [] }))
          logger.info(`Chỉ mục tìm kiếm: ${page_count} trang trong ${Math.round(performance.now() - started)} ms.`)
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
