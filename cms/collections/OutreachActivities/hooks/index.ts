import type { CollectionConfig } from 'payload'

import { auditActivityChange, auditActivityDelete } from './auditActivityChanges'
import { markEvidenceFiles, refuseUnfitEvidenceFiles } from './checkEvidence'
import { keepReachForKind } from './keepReachForKind'
import { refuseAuthorOverreach } from './refuseAuthorOverreach'
import { stampTitle } from './stampTitle'

/** Every hook of the outreach activities, in the order Payload runs them within each stage. */
export const activityHooks: NonNullable<CollectionConfig['hooks']> = {
  beforeValidate: [refuseAuthorOverreach, refuseUnfitEvidenceFiles],
  beforeChange: [keepReachForKind, stampTitle],
  afterChange: [markEvidenceFiles, auditActivityChange],
  afterDelete: [auditActivityDelete],
}
