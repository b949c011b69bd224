import { siteConfig } from '../siteConfig'

/** Where a procedure can be submitted online: the National Public Service Portal, and the province's portal when configured. */
export interface SubmitLink {
  href: string
  /** The portal's name, e.g. "Cổng Dịch vụ công quốc gia". */
  portal: string
  which: 'national' | 'province'
}

export interface PortalTemplates {
  /** Address template with {code}, e.g. https://dichvucong.gov.vn/…?ma_thu_tuc={code}. */
  national: string
  province: string | null
  provinceName: string
}

/** Fills {code} (every occurrence, URL-encoded) into an address template; null when the result is not an http(s) address. */
export function fillTemplate(template: string, code: string): string | null {
  const filled = template.replaceAll('{code}', encodeURIComponent(code.trim()))
  try {
    const url = new URL(filled)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null
  } catch {
    return null
  }
}

/**
 * The submit links of a procedure: the national portal first (the procedure's
 * own https nationalPortalUrl from the catalogue if it has one, else built from
 * its code), then the province's portal when SITE_PROVINCE_PROCEDURE_URL is set.
 */
export function procedureSubmitLinks(
  procedure: { code: string; nationalPortalUrl?: string | null },
  templates: PortalTemplates = siteConfig.procedurePortals,
  nationalName: string = siteConfig.nationalPortal.name,
): SubmitLink[] {
  const links: SubmitLink[] = []
  const own = procedure.nationalPortalUrl?.trim()
  const national = own && /^https:\/\//i.test(own) ? own : fillTemplate(templates.national, procedure.code)
  if (national) links.push({ href: national, portal: nationalName, which: 'national' })
  const province = templates.province ? fillTemplate(templates.province, procedure.code) : null
  if (province) links.push({ href: province, portal: templates.provinceName, which: 'province' })
  return links
}

/** The coverage page's route (without SITE_BASE): share of toàn trình procedures with a published guide. */
export const COVERAGE_ROUTE = '/thu-tuc/do-phu-huong-dan/'

/**
 * Pages that show guide counts or coverage, besides each procedure's own page:
 * a material linked to a procedure is on these listings (`materialListings` in
 * lib/routes.ts), so publishing or unpublishing it re-renders them.
 */
export const PROCEDURE_GUIDE_LISTINGS: readonly string[] = ['/thu-tuc/', COVERAGE_ROUTE]
