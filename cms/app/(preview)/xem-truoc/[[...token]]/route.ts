import config from '@payload-config'
import { getPayload } from 'payload'

import { handlePreview } from '../../../../preview/handler'

// Always rendered on request, never cached or prerendered by Next.
export const dynamic = 'force-dynamic'

/** /xem-truoc/<token>: a signed preview link (cms/preview/). Without a token, the refusal page. */
export async function GET(request: Request, { params }: { params: Promise<{ token?: string[] }> }): Promise<Response> {
  const { token = [] } = await params
  const payload = await getPayload({ config })
  return handlePreview(request, token.join('/'), payload)
}
