/**
 * Each release's bookkeeping about materials, kept by the publisher beside the
 * release (never served): the map of every material's page and listings, and,
 * for an incremental build, the scope it rendered. The next incremental build
 * reads the live release's map to know which listings a material leaves.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { SiteBuildInput } from '../lib/buildInput'
import { entryOf, type IncrementalScope, incrementalScope, type MaterialMap } from '../lib/incrementalScope'
import { siteConfig } from '../siteConfig'
import type { SiteData } from './types'

export const MATERIALS_FILE = 'materials.json'
export const SCOPE_FILE = 'scope.json'
/** The published data a release was built from (sources/localApi.ts). */
export const SNAPSHOT_FILE = 'data.json'

export function materialMap(data: SiteData, only?: ReadonlySet<string>): MaterialMap {
  const map: MaterialMap = {}
  for (const m of data.materials) if (!only || only.has(String(m.id))) map[String(m.id)] = entryOf(m)
  return map
}

/** The scope of an incremental build: the changed materials against the live release's map. */
export function scopeOf(data: SiteData, incremental: NonNullable<SiteBuildInput['incremental']>): IncrementalScope {
  const file = path.join(incremental.previousMetaDir, MATERIALS_FILE)
  const previous = JSON.parse(fs.readFileSync(file, 'utf8')) as MaterialMap
  const current = materialMap(data, new Set(incremental.changed))
  return incrementalScope(previous, current, incremental.changed, siteConfig.pageSize)
}

/** Writes the map (and the scope, if any) into the build's bookkeeping folder. */
export function writeBuildRecord(metaDir: string, data: SiteData, scope: IncrementalScope | undefined): void {
  fs.mkdirSync(metaDir, { recursive: true })
  fs.writeFileSync(path.join(metaDir, MATERIALS_FILE), JSON.stringify(materialMap(data)))
  if (scope) fs.writeFileSync(path.join(metaDir, SCOPE_FILE), JSON.stringify(scope))
}
