import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphQLHandler } from '../../../../publicApi/guardRoutes'

// Anonymous requests are throttled per address; list caps are GraphQL validation rules (cms/publicApi/).
export const POST = guardGraphQLHandler(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
