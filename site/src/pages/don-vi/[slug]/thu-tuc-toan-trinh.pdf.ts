import type { APIRoute, GetStaticPaths } from 'astro'

import { getSiteData } from '../../../cms'
import type { Unit } from '../../../cms/types'
import { procedureListFor, unitsWithLists } from '../../../lib/procedureListData'
import { renderProcedureListPdf } from '../../../lib/procedureListPdf'
import { siteConfig } from '../../../siteConfig'

/**
 * /don-vi/<slug>/thu-tuc-toan-trinh.pdf: the unit's toàn trình procedures with
 * QR codes, for its one-stop desk (lib/procedureList.ts). Full builds only
 * render it; incremental builds keep the live release's copy (see there).
 */
export const getStaticPaths = (async () => {
  const data = await getSiteData()
  return unitsWithLists(data).map((unit) => ({ params: { slug: unit.slug ?? '' }, props: { unit } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ unit: Unit }> = async ({ props: { unit }, site }) => {
  const pdf = await renderProcedureListPdf(procedureListFor(unit, await getSiteData(), site, siteConfig))
  return new Response(new Uint8Array(pdf), { headers: { 'content-type': 'application/pdf' } })
}
