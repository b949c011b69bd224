import type { CollectionBeforeChangeHook } from 'payload'

import type { OutreachActivity } from '../../../payload-types'
import { type ActivityKind, REACH_BY_KIND, REACH_FIELDS } from '../../../vocabulary'

/**
 * Only the figures that fit the kind are kept (the admin hides the others, and skips their checks):
 * a figure left over from another kind would otherwise count in reports. Likewise the platform of a post.
 */
export const keepReachForKind: CollectionBeforeChangeHook<OutreachActivity> = ({ data, originalDoc }) => {
  const kind = (data.kind ?? originalDoc?.kind) as ActivityKind | undefined
  if (!kind) return data
  const reach = { ...(originalDoc?.reach ?? {}), ...(data.reach ?? {}) }
  for (const field of REACH_FIELDS) if (!REACH_BY_KIND[kind]?.includes(field)) reach[field] = null
  data.reach = reach
  if (kind !== 'social-post') data.platform = null
  return data
}
