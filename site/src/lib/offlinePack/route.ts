import { routes } from '../routes'

/** The pack's file name, beside the unit's page: /don-vi/<unit>/goi-ngoai-tuyen.zip (the publisher keeps it by this name). */
export const OFFLINE_PACK_FILE = 'goi-ngoai-tuyen.zip'
export const offlinePackRoute = (unitSlug: string): string => `${routes.unit(unitSlug)}${OFFLINE_PACK_FILE}`
