/**
 * The site bundles the CMS's shared vocabulary (cms/vocabulary/) and nothing
 * else of the CMS: no Payload, no collections (their hooks queue rebuild jobs
 * that spawn processes), no jobs, no importers. The global setup's build writes
 * the module ids each bundle was made from (site/bundleModules.ts,
 * SITE_BUNDLE_MODULES); this file reads that list, so it costs no build of its own.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { e2eWork, projectRoot } from './env'

const cmsDir = path.join(projectRoot, 'cms') + path.sep
const vocabularyDir = path.join(cmsDir, 'vocabulary') + path.sep

/** Payload modules the site may bundle, each for a reason. */
const ALLOWED_PAYLOAD = [
  // The link sanitiser of the rich-text HTML converter (@payloadcms/richtext-lexical/html), a pure function.
  /\/node_modules\/payload\/dist\/utilities\/sanitizeUrl\.js$/,
]

/** Why a bundled module should not be there, or null when it may. */
function refusal(moduleId: string): string | null {
  const id = moduleId.replace(/^\0/, '').split('?')[0] ?? ''
  if (id.startsWith(cmsDir) && !id.startsWith(vocabularyDir)) return 'CMS code outside cms/vocabulary/'
  if (/\/node_modules\/payload\//.test(id) && !ALLOWED_PAYLOAD.some((allowed) => allowed.test(id)))
    return 'the payload package'
  return null
}

describe('the rule', () => {
  it.each([
    path.join(cmsDir, 'collections', 'Procedures.ts'),
    path.join(cmsDir, 'jobs', 'rebuildSite.ts'),
    path.join(cmsDir, 'import', 'procedures', 'index.ts'),
    path.join(cmsDir, 'lib', 'getCmsPayload.ts'),
    `${projectRoot}/node_modules/.pnpm/payload@3.90.1/node_modules/payload/dist/index.js`,
  ])('refuses %s', (id) => {
    expect(refusal(id)).not.toBeNull()
  })

  it.each([
    path.join(vocabularyDir, 'index.ts'),
    `${projectRoot}/node_modules/.pnpm/payload@3.90.1/node_modules/payload/dist/utilities/sanitizeUrl.js`,
  ])('allows %s', (id) => {
    expect(refusal(id)).toBeNull()
  })
})

describe('the built site', () => {
  const report = JSON.parse(fs.readFileSync(path.join(e2eWork, 'bundle-modules.json'), 'utf8')) as Record<
    string,
    string[]
  >

  it('has a module list for the prerendering server and for the browser', () => {
    expect(Object.keys(report).sort()).toEqual(['client', 'prerender'])
    // The list is of absolute file paths: the vocabulary shows up, so CMS code would too.
    expect(report.prerender?.some((id) => id.startsWith(vocabularyDir))).toBe(true)
  })

  it.each(['prerender', 'client'])('bundles nothing of the CMS beyond its vocabulary (%s)', (environment) => {
    const refused = (report[environment] ?? []).flatMap((id) => {
      const why = refusal(id)
      return why ? [`${path.relative(projectRoot, id)}: ${why}`] : []
    })
    expect(refused).toEqual([])
  })
})
