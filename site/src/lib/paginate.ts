import { siteConfig } from '../siteConfig'

export interface PageInfo {
  pageNumber: number
  totalPages: number
  total: number
}

/**
 * Static paths for a paginated listing routed as `[...page].astro`: the first
 * page is the list URL itself, later ones `trang/2`, `trang/3`… Always yields at
 * least one (possibly empty) page so every taxonomy term has a page.
 */
export function pagedPaths<T, P extends Record<string, string>, X extends object>(
  items: T[],
  params: P,
  extra: X,
  pageSize: number = siteConfig.pageSize,
) {
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize))
  return Array.from({ length: totalPages }, (_, i) => ({
    params: { ...params, page: i === 0 ? undefined : `trang/${i + 1}` },
    props: {
      ...extra,
      items: items.slice(i * pageSize, (i + 1) * pageSize),
      pageInfo: { pageNumber: i + 1, totalPages, total: items.length } satisfies PageInfo,
    },
  }))
}
