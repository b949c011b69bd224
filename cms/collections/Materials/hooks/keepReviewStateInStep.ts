import type { CollectionBeforeChangeHook } from 'payload'

import type { Material } from '../../../payload-types'
import { WORKFLOW_CONTEXT_KEY, isRestoringVersion } from '../workflow/states'

/**
 * Keeps the review state in step with ordinary saves. The review endpoints
 * (and schedulers) set it themselves and mark the request, so they are left alone.
 * - publishing (an approval through REST, a scheduler) → approved (routePublishThroughReview.ts checks it);
 * - a new draft of an approved, scheduled or expired material → draft again: it must be reviewed anew
 *   (and can then be submitted: there is no other way to publish it again);
 * - a reviewer's own fix while it waits keeps it waiting (contributors cannot edit it then:
 *   refuseEditWhileInReview.ts; they withdraw it explicitly);
 * - restoring a version never rewinds the review history.
 */
export const keepReviewStateInStep: CollectionBeforeChangeHook<Material> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (req.context[WORKFLOW_CONTEXT_KEY]) return data
  if (operation === 'create') {
    if (data._status === 'published') data.workflowStatus = 'approved'
    return data
  }
  const previous = originalDoc?.workflowStatus ?? 'draft'
  if (isRestoringVersion(req)) {
    data.reviewLog = originalDoc?.reviewLog ?? []
    data.workflowStatus = data._status === 'published' ? 'approved' : 'draft'
    return data
  }
  // Someone with overrideAccess set a state on purpose (a script, a scheduler): keep it.
  if (data.workflowStatus !== undefined && data.workflowStatus !== previous) return data
  if (data._status === 'published') data.workflowStatus = 'approved'
  else if (data._status === 'draft' && (previous === 'approved' || previous === 'scheduled' || previous === 'expired'))
    data.workflowStatus = 'draft'
  return data
}
