import fs from 'node:fs'

import type { Material, Media, RawCmsData } from './types'

/**
 * Preview builds: the CMS's "Xem trước" link renders one unpublished version in
 * the site's design (cms/preview/render.ts). It writes that version and the
 * media it shows to a JSON file named by SITE_PREVIEW_DATA and limits the build
 * to the material's page (SITE_ONLY_ROUTES). Such a build goes to a temporary
 * folder served only by the CMS behind a signed link, never to the public site.
 */
export interface PreviewData {
  /** The material's latest version (perhaps a draft), depth 0. */
  material: Material
  /** The media that version points at. */
  media: Media[]
}

export function readPreviewData(file = process.env.SITE_PREVIEW_DATA?.trim()): PreviewData | null {
  if (!file) return null
  let parsed: PreviewData
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as PreviewData
  } catch (error) {
    throw new Error(
      `SITE_PREVIEW_DATA: không đọc được dữ liệu xem trước từ ${file} (${error instanceof Error ? error.message : String(error)}). Bỏ biến này khi dựng trang công khai.`,
      { cause: error },
    )
  }
  if (!parsed?.material?.id || !Array.isArray(parsed.media))
    throw new Error(
      `SITE_PREVIEW_DATA: tệp ${file} thiếu "material" hoặc "media". Bỏ biến này khi dựng trang công khai.`,
    )
  return parsed
}

/** The published snapshot with the previewed version in place of (or beside) the material's published one. */
export function withPreview(raw: RawCmsData, preview: PreviewData): RawCmsData {
  const id = String(preview.material.id)
  const mediaIds = new Set(raw.media.map((m) => String(m.id)))
  return {
    ...raw,
    materials: [...raw.materials.filter((m) => String(m.id) !== id), { ...preview.material, _status: 'published' }],
    media: [...raw.media, ...preview.media.filter((m) => !mediaIds.has(String(m.id)))],
    expiredMaterials: (raw.expiredMaterials ?? []).filter((t) => t.slug !== preview.material.slug),
  }
}
