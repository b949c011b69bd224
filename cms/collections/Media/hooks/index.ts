import type { CollectionConfig } from 'payload'

import { requestSiteRebuildOnChange } from '../../../hooks/requestSiteRebuild'
import { auditUploadReplacement } from './auditUploadReplacement'
import { checkUpload } from './checkUpload'
import { removeDerivedFilesOf, storeDerivedFiles } from './derivedFiles'
import { describeUploadedFile } from './describeUploadedFile'
import { makeBroadcastRendition } from './makeBroadcastRendition'
import { makeSmallVideo } from './makeSmallVideo'
import { makeSocialRenditions } from './makeSocialRenditions'
import { recordUploader } from './recordUploader'

/** Every hook of the media collection, in the order Payload runs them within each stage. */
export const mediaHooks: NonNullable<CollectionConfig['hooks']> = {
  ...requestSiteRebuildOnChange,
  // Before Payload makes renditions or writes anything: a refused file leaves nothing behind.
  beforeOperation: [checkUpload],
  // describeUploadedFile runs first: it reads the duration the others use and starts the processing note.
  beforeChange: [
    ...requestSiteRebuildOnChange.beforeChange,
    describeUploadedFile,
    makeSmallVideo,
    makeBroadcastRendition,
    makeSocialRenditions,
  ],
  afterChange: [...requestSiteRebuildOnChange.afterChange, storeDerivedFiles, auditUploadReplacement],
  afterDelete: [...requestSiteRebuildOnChange.afterDelete, removeDerivedFilesOf],
}

/** The `uploadedBy` field's hook. */
export const uploadedByHooks = { beforeChange: [recordUploader] }
