import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import * as pagefind from 'pagefind'

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
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now()
        try {
          const { index } = check(await pagefind.createIndex({ excludeSelectors: EXCLUDE }), logger, 'tạo chỉ mục')
          const { page_count } = check(await index.addDirectory({ path: fileURLToPath(dir) }), logger, 'đọc các trang HTML')
          check(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), logger, 'ghi chỉ mục')
          logger.info(`Chỉ mục tìm kiếm: ${page_count} trang trong ${Math.round(performance.now() - started)} ms.`)
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
