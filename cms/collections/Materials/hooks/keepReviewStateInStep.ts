import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../access'
import type { Material } from '../../../payload-types'
import { WORKFLOW_CONTEXT_KEY, isRestoringVersion } from '../workflow/states'

/**
 * Keeps the review state in step with ordinary saves. The review endpoints
 * (and schedulers) set it themselves and mark the request, so they are left alone.
 * - publishing (editor's publish button, a scheduler) → approved;
 * - a new draft of an approved or scheduled material → draft again: it must be reviewed anew;
 * - a contributor's edit after submitting → draft again (the submission is withdrawn);
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
  else if (data._status === 'draft' && (previous === 'approved' || previous === 'scheduled'))
    data.workflowStatus = 'draft'
  // A contributor who edits after submitting withdraws the submission: reviewers approve what was
  // submitted, so the changed draft has to be submitted again.
  else if (data._status === 'draft' && previous === 'submitted' && hasRole(req.user, 'contributor'))
    data.workflowStatus = 'draft'
  return data
}
