import fs from 'node:fs'
import path from 'node:path'

import { PRINT_TEMPLATE_KINDS } from '@dvctt/cms/vocabulary'

import { cmsBuildState } from '../cms/state'
import type { MaterialView, MediaOrigin, SiteData, Unit } from '../cms/types'
import { byName } from './format'
import { PAPER_SIZES, type PaperSize, type PrintKitInput } from './printKitPdf'
import { href } from './urls'

/**
 * Which print kits the site offers: for each material marked as a print
 * template (a poster or leaflet), one A4 and one A3 PDF per unit it reaches,
 * at /in-an/<material>/<unit>-a4.pdf. A material with no «Áp dụng cho đơn vị»
 * applies to the whole province, so every unit gets its kit; otherwise the
 * owner, the units named and the units below them. Units that no longer exist
 * (historical districts) get none.
 */
export const PAPER_ORDER: readonly PaperSize[] = ['a4', 'a3']

export const isPrintTemplate = (material: MaterialView): boolean =>
  material.printTemplate && PRINT_TEMPLATE_KINDS.includes(material.kind.value)

export const printKitUrl = (materialSlug: string, unitSlug: string, size: PaperSize): string =>
  href(`/in-an/${materialSlug}/${unitSlug}-${size}.pdf`)

export function printKitUnits(material: MaterialView, data: SiteData): Unit[] {
  if (!isPrintTemplate(material)) return []
  const reached = material.appliesTo.length === 0 ? data.units : material.reachesUnits
  return reached.filter((unit) => unit.slug && !unit.historical).sort(byName)
}

/** The print templates a unit has a kit of, for its page. */
export function printTemplatesFor(unit: Unit, data: SiteData): MaterialView[] {
  if (!unit.slug || unit.historical) return []
  return data.materials.filter(
    (m) => isPrintTemplate(m) && printKitUnits(m, data).some((u) => String(u.id) === String(unit.id)),
  )
}

export interface PrintKitLink {
  size: PaperSize
  label: string
  url: string
}

export const printKitLinks = (materialSlug: string, unitSlug: string): PrintKitLink[] =>
  PAPER_ORDER.map((size) => ({ size, label: PAPER_SIZES[size].label, url: printKitUrl(materialSlug, unitSlug, size) }))

const coverCache = new Map<string, Promise<PrintKitInput['cover']>>()

/**
 * The cover's stored JPEG (or PNG) rendition, read once per build from where
 * the CMS keeps its files and shared by all of the material's kits. Other
 * formats (AVIF, WebP) cannot be placed in a PDF as they are: the kit is then
 * made without a picture rather than re-encoding one at build time.
 */
export function coverForPrint(material: MaterialView): Promise<PrintKitInput['cover']> {
  const src = material.cover?.fallback.src
  const origin = cmsBuildState().mediaOrigin
  if (!src || !origin) return Promise.resolve(null)
  // Keyed by where the files come from too: a process may build from more than one CMS (benchmarks, tests).
  const key = `${origin.type === 'directory' ? origin.dir : origin.baseUrl}\n${src}`
  let cached = coverCache.get(key)
  if (!cached) {
    cached = readCover(src, origin)
    coverCache.set(key, cached)
  }
  return cached
}

async function readCover(src: string, origin: MediaOrigin): Promise<PrintKitInput['cover']> {
  const name = decodeURIComponent(src.split('/').pop() ?? '')
  const format = /\.jpe?g$/i.test(name) ? 'jpg' : /\.png$/i.test(name) ? 'png' : null
  if (!format || name !== path.basename(name)) return null
  try {
    if (origin.type === 'directory') return { bytes: await fs.promises.readFile(path.join(origin.dir, name)), format }
    const response = await fetch(new URL(encodeURIComponent(name), origin.baseUrl))
    if (!response.ok) return null
    return { bytes: new Uint8Array(await response.arrayBuffer()), format }
  } catch (error) {
    // A missing file is reported by publishCmsMedia for the whole site; the kit goes out without its picture.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
