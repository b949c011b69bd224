import type { APIRoute } from 'astro'

import { getSiteData } from '../../../cms'
import { embedList, jsonResponse } from '../../../lib/embedList'
import { paths } from '../../../lib/urls'

/** The embed widget's list of the whole library (no data-unit, data-topic or data-kind). */
export const GET: APIRoute = async () => {
  const data = await getSiteData()
  return jsonResponse(embedList('Tất cả tài liệu', paths.materials, data.materials))
}
