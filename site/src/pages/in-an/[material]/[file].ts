import { languageTag } from '@dvctt/cms/vocabulary'
import type { APIRoute, GetStaticPaths } from 'astro'

import { getSiteData } from '../../../cms'
import type { MaterialView, Unit } from '../../../cms/types'
import { inBuildScope } from '../../../lib/buildScope'
import { routes } from '../../../lib/routes'
import { type PaperSize, renderPrintKit } from '../../../lib/printKitPdf'
import { coverForPrint, PAPER_ORDER, printKitUnits } from '../../../lib/printKits'
import { qrScanUrl } from '../../../lib/qrPages'
import { absoluteUrl } from '../../../lib/urls'
import { siteConfig } from '../../../siteConfig'

/**
 * Print kits: /in-an/<material>/<unit>-a4.pdf and -a3.pdf for every print
 * template and every unit it reaches (lib/printKits.ts). Built with the
 * material's page, so an incremental build that renders the page renews them.
 */
export const getStaticPaths = (async () => {
  const data = await getSiteData()
  return data.materials
    .filter((material) => inBuildScope(routes.material(material.slug)))
    .flatMap((material) =>
      printKitUnits(material, data).flatMap((unit) =>
        PAPER_ORDER.map((size) => ({
          params: { material: material.slug, file: `${unit.slug}-${size}.pdf` },
          props: { material, unit, size },
        })),
      ),
    )
}) satisfies GetStaticPaths

interface Props {
  material: MaterialView
  unit: Unit
  size: PaperSize
}

export const GET: APIRoute<Props> = async ({ props: { material, unit, size }, site }) => {
  const pdf = await renderPrintKit({
    title: material.title,
    summary: material.summary,
    kindLabel: material.kind.label,
    publisher: siteConfig.publisher,
    pageUrl: absoluteUrl(material.url, site),
    qrUrl: qrScanUrl(absoluteUrl(material.url, site)),
    unit: { name: unit.name, ...unit.contact },
    cover: await coverForPrint(material),
    size,
    updatedAt: material.updatedAt,
    language: languageTag(material.language),
  })
  return new Response(new Uint8Array(pdf), { headers: { 'content-type': 'application/pdf' } })
}
