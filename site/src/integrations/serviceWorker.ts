import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { bundleBrowserScript } from './browserBundle'

const entry = (name: string) => fileURLToPath(new URL(`../offline/${name}.ts`, import.meta.url))
const MODULE_ID = 'virtual:dvctt/offline'
const RESOLVED_ID = `\0${MODULE_ID}`
/** The worker's file name, at the site's base: its scope is the whole site without a Service-Worker-Allowed header. */
export const SERVICE_WORKER_FILE = 'sw.js'

let worker: Promise<string> | undefined
let cachedPages: Promise<string> | undefined
const registrations = new Map<string, Promise<string>>()

/** The service worker (src/offline/sw.ts), minified. Bundled once per process. */
export function serviceWorkerCode(): Promise<string> {
  worker ??= bundleBrowserScript(entry('sw'), { format: 'iife' })
  return worker
}

/** The offline page's list of cached pages (src/offline/cachedPages.ts), minified. */
export function cachedPagesCode(): Promise<string> {
  cachedPages ??= bundleBrowserScript(entry('cachedPages'), { format: 'esm' })
  return cachedPages
}

/** The registration script pages inline (src/offline/register.ts) for a site at `base` ('/' or '/thu-vien/'). */
export function registrationCode(base: string): Promise<string> {
  const withSlash = base.endsWith('/') ? base : `${base}/`
  let code = registrations.get(withSlash)
  if (!code) {
    code = bundleBrowserScript(entry('register'), {
      format: 'esm',
      define: { __DVCTT_BASE__: JSON.stringify(withSlash) },
    })
    registrations.set(withSlash, code)
  }
  return code
}

/**
 * Offline reading (issue 20 §3): gives pages the registration script and the offline page its list as
 * `virtual:dvctt/offline` (components/OfflineSupport.astro, pages/ngoai-tuyen/ inline them) and writes the worker to <out>/sw.js after every build, full or
 * incremental. Served `no-cache` by both servers (scripts/lib/site-cache.ts, deploy/nginx/dvctt.conf), so a new
 * worker reaches readers with the next visit. Budget: ≤ 3 kB gzipped for both (bench `reach`, reach-sw.ts).
 */
export function serviceWorker(): AstroIntegration {
  let base = '/'
  return {
    name: 'dvctt:service-worker',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dvctt:offline-registration',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load: async (id: string) => {
                  if (id !== RESOLVED_ID) return undefined
                  const [register, cachedPages] = await Promise.all([registrationCode(base), cachedPagesCode()])
                  return `export const register = ${JSON.stringify(register)}\nexport const cachedPages = ${JSON.stringify(cachedPages)}\n`
                },
              },
            ],
          },
        })
      },
      'astro:build:done': async ({ dir, logger }) => {
        const code = await serviceWorkerCode()
        fs.writeFileSync(new URL(`./${SERVICE_WORKER_FILE}`, dir), code)
        logger.info(`Service worker đọc ngoại tuyến: /${SERVICE_WORKER_FILE} (${code.length} byte).`)
      },
    },
  }
}
