import type { APIRoute, GetStaticPaths } from 'astro'

import { getSiteData } from '../../../cms'
import type { Unit } from '../../../cms/types'
import { inBuildScope } from '../../../lib/buildScope'
import { buildOfflinePack } from '../../../lib/offlinePack/build'
import { canPackFiles, offlinePackPlan } from '../../../lib/offlinePack/plan'
import { routes } from '../../../lib/routes'

/**
 * A unit's offline pack (lib/offlinePack/): built with page 1 of the unit's
 * listing, so an incremental build makes again only the packs of units one of
 * whose materials changed; the others stay as the live release has them. A pack
 * over OFFLINE_PACK_MAX_MB gets no path (its page says why).
 */
export const getStaticPaths = (async () => {
  const data = await getSiteData()
  if (!canPackFiles()) return []
  const paths = []
  for (const unit of data.units) {
    if (!unit.slug || !inBuildScope(routes.unit(unit.slug))) continue
    const plan = await offlinePackPlan(unit, data, import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined)
    if (plan.status === 'ready') paths.push({ params: { slug: unit.slug }, props: { unit } })
  }
  return paths
}) satisfies GetStaticPaths

export const GET: APIRoute<{ unit: Unit }> = async ({ props: { unit }, site }) => {
  const plan = await offlinePackPlan(unit, await getSiteData(), site)
  if (plan.status !== 'ready') throw new Error(`Gói ngoại tuyến của ${unit.name} không còn dựng được.`)
  return new Response(new Uint8Array(await buildOfflinePack(plan)), { headers: { 'content-type': 'application/zip' } })
}
