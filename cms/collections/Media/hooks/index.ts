import type { CollectionConfig } from 'payload'

import { requestSiteRebuildOnChange } from '../../../hooks/requestSiteRebuild'
import { auditUploadReplacement } from './auditUploadReplacement'
import { checkUpload } from './checkUpload'
import { describeUploadedFile, removeDerivedFiles, storeDerivedFiles } from './describeUploadedFile'
import { makeSmallVideo, removeSmallVideo, storeSmallVideo } from './makeSmallVideo'
import { makeBroadcastRendition, removeBroadcastRendition, storeBroadcastRendition } from './makeBroadcastRendition'
import { makeSocialRenditions, removeSocialRenditions, storeSocialRenditions } from './makeSocialRenditions'
import { recordUploader } from './recordUploader'

/** Every hook of the media collection, in the order Payload runs them within each stage. */
export const mediaHooks: NonNullable<CollectionConfig['hooks']> = {
  ...requestSiteRebuildOnChange,
  // Before Payload makes renditions or writes anything: a refused file leaves nothing behind.
  beforeOperation: [checkUpload],
  beforeChange: [
    ...requestSiteRebuildOnChange.beforeChange,
    describeUploadedFile,
    makeSmallVideo,
    makeBroadcastRendition,
    makeSocialRenditions,
  ],
  afterChange: [
    ...requestSiteRebuildOnChange.afterChange,
    storeDerivedFiles,
    storeSmallVideo,
    storeBroadcastRendition,
    storeSocialRenditions,
    auditUploadReplacement,
  ],
  afterDelete: [
    ...requestSiteRebuildOnChange.afterDelete,
    removeDerivedFiles,
    removeSmallVideo,
    removeBroadcastRendition,
    removeSocialRenditions,
  ],
}

/** The `uploadedBy` field's hook. */
export const uploadedByHooks = { beforeChange: [recordUploader] }
