/** Where the procedure catalogue's admin views live, under the admin route (e.g. /admin/nap-danh-muc-thu-tuc). */
export const IMPORT_VIEW_PATH = '/nap-danh-muc-thu-tuc'
export const COVERAGE_VIEW_PATH = '/do-phu-huong-dan'

/** `/admin` + a view path, whatever the config's admin route is. */
export const adminHref = (adminRoute: string, viewPath: string): string => `${adminRoute.replace(/\/$/, '')}${viewPath}`
