import config from '@payload-config'
import { getPayload } from 'payload'

import { handleUsageBeacon, usagePreflight } from '../../../../usage/handler'

// The usage beacon (issue 17). Next prefers this folder to Payload's catch-all `[...slug]`.
export const POST = async (request: Request): Promise<Response> =>
  handleUsageBeacon(await getPayload({ config }), request)

export const OPTIONS = usagePreflight
