import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { isPublicAnswer } from '../../../feedback/moderation/answerRules'
import { type SiteChange, queueSiteRebuild } from '../../../hooks/requestSiteRebuild'
import type { Feedback } from '../../../payload-types'
import { FEEDBACK_PUBLIC_FIELDS, relationId } from '../../../vocabulary'

/** The pages an item shows on: its material's (rebuilt alone), or a procedure's (a full build). */
function changesOf(...docs: (Feedback | null | undefined)[]): SiteChange[] {
  const materials = new Set<string | number>()
  let procedure = false
  for (const doc of docs) {
    const material = relationId(doc?.material)
    if (material !== null) materials.add(material)
    else if (relationId(doc?.procedure) !== null) procedure = true
  }
  if (procedure) return [{ scope: 'full' }]
  return [...materials].map((material) => ({ scope: 'material', material }))
}

async function request(req: PayloadRequest, reason: string, changes: SiteChange[]): Promise<void> {
  for (const change of changes) await queueSiteRebuild(req, reason, change)
}

const shownChanged = (before: Feedback, after: Feedback): boolean =>
  FEEDBACK_PUBLIC_FIELDS.some(
    (field) =>
      JSON.stringify(relationId(before[field]) ?? before[field] ?? null) !==
      JSON.stringify(relationId(after[field]) ?? after[field] ?? null),
  )

/**
 * An answer going on the public page, changing there, or leaving it (status changed, sent back to
 * review) requests a rebuild of the pages it shows on, through the same site-change path as a
 * material's publish: it is on the static page after the next build.
 */
export const requestRebuildOnAnswer: CollectionAfterChangeHook<Feedback> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const was = isPublicAnswer(previousDoc)
  const is = isPublicAnswer(doc)
  if (!was && !is) return doc
  if (was === is && !shownChanged(previousDoc, doc)) return doc
  await request(req, is ? 'feedback:answer' : 'feedback:unpublish', changesOf(previousDoc, doc))
  return doc
}

export const requestRebuildOnAnswerDelete: CollectionAfterDeleteHook<Feedback> = async ({ doc, req }) => {
  if (isPublicAnswer(doc)) await request(req, 'feedback:delete', changesOf(doc))
  return doc
}
