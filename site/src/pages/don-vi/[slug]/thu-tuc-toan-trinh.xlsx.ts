import type { APIRoute, GetStaticPaths } from 'astro'

import { getSiteData } from '../../../cms'
import type { Unit } from '../../../cms/types'
import { procedureListFor, unitsWithLists } from '../../../lib/procedureListData'
import { renderProcedureListXlsx } from '../../../lib/procedureListXlsx'
import { siteConfig } from '../../../siteConfig'

/**
 * /don-vi/<slug>/thu-tuc-toan-trinh.xlsx: the same list as the PDF, as an Excel
 * sheet ready to print or to adapt (lib/procedureList.ts).
 */
export const getStaticPaths = (async () => {
  const data = await getSiteData()
  return unitsWithLists(data).map((unit) => ({ params: { slug: unit.slug ?? '' }, props: { unit } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ unit: Unit }> = async ({ props: { unit }, site }) => {
  const xlsx = await renderProcedureListXlsx(procedureListFor(unit, await getSiteData(), site, siteConfig))
  return new Response(new Uint8Array(xlsx), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  })
}
