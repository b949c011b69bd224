import type { OfflinePackPlan } from './plan'
import { readMediaFile } from './read'
import { storedZip, type ZipEntry } from './zip'

/**
 * The pack's bytes: index.html, then every material's files under
 * tai-lieu/<material>/. A file the CMS no longer has is left out with a
 * warning in the publisher's log rather than failing the whole site.
 */
export async function buildOfflinePack(plan: Extract<OfflinePackPlan, { status: 'ready' }>): Promise<Uint8Array> {
  const entries: ZipEntry[] = [{ name: 'index.html', data: plan.indexHtml, mtime: plan.mtime }]
  for (const { material, files } of plan.materials) {
    const mtime = new Date(material.updatedAt)
    for (const file of files) {
      let data = file.data
      if (!data && file.mediaFile) {
        try {
          data = await readMediaFile(file.mediaFile)
        } catch (error) {
          console.warn(`⚠ Gói ngoại tuyến của ${plan.unit.name}: bỏ qua tệp "${file.mediaFile}" (${String(error)}).`)
          continue
        }
      }
      if (data) entries.push({ name: file.path, data, mtime })
    }
  }
  return storedZip(entries)
}
