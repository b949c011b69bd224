import type { APIRoute } from 'astro'

import { getSiteData } from '../../../cms'
import { jsonResponse } from '../../../lib/embedList'

/**
 * The values a widget tag may name, by group: the widget reads it only when a
 * list fails to load, to tell an unknown unit, topic or kind (an empty state
 * with a link) from a library out of reach (the host's link stays).
 */
export const GET: APIRoute = async () => {
  const data = await getSiteData()
  const slugs = (items: { slug?: string | null }[]) => items.flatMap((i) => (i.slug ? [i.slug] : []))
  return jsonResponse({
    'don-vi': slugs(data.units),
    'chu-de': slugs(data.topics),
    loai: data.kinds.map((k) => k.path),
  })
}
