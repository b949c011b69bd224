import type { PayloadRequest } from 'payload'

import { now } from '../../../lib/clock'
import type { Material } from '../../../payload-types'
import { formatDate } from '../../../vocabulary'
import { reviewEntry } from './reviewEntry'
import { type ReviewAction, WORKFLOW_CONTEXT_KEY } from './states'

/** The state each step leaves a material in (approval publishes, unless its valid-from is still ahead). */
const STATE_AFTER: Record<ReviewAction, NonNullable<Material['workflowStatus']>> = {
  submit: 'submitted',
  return: 'returned',
  approve: 'approved',
  withdraw: 'draft',
}

// Only the fields Payload manages itself are left out; everything the contributor saved is published as is.
function contentOf(material: Material): Partial<Material> {
  const {
    id: _id,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    _status,
    workflowStatus: _state,
    reviewLog: _log,
    ...content
  } = material
  return content
}

/**
 * Writes one review step (already checked by the endpoint): the new state and
 * the history line, and for an approval the submitted version as the public
 * one. Returns what to add to the answer ("Đã xuất bản.", the publish date).
 */
export async function applyReviewStep(
  req: PayloadRequest,
  material: Material,
  action: ReviewAction,
  comment: string,
): Promise<string | undefined> {
  const reviewLog = [...(material.reviewLog ?? []), reviewEntry(req, action, comment)]
  req.context[WORKFLOW_CONTEXT_KEY] = action
  const validFrom = material.validFrom ? new Date(material.validFrom) : null
  const scheduled = action === 'approve' && validFrom !== null && validFrom > now()

  if (action === 'approve' && !scheduled) {
    // Publishing the latest version: the main record takes exactly what was submitted.
    await req.payload.update({
      collection: 'materials',
      id: material.id,
      data: { ...contentOf(material), _status: 'published', workflowStatus: 'approved', reviewLog },
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return 'Đã xuất bản.'
  }
  // A draft save: never touches what the public sees (an earlier published version stays live).
  await req.payload.update({
    collection: 'materials',
    id: material.id,
    data: { workflowStatus: scheduled ? 'scheduled' : STATE_AFTER[action], reviewLog, _status: 'draft' },
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return scheduled ? `Sẽ xuất bản vào ngày hiệu lực ${formatDate(material.validFrom as string)}.` : undefined
}
