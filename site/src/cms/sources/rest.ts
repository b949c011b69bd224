import { FEEDBACK_COLLECTION } from '../feedback'
import { mediaIdsOf } from '../media'
import type { CmsSource, ExpiredMaterial, Media, PublicFeedback, RawCmsData } from '../types'

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
  /** One answer; a 429 from the CMS's anonymous throttle is waited out (Retry-After) and asked again. */
  async function fetchJson<T>(url: URL): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let response: Response
      try {
        response = await fetch(url, { headers: { accept: 'application/json' } })
      } catch (error) {
        throw new Error(
          `Không kết nối được CMS tại ${base.origin}: ${error instanceof Error ? error.message : String(error)}. Kiểm tra CMS_URL và máy chủ CMS đang chạy.`,
          { cause: error },
        )
      }
      if (response.status === 429 && attempt < 20) {
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(1, Number(response.headers.get('retry-after')) || 1) * 1000),
        )
        continue
      }
      if (!response.ok)
        throw new Error(
          `CMS trả lỗi ${response.status} cho ${url.pathname}. Kiểm tra CMS_URL (${base.origin}) và quyền đọc công khai.`,
        )
      return (await response.json()) as T
    }
  }
  /**
   * Every document, 100 a page: the most the CMS gives an anonymous client at once
   * (cms/publicApi/). A `select` of our own (excluding the review log, which the
   * public never reads) gets whole documents instead of the short public list.
   */
  async function get<T>(collection: string, query: Record<string, string>): Promise<T[]> {
    const docs: T[] = []
    for (let page = 1; ; page++) {
      const url = new URL(`/api/${collection}`, base)
      for (const [key, value] of Object.entries({ depth: '0', limit: '100', page: String(page), ...query }))
        url.searchParams.set(key, value)
      if (collection === 'materials') url.searchParams.set('select[reviewLog]', 'false')
      const answer = await fetchJson<Paginated<T> & { hasNextPage?: boolean }>(url)
      docs.push(...answer.docs)
      if (!answer.hasNextPage) return docs
    }
  }
  return {
    name: `REST ${base.origin}`,
    async load() {
      const [materials, units, topics, audiences, campaigns, procedures, expiredMaterials, feedback] =
        await Promise.all([
          get<RawCmsData['materials'][number]>('materials', {
            'where[_status][equals]': 'published',
            sort: '-updatedAt',
          }),
          get<RawCmsData['units'][number]>('units', {}),
          get<RawCmsData['topics'][number]>('topics', {}),
          get<RawCmsData['audiences'][number]>('audiences', {}),
          get<RawCmsData['campaigns'][number]>('campaigns', {}),
          get<RawCmsData['procedures'][number]>('procedures', {}),
          get<ExpiredMaterial>('expired-materials', {}),
          // Anonymous readers get answered, approved items and their public fields only (src/cms/feedback.ts).
          get<PublicFeedback>(FEEDBACK_COLLECTION, {}),
        ])
      const ids = [...new Set(materials.flatMap(mediaIdsOf))]
      const media: Media[] = []
      for (let i = 0; i < ids.length; i += 100) {
        media.push(...(await get<Media>('media', { 'where[id][in]': ids.slice(i, i + 100).join(',') })))
      }
      const raw: RawCmsData = {
        materials,
        media,
        units,
        topics,
        audiences,
        campaigns,
        procedures,
        expiredMaterials,
        feedback,
      }
      return { raw, mediaOrigin: { type: 'http', baseUrl: new URL('/api/media/file/', base).toString() } }
    },
    async close() {},
  }
}
