import { getSiteData } from '../cms'
import { QR_PARAM } from '../usage/beaconCore'
import { inBuildScope } from './buildScope'
import { routes } from './routes'
import { paths } from './urls'

/**
 * Which QR files a build writes: one per material and procedure page in this
 * build's scope (SITE_ONLY_ROUTES), next to that page, so an incremental build
 * that renders a page renders its codes too.
 */
export async function materialQrPaths() {
  const data = await getSiteData()
  return data.materials
    .filter((m) => inBuildScope(routes.material(m.slug)))
    .map((m) => ({ params: { slug: m.slug }, props: { url: m.url } }))
}

export async function procedureQrPaths() {
  const data = await getSiteData()
  return data.procedures
    .filter((p) => inBuildScope(routes.procedure(p.code)))
    .map((p) => ({ params: { code: p.code }, props: { url: paths.procedure(p.code) } }))
}

/** The QR files of a page, by its address: `/tai-lieu/<slug>/ma-qr.svg` and `.png`. */
export const qrFiles = (pageUrl: string) => ({ svg: `${pageUrl}ma-qr.svg`, png: `${pageUrl}ma-qr.png` })

/**
 * What a material's QR codes encode (page, print PNG and SVG, print kits): its absolute address with `?qr=1`,
 * which the page's usage beacon counts as a scan and then removes from the address bar
 * (usage/materialBeacon.ts). Still the same static page to any server. The printed address stays plain.
 */
export const qrScanUrl = (absolutePageUrl: string) => `${absolutePageUrl}?${QR_PARAM}=1`
