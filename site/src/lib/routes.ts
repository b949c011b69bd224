/**
 * Every route of the site, without the configured base (lib/urls.ts adds it),
 * and the one answer to "which routes does this material put on the site",
 * used by the listing pages' build scope, the incremental publisher's scope
 * and the per-release material map (integrations/buildRecord.ts).
 * A new listing type is one entry here plus its page.
 */
import { languageEntry, MINORITY_LANGUAGES } from '@dvctt/cms/vocabulary'

import { embedListingRoutes } from './embed'
import { PROCEDURE_GUIDE_LISTINGS } from './procedureLinks'

export const routes = {
  home: '/',
  materials: '/tai-lieu/',
  material: (slug: string) => `/tai-lieu/${slug}/`,
  kinds: '/loai/',
  kind: (kindPath: string) => `/loai/${kindPath}/`,
  topics: '/chu-de/',
  topic: (slug: string) => `/chu-de/${slug}/`,
  audiences: '/doi-tuong/',
  audience: (slug: string) => `/doi-tuong/${slug}/`,
  units: '/don-vi/',
  unit: (slug: string) => `/don-vi/${slug}/`,
  campaigns: '/chien-dich/',
  campaign: (slug: string) => `/chien-dich/${slug}/`,
  procedures: '/thu-tuc/',
  /** A procedure's own page; codes are digits and one dot ("1.001193"), safe in a path as they are. */
  procedure: (code: string) => `/thu-tuc/${code}/`,
  search: '/tim-kiem/',
  /** What the service worker shows for a page neither online nor cached (src/offline/). */
  offline: '/ngoai-tuyen/',
  /** A language's landing page (cms/vocabulary/languages.ts `path`): `/hmn/`, `/tai/`, `/dao/`. */
  language: (languagePath: string) => `/${languagePath}/`,
  /** A listing narrowed to one language: `/hmn/chu-de/<slug>/` (lib/languageListing.ts). */
  languageListing: (languagePath: string, group: string, slug: string) => `/${languagePath}/${group}/${slug}/`,
  /** The plan's targets, province-level figures of this year; a past year under its number. */
  reports: '/bao-cao/',
  report: (year: number) => `/bao-cao/${year}/`,
  jsonIndex: '/du-lieu/tai-lieu.json',
  pagefindDir: '/pagefind/',
} as const

const LANGUAGE_PATHS = MINORITY_LANGUAGES.map((l) => l.path)

/** Page N of a listing: the listing itself for page 1, then …/trang/N/. */
export function listingPageRoute(listing: string, page: number): string {
  return page <= 1 ? listing : `${listing}trang/${page}/`
}

/** What of a material decides where it shows (a MaterialView has all of it). */
export interface MaterialPlacement {
  slug: string
  kind: { path: string }
  topics: { slug?: string | null }[]
  audiences: { slug?: string | null }[]
  /** Its owner, the units it applies to and every unit below those. */
  reachesUnits: { slug?: string | null }[]
  campaign?: { slug?: string | null } | null
  procedures: { code: string }[]
  /** Its stored language: one in another language than Vietnamese is on that language's filtered listings too. */
  language?: string
}

const slugs = (items: { slug?: string | null }[]): string[] => items.flatMap((item) => (item.slug ? [item.slug] : []))

/** The language-filtered listings (`/hmn/chu-de/<slug>/`) a material in a minority language is on. */
function languageListings(m: MaterialPlacement): string[] {
  if (!m.language || m.language === 'vi') return []
  const language = languageEntry(m.language).path
  return [
    routes.languageListing(language, 'loai', m.kind.path),
    ...slugs(m.topics).map((slug) => routes.languageListing(language, 'chu-de', slug)),
    ...slugs(m.reachesUnits).map((slug) => routes.languageListing(language, 'don-vi', slug)),
  ]
}

/** Page 1 of every listing the material appears on, and the lists and pages that show or count it. */
export function materialListings(m: MaterialPlacement): string[] {
  return [
    ...new Set([
      routes.materials,
      routes.kind(m.kind.path),
      // Every language's landing page lists it, as a version or as the Vietnamese fallback.
      ...LANGUAGE_PATHS.map(routes.language),
      ...languageListings(m),
      ...slugs(m.topics).map(routes.topic),
      ...slugs(m.audiences).map(routes.audience),
      // A unit's page lists everything reaching it through the hierarchy.
      ...slugs(m.reachesUnits).map(routes.unit),
      ...(m.campaign?.slug ? [routes.campaign(m.campaign.slug)] : []),
      // A procedure's page shows the guides linked to it.
      ...m.procedures.map((p) => routes.procedure(p.code)),
      // The catalogue and the coverage page count guides (lib/procedureLinks.ts).
      ...(m.procedures.length > 0 ? PROCEDURE_GUIDE_LISTINGS : []),
      // Its embed page and the embed widget's lists (lib/embed.ts).
      ...embedListingRoutes({
        slug: m.slug,
        kindPath: m.kind.path,
        topicSlugs: slugs(m.topics),
        unitSlugs: slugs(m.reachesUnits),
      }),
    ]),
  ]
}
