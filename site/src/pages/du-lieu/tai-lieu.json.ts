import type { APIRoute } from 'astro'

import { getSiteData } from '../../cms'
import { absoluteUrl } from '../../lib/urls'

/**
 * Published-only index of materials for feeds and widgets on other sites.
 * Built from the same snapshot as the pages, so it never lists a draft.
 */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData()
  const body = {
    generatedAt: data.builtAt.toISOString(),
    count: data.materials.length,
    items: data.materials.map((m) => ({
      id: m.id,
      slug: m.slug,
      title: m.title,
      kind: m.kind.value,
      kindLabel: m.kind.label,
      language: m.language,
      summary: m.summary,
      url: absoluteUrl(m.url, site),
      updatedAt: m.updatedAt,
    })),
  }
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
