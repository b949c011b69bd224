import { cmsBuildState } from '../../cms/state'
import type { DownloadView, MaterialView, SiteData, Unit } from '../../cms/types'
import { formatFileSize } from '../format'
import { renderPrintKit } from '../printKitPdf'
import { coverForPrint, isPrintTemplate, printKitUnits } from '../printKits'
import { qrScanUrl } from '../qrPages'
import { absoluteUrl } from '../urls'
import { siteConfig } from '../../siteConfig'
import { renderIndexHtml } from './indexHtml'
import { offlinePackMaxBytes } from './limit'
import { zipSize } from './zip'

export { OFFLINE_PACK_FILE, offlinePackRoute } from './route'

export type PackFileKind = 'pdf' | 'print' | 'audio' | 'video'

/** One file of a pack: where it sits in the ZIP, and either the CMS file it copies or bytes made in this build. */
export interface PackFile {
  path: string
  kind: PackFileKind
  label: string
  mimeType: string
  bytes: number
  mediaFile?: string
  data?: Uint8Array
  detail: string
}

export interface PackMaterial {
  material: MaterialView
  files: PackFile[]
}

export type OfflinePackPlan =
  | { status: 'ready'; unit: Unit; materials: PackMaterial[]; indexHtml: Uint8Array; size: number; mtime: Date }
  | { status: 'too-large'; size: number; limit: number; reason: string }
  | { status: 'empty' }

/** The unit's current materials, as its page lists them: its own, those applying to it or to a unit above it. */
export const packMaterialsOf = (unit: Unit, data: SiteData): MaterialView[] =>
  (data.byReachedUnit.get(String(unit.id)) ?? []).filter((m) => !m.expired)

/**
 * The audio a loudspeaker or a phone plays: the broadcast rendition (mono MP3
 * at -23 LUFS, made at upload), else the original (a file ffmpeg could not
 * read). Video: the small rendition made at upload (cms/uploads/describeSmallVideo.ts),
 * else the original; never transcoded here.
 */
function packedMedia(d: DownloadView): { filename: string; bytes: number | null; mimeType: string; format: string } {
  if (d.mimeType.startsWith('audio/') && d.broadcast)
    return {
      filename: d.broadcast.filename,
      bytes: d.broadcast.bytes,
      mimeType: 'audio/mpeg',
      format: 'MP3 phát thanh',
    }
  if (d.mimeType.startsWith('video/') && d.smallVideo)
    return { filename: d.smallVideo.filename, bytes: d.smallVideo.bytes, mimeType: 'video/mp4', format: 'MP4 480p' }
  return { filename: d.filename, bytes: d.bytes, mimeType: d.mimeType, format: d.format }
}

const kindOf = (mimeType: string): PackFileKind | null =>
  mimeType === 'application/pdf'
    ? 'pdf'
    : mimeType.startsWith('audio/')
      ? 'audio'
      : mimeType.startsWith('video/')
        ? 'video'
        : null

function mediaFilesOf(material: MaterialView): PackFile[] {
  return material.downloads.flatMap((d): PackFile[] => {
    const kind = kindOf(d.mimeType)
    const media = packedMedia(d)
    if (!kind || media.bytes == null) return []
    const detail = [media.format, d.pageCount ? `${d.pageCount} trang` : '', d.duration].filter(Boolean).join(', ')
    return [
      {
        path: `tai-lieu/${material.slug}/${media.filename}`,
        kind,
        label: d.label,
        mimeType: media.mimeType,
        bytes: media.bytes,
        mediaFile: media.filename,
        detail,
      },
    ]
  })
}

/** The unit's A4 print kit of a print template (the same PDF as /in-an/<material>/<unit>-a4.pdf). */
async function printKitOf(
  material: MaterialView,
  unit: Unit,
  data: SiteData,
  site: URL | undefined,
): Promise<PackFile[]> {
  if (!isPrintTemplate(material) || !printKitUnits(material, data).some((u) => String(u.id) === String(unit.id)))
    return []
  const pageUrl = absoluteUrl(material.url, site)
  const pdf = await renderPrintKit({
    title: material.title,
    summary: material.summary,
    kindLabel: material.kind.label,
    publisher: siteConfig.publisher,
    pageUrl,
    qrUrl: qrScanUrl(pageUrl),
    unit: { name: unit.name, ...unit.contact },
    cover: await coverForPrint(material),
    size: 'a4',
    updatedAt: material.updatedAt,
  })
  const path = `tai-lieu/${material.slug}/ban-in-a4-${unit.slug}.pdf`
  const label = `Bản in A4 của ${unit.name}`
  return [{ path, kind: 'print', label, mimeType: 'application/pdf', bytes: pdf.length, data: pdf, detail: 'PDF, A4' }]
}

async function makePlan(unit: Unit, data: SiteData, site: URL | undefined): Promise<OfflinePackPlan> {
  const listed = packMaterialsOf(unit, data)
  if (!unit.slug || unit.historical || listed.length === 0) return { status: 'empty' }
  const materials: PackMaterial[] = []
  for (const material of listed)
    materials.push({ material, files: [...(await printKitOf(material, unit, data, site)), ...mediaFilesOf(material)] })
  const indexHtml = new TextEncoder().encode(renderIndexHtml(unit, materials, data.builtAt, site))
  const files = [{ name: 'index.html', bytes: indexHtml.length }]
  for (const { files: own } of materials) for (const f of own) files.push({ name: f.path, bytes: f.bytes })
  const size = zipSize(files)
  const limit = offlinePackMaxBytes()
  if (size > limit) {
    const reason = `gói gồm ${materials.length} tài liệu, ${formatFileSize(size)}, lớn hơn giới hạn ${formatFileSize(limit)} (OFFLINE_PACK_MAX_MB)`
    console.warn(`⚠ Không dựng gói ngoại tuyến của ${unit.name}: ${reason}.`)
    return { status: 'too-large', size, limit, reason }
  }
  return { status: 'ready', unit, materials, indexHtml, size, mtime: data.builtAt }
}

const plans = new WeakMap<SiteData, Map<string, Promise<OfflinePackPlan>>>()

/** What a unit's pack holds and its size, worked out once per build for its page and its ZIP alike. */
export function offlinePackPlan(unit: Unit, data: SiteData, site: URL | undefined): Promise<OfflinePackPlan> {
  let byUnit = plans.get(data)
  if (!byUnit) {
    byUnit = new Map()
    plans.set(data, byUnit)
  }
  const key = String(unit.id)
  let plan = byUnit.get(key)
  if (!plan) {
    plan = makePlan(unit, data, site)
    byUnit.set(key, plan)
  }
  return plan
}

/** True when this build reads files it can pack (not a preview with no media origin). */
export const canPackFiles = (): boolean => Boolean(cmsBuildState().mediaOrigin)
