import { mediaIdsOf } from '../media'
import type { CmsSource, ExpiredMaterial, Media, RawCmsData } from '../types'

interface Paginated<T> {
  docs: T[]
}

/**
 * Reads a running CMS over its public REST API (CMS_SOURCE=rest, CMS_URL=…),
 * for a site built on another machine. Anonymous requests get Payload's public
 * read rules; the explicit published filter is sent as well.
 */
export function restSource(cmsUrl: string): CmsSource {
  let base: URL
  try {
    base = new URL(cmsUrl)
  } catch {
    throw new Error(`CMS_URL không phải là địa chỉ hợp lệ: "${cmsUrl}". Ví dụ: CMS_URL=http://localhost:3000`)
  }
  async function get<T>(collection: string, query: Record<string, string>): Promise<T[]> {
    const url = new URL(`/api/${collection}`, base)
    for (const [key, value] of Object.entries({ depth: '0', pagination: 'false', limit: '0', ...query })) url.searchParams.set(key, value)
    let response: Response
    try {
      response = await fetch(url, { headers: { accept: 'application/json' } })
    } catch (error) {
      throw new Error(`Không kết nối được CMS tại ${base.origin}: ${error instanceof Error ? error.message : String(error)}. Kiểm tra CMS_URL và máy chủ CMS đang chạy.`, { cause: error })
    }
    if (!response.ok) throw new Error(`CMS trả lỗi ${response.status} cho ${url.pathname}. Kiểm tra CMS_URL (${base.origin}) và quyền đọc công khai.`)
    return ((await response.json()) as Paginated<T>).docs
  }
  return {
    name: `REST ${base.origin}`,
    async load() {
      const [materials, units, topics, audiences, campaigns, procedures, expiredMaterials] = await Promise.all([
        get<RawCmsData['materials'][number]>('materials', { 'where[_status][equals]': 'published', sort: '-updatedAt' }),
        get<RawCmsData['units'][number]>('units', {}),
        get<RawCmsData['topics'][number]>('topics', {}),
        get<RawCmsData['audiences'][number]>('audiences', {}),
        get<RawCmsData['campaigns'][number]>('campaigns', {}),
        get<RawCmsData['procedures'][number]>('procedures', {}),
        get<ExpiredMaterial>('expired-materials', {}),
      ])
      const ids = [...new Set(materials.flatMap(mediaIdsOf))]
      const media: Media[] = []
      for (let i = 0; i < ids.length; i += 100) {
        media.push(...(await get<Media>('media', { 'where[id][in]': ids.slice(i, i + 100).join(',') })))
      }
      const raw: RawCmsData = { materials, media, units, topics, audiences, campaigns, procedures, expiredMaterials }
      return { raw, mediaOrigin: { type: 'http', baseUrl: new URL('/api/media/file/', base).toString() } }
    },
    async close() {},
  }
}
