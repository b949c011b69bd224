import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { type AuditAction, recordAudit } from '../../../audit/record'
import type { Material } from '../../../payload-types'
import { SCHEDULER_CONTEXT } from '../schedule'
import { WORKFLOW_CONTEXT_KEY, isRestoringVersion } from '../workflow/states'

const mainStatusKey = (id: Material['id']) => `workflowMainStatusBefore:${id}`

/** The main record's status: what the public sees (a draft save writes a version only). */
async function readMainStatus(req: PayloadRequest, id: Material['id']): Promise<string | null> {
  const main = (await req.payload.findByID({
    collection: 'materials',
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Material | null
  return main ? (main._status ?? 'published') : null
}

/** Before a save: the public status, so that the audit can tell a publish or an unpublish from an edit. */
export const rememberPublicStatus: CollectionBeforeChangeHook<Material> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const before = await readMainStatus(req, originalDoc.id)
    // Written after the read: a nested Local API call may give req a new context object.
    req.context[mainStatusKey(originalDoc.id)] = before
  }
  return data
}

/** One audit entry per thing a person did: create, content save, publish, unpublish, restore. */
export const auditMaterialChange: CollectionAfterChangeHook<Material> = async ({ doc, operation, req }) => {
  const entry = { collection: 'materials', docId: doc.id, docCreatedAt: doc.createdAt, title: doc.title }
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
  const restoring = isRestoringVersion(req)
  const publishing = doc._status === 'published' && after === 'published'
  const unpublishing = before === 'published' && after !== 'published'
  const actions: AuditAction[] = []
  if (restoring) actions.push('restore')
  if (publishing && (before !== 'published' || !restoring)) actions.push('publish')
  // A scheduler that expires a material records 'expire' itself.
  else if (unpublishing && workflowAction !== 'expire') actions.push('unpublish')
  // The review endpoints record submit/return/approve themselves: their save is not a content edit.
  else if (!unpublishing && !workflowAction && !restoring) actions.push('update')
  for (const action of actions) await recordAudit(req, { ...entry, action })
  return doc
}

export const auditMaterialDelete: CollectionAfterDeleteHook<Material> = async ({ doc, req }) => {
  await recordAudit(req, {
    action: 'delete',
    collection: 'materials',
    docId: doc.id,
    docCreatedAt: doc.createdAt,
    title: doc.title,
  })
  return doc
}
