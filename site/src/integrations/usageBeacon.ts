import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { bundleBrowserScript } from './browserBundle'

const entry = (name: string) => fileURLToPath(new URL(`../usage/${name}Beacon.ts`, import.meta.url))
const MODULE_ID = 'virtual:dvctt/beacons'
const RESOLVED_ID = `\0${MODULE_ID}`

export interface BeaconCode {
  /** Material pages (usage/materialBeacon.ts). */
  material: string
  /** Embed pages (usage/embedBeacon.ts). */
  embed: string
}

let code: Promise<BeaconCode> | undefined

/** The pages' usage beacons, minified (issue 17: well under 1 kB gzipped each; bench `embed`, `beaconGzipBytes`). */
export function beaconCode(): Promise<BeaconCode> {
  code ??= Promise.all([
    bundleBrowserScript(entry('material'), { format: 'esm' }),
    bundleBrowserScript(entry('embed'), { format: 'esm' }),
  ]).then(([material, embed]) => ({ material, embed }))
  return code
}

/**
 * Gives pages the usage beacons' minified code as `virtual:dvctt/beacons` (two strings), which
 * components/UsageBeacon.astro inlines: no request of its own, never render-blocking (a module script
 * runs after parsing), and bundled once per process, not once per page.
 */
export function usageBeacon(): AstroIntegration {
  return {
    name: 'dvctt:usage-beacon',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dvctt:page-beacon',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load: async (id: string) => {
                  if (id !== RESOLVED_ID) return undefined
                  const { material, embed } = await beaconCode()
                  return `export const material = ${JSON.stringify(material)}\nexport const embed = ${JSON.stringify(embed)}\n`
                },
              },
            ],
          },
        })
      },
    },
  }
}
