import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { hasRole } from '../../../access'
import { type AuditAction, recordAudit } from '../../../audit/record'
import type { Material } from '../../../payload-types'
import { SCHEDULER_CONTEXT } from '../schedule'
import { WORKFLOW_CONTEXT_KEY } from './states'

const mainStatusKey = (id: Material['id']) => `workflowMainStatusBefore:${id}`

/** The main record's status: what the public sees (a draft save writes a version only). */
async function readMainStatus(req: PayloadRequest, id: Material['id']): Promise<string | null> {
  const main = (await req.payload.findByID({ collection: 'materials', id, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req })) as Material | null
  return main ? (main._status ?? 'published') : null
}

const isRestoring = (req: PayloadRequest): boolean => req.context.isRestoringVersion === true

/**
 * Keeps the review state in step with ordinary saves. The review endpoints
 * (and schedulers) set it themselves and mark the request, so they are left alone.
 * - publishing (editor's publish button, a scheduler) → approved;
 * - a new draft of an approved or scheduled material → draft again: it must be reviewed anew;
 * - a contributor's edit after submitting → draft again (the submission is withdrawn);
 * - restoring a version never rewinds the review history.
 */
const applyWorkflowState: CollectionBeforeChangeHook<Material> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const before = await readMainStatus(req, originalDoc.id)
    // Written after the read: a nested Local API call may give req a new context object.
    req.context[mainStatusKey(originalDoc.id)] = before
  }
  if (req.context[WORKFLOW_CONTEXT_KEY]) return data
  if (operation === 'create') {
    if (data._status === 'published') data.workflowStatus = 'approved'
    return data
  }
  const previous = originalDoc?.workflowStatus ?? 'draft'
  if (isRestoring(req)) {
    data.reviewLog = originalDoc?.reviewLog ?? []
    data.workflowStatus = data._status === 'published' ? 'approved' : 'draft'
    return data
  }
  // Someone with overrideAccess set a state on purpose (a script, a scheduler): keep it.
  if (data.workflowStatus !== undefined && data.workflowStatus !== previous) return data
  if (data._status === 'published') data.workflowStatus = 'approved'
  else if (data._status === 'draft' && (previous === 'approved' || previous === 'scheduled')) data.workflowStatus = 'draft'
  // A contributor who edits after submitting withdraws the submission: reviewers approve what was
  // submitted, so the changed draft has to be submitted again.
  else if (data._status === 'draft' && previous === 'submitted' && hasRole(req.user, 'contributor')) data.workflowStatus = 'draft'
  return data
}

/** One audit entry per thing a person did: create, content save, publish, unpublish, restore. */
const auditChange: CollectionAfterChangeHook<Material> = async ({ doc, operation, req }) => {
  const entry = { collection: 'materials', docId: doc.id, title: doc.title }
  // The scheduler records its own 'publish' and 'expire' entries.
  if (req.context[SCHEDULER_CONTEXT]) return doc
  if (operation === 'create') {
    await recordAudit(req, { ...entry, action: 'create' })
    if (doc._status === 'published') await recordAudit(req, { ...entry, action: 'publish' })
    return doc
  }
  const before = req.context[mainStatusKey(doc.id)] as string | null | undefined
  const after = await readMainStatus(req, doc.id)
  const workflowAction = req.context[WORKFLOW_CONTEXT_KEY] as string | undefined
  const publishing = doc._status === 'published' && after === 'published'
  const unpublishing = before === 'published' && after !== 'published'
  const actions: AuditAction[] = []
  if (isRestoring(req)) actions.push('restore')
  if (publishing && (before !== 'published' || !isRestoring(req))) actions.push('publish')
  // A scheduler that expires a material records 'expire' itself.
  else if (unpublishing && workflowAction !== 'expire') actions.push('unpublish')
  // The review endpoints record submit/return/approve themselves: their save is not a content edit.
  else if (!unpublishing && !workflowAction && !isRestoring(req)) actions.push('update')
  for (const action of actions) await recordAudit(req, { ...entry, action })
  return doc
}

const auditDelete: CollectionAfterDeleteHook<Material> = async ({ doc, req }) => {
  await recordAudit(req, { action: 'delete', collection: 'materials', docId: doc.id, title: doc.title })
  return doc
}

export const workflowHooks: NonNullable<CollectionConfig['hooks']> = {
  beforeChange: [applyWorkflowState],
  afterChange: [auditChange],
  afterDelete: [auditDelete],
}
