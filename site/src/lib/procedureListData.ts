import { proceduresHandledBy } from '@dvctt/cms/vocabulary'

import type { Procedure, SiteData, Unit } from '../cms/types'
import { siteConfig } from '../siteConfig'
import { inBuildScope } from './buildScope'
import { formatDate } from './format'
import { LIST_FILE, type ListGroup, type ListRow, type ProcedureListInput } from './procedureList'
import { procedureSubmitLinks } from './procedureLinks'
import { absoluteUrl, href, paths } from './urls'

/**
 * A unit's printable list of fully-online (toàn trình) procedures (issue 7),
 * for its one-stop desk and its portal: /don-vi/<slug>/thu-tuc-toan-trinh.pdf
 * and .xlsx. Which unit handles which procedure is procedureCoverage's rule
 * (proceduresHandledBy), shared with the admin and the coverage figures.
 *
 * The lists depend only on procedures and units, whose changes trigger a full
 * build; a material publish (an incremental build) leaves them as they are in
 * the live release, which the new release is a hard-link copy of. Their build
 * scope key (listScopeRoute) is therefore not the unit page's route, so an
 * incremental build that re-renders /don-vi/<slug>/ does not render them again.
 */

/** The route that decides whether a build renders a unit's lists (see above): the unit's own lists, never a listing page. */
export const listScopeRoute = (unitSlug: string) => `/don-vi/${unitSlug}/thu-tuc-toan-trinh/`

export const listLinks = (unitSlug: string) => ({
  pdf: href(`/don-vi/${unitSlug}/${LIST_FILE.pdf}`),
  xlsx: href(`/don-vi/${unitSlug}/${LIST_FILE.xlsx}`),
})

/** Where to apply for the procedure online: the national portal's page for it (lib/procedureLinks.ts, as on its page). */
function nationalPortalUrl(procedure: Procedure): string {
  const national = procedureSubmitLinks(procedure).find((link) => link.which === 'national')
  return national?.href ?? siteConfig.nationalPortal.url
}

/** The current toàn trình procedures a unit handles, sorted by field then name. */
export function fullyOnlineHandledBy(unit: Unit, procedures: readonly Procedure[]): Procedure[] {
  if (unit.historical) return []
  return proceduresHandledBy(unit, procedures).filter((p) => p.onlineLevel === 'full')
}

/** The list for one unit, ready for the PDF and XLSX builders. */
export function procedureListFor(
  unit: Unit,
  data: Pick<SiteData, 'procedures'>,
  site: URL | string | undefined,
  config: { publisher: string; nationalPortal: { name: string; url: string } },
): ProcedureListInput {
  const procedures = fullyOnlineHandledBy(unit, data.procedures)
  const groups: ListGroup[] = []
  procedures.forEach((p, index) => {
    const row: ListRow = {
      number: index + 1,
      code: p.code,
      name: p.name.normalize('NFC'),
      pageUrl: absoluteUrl(paths.procedure(p.code), site),
      portalUrl: nationalPortalUrl(p),
    }
    const last = groups.at(-1)
    if (last && last.field === p.field) last.rows.push(row)
    else groups.push({ field: p.field.normalize('NFC'), rows: [row] })
  })
  // The catalogue as a whole, not just the listed ones: a procedure withdrawn from the list changes the list too.
  const stamps = [unit.updatedAt, ...data.procedures.map((p) => p.updatedAt)].filter(Boolean).sort()
  const updatedAt = stamps.at(-1) ?? new Date(0).toISOString()
  return {
    unit: { name: unit.name, ...unit.contact },
    groups,
    updatedOn: formatDate(updatedAt),
    updatedAt,
    publisher: config.publisher,
    nationalPortal: config.nationalPortal,
  }
}

/** Units that get lists in this build: current ones with at least one toàn trình procedure, in scope. */
export function unitsWithLists(data: Pick<SiteData, 'units' | 'procedures'>): Unit[] {
  return data.units.filter(
    (unit) =>
      unit.slug &&
      !unit.historical &&
      fullyOnlineHandledBy(unit, data.procedures).length > 0 &&
      inBuildScope(listScopeRoute(unit.slug)),
  )
}
