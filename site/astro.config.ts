import path from 'node:path'
import { fileURLToPath } from 'node:url'

import react from '@astrojs/react'
import type { AstroUserConfig } from 'astro'
import { defineConfig } from 'astro/config'

import { reportBundleModules } from './bundleModules'

import { embedWidget } from './src/integrations/embedWidget'
import { feedbackScripts } from './src/integrations/feedbackScripts'
import { buildRecord } from './src/integrations/buildRecord'
import { publishCmsMedia } from './src/integrations/publishCmsMedia'
import { serviceWorker } from './src/integrations/serviceWorker'
import { usageBeacon } from './src/integrations/usageBeacon'

const outDir = process.env.SITE_OUT_DIR?.trim()
if (outDir && !path.isAbsolute(outDir)) {
  throw new Error(
    `SITE_OUT_DIR phải là đường dẫn tuyệt đối, nhận được "${outDir}". Ví dụ: SITE_OUT_DIR=/srv/thu-vien/dist`,
  )
}

type VitePlugin = Extract<NonNullable<NonNullable<AstroUserConfig['vite']>['plugins']>[number], { name: string }>

/**
 * Build only: bundle every dependency into the server (prerender) chunks.
 * Astro writes them inside the output folder, which may lie outside the site
 * (SITE_OUT_DIR), where bare imports like 'react' would not resolve. The CMS
 * itself is loaded at run time by src/cms. In dev, Vite must keep them external.
 */
function bundleServerDependencies(): VitePlugin {
  return {
    name: 'dvctt:bundle-server-dependencies',
    apply: 'build',
    configEnvironment: (name: string) => (name === 'client' ? undefined : { resolve: { noExternal: true } }),
  }
}

// src/cms loads the CMS package at run time (through tsx) and resolves it from here.
process.env.DVCTT_SITE_ROOT ??= fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  output: 'static',
  outDir: outDir || './dist',
  site: process.env.SITE_URL?.trim() || 'http://localhost:4321',
  base: process.env.SITE_BASE?.trim() || '/',
  trailingSlash: 'always',
  // A CMS preview (SITE_PREVIEW_DATA, see src/cms/preview.ts) is one HTML file served by the CMS: CSS goes inline.
  build: { format: 'directory', ...(process.env.SITE_PREVIEW_DATA ? { inlineStylesheets: 'always' as const } : {}) },
  // Images come only from the CMS's stored renditions (<picture>/srcset):
  // no build-time optimisation, which took minutes per few hundred materials.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  // Static pages ship no JS; only the search island hydrates.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    react(),
    publishCmsMedia(),
    buildRecord(),
    embedWidget(),
    usageBeacon(),
    feedbackScripts(),
    serviceWorker(),
  ],
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: [bundleServerDependencies(), reportBundleModules()],
  },
})
