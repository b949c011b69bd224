/** «Cần bản dịch», under the admin route (e.g. /admin/can-ban-dich). */
export const TRANSLATIONS_WANTED_PATH = '/can-ban-dich'

/** `/admin` + a path, whatever the config's admin route is. */
export const adminPath = (adminRoute: string, path: string): string => `${adminRoute.replace(/\/$/, '')}${path}`

/** A material's edit view in the admin. */
export const materialEditPath = (adminRoute: string, id: string | number): string =>
  adminPath(adminRoute, `/collections/materials/${id}`)
