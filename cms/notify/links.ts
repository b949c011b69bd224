import type { Payload } from 'payload'

/** Where the admin is reached from outside (SERVER_URL). */
export const adminBase = (payload: Payload): string => `${payload.config.serverURL}${payload.config.routes.admin}`

export const materialAdminUrl = (payload: Payload, id: number | string): string =>
  `${adminBase(payload)}/collections/materials/${id}`

/** The material's page on the public site (SITE_URL), as the site's routes name it. */
export function materialPublicUrl(slug: string): string {
  const site = (process.env.SITE_URL?.trim() || 'http://localhost:4321').replace(/\/+$/, '')
  return `${site}/tai-lieu/${encodeURIComponent(slug)}/`
}

export const accountUrl = (payload: Payload): string => `${adminBase(payload)}/account`
