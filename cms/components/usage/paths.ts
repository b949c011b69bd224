/** «Thống kê sử dụng», under the admin route (e.g. /admin/thong-ke-su-dung). */
export const USAGE_VIEW_PATH = '/thong-ke-su-dung'

/** `/admin` + a path, whatever the config's admin route is. */
export const adminPath = (adminRoute: string, path: string): string => `${adminRoute.replace(/\/$/, '')}${path}`

/** The admin's list of materials, filtered by a `where` given in Payload's bracket syntax. */
export const materialsWhere = (adminRoute: string, field: string, operator: string, value: string): string =>
  adminPath(adminRoute, `/collections/materials?where[${field}][${operator}]=${encodeURIComponent(value)}`)
