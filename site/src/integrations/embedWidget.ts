import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { embedRoutes } from '../lib/embed'
import { siteConfig } from '../siteConfig'
import { bundleBrowserScript } from './browserBundle'

const ENTRY = fileURLToPath(new URL('../embed/widget.ts', import.meta.url))

/**
 * Portals paste one script tag; keep it small (issue 6 budget: 6 kB gzipped; bench `embed`). The usage
 * beacon's address is written in at build time; without one the widget sends nothing.
 */
export async function bundleWidget(usageEndpoint: string | null = siteConfig.usageEndpoint): Promise<string> {
  return bundleBrowserScript(ENTRY, {
    format: 'iife',
    define: { __DVCTT_USAGE_URL__: JSON.stringify(usageEndpoint ?? '') },
  })
}

/**
 * Writes the embed widget to <out>/nhung/widget.js after every build. A fixed
 * name, not a hashed asset: portals keep the same script tag for years and get
 * the new code with the next release.
 */
export function embedWidget(): AstroIntegration {
  return {
    name: 'dvctt:embed-widget',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const target = new URL(`.${embedRoutes.widget}`, dir)
        fs.mkdirSync(new URL('./', target), { recursive: true })
        const code = await bundleWidget()
        fs.writeFileSync(target, code)
        logger.info(`Tiện ích nhúng: ${embedRoutes.widget} (${code.length} byte).`)
      },
    },
  }
}
