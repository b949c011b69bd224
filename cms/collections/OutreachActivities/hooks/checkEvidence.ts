import type { CollectionAfterChangeHook, CollectionBeforeValidateHook } from 'payload'

import type { OutreachActivity } from '../../../payload-types'
import { markEvidence, refuseUnfitEvidence } from '../evidence'

/** Before validation: evidence files are photos or PDFs that nothing public shows (evidence.ts). */
export const refuseUnfitEvidenceFiles: CollectionBeforeValidateHook<OutreachActivity> = async ({ data, req }) => {
  if (data && 'evidence' in data) await refuseUnfitEvidence(req, data.evidence)
  return data
}

/** After the save: the files become the unit's private evidence. */
export const markEvidenceFiles: CollectionAfterChangeHook<OutreachActivity> = async ({ doc, req }) => {
  await markEvidence(req, doc)
  return doc
}
