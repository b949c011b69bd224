import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardRestHandler } from '../../../../publicApi/guardRoutes'

// Anonymous requests meet the public API's caps, throttle and list cache (cms/publicApi/).
export const GET = guardRestHandler(config, REST_GET(config))
export const POST = guardRestHandler(config, REST_POST(config))
export const DELETE = guardRestHandler(config, REST_DELETE(config))
export const PATCH = guardRestHandler(config, REST_PATCH(config))
export const PUT = guardRestHandler(config, REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
