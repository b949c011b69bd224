import type { CollectionConfig } from 'payload'

import { requestSiteRebuildOnChange } from '../../../hooks/requestSiteRebuild'
import { auditMaterialChange, auditMaterialDelete, rememberPublicStatus } from './auditMaterialChanges'
import { keepReviewStateInStep } from './keepReviewStateInStep'
import { keepTombstoneInStep, removeTombstone } from './keepTombstoneInStep'
import { readPublishedForPublic } from './readPublishedForPublic'
import { refuseBadTranslationLink } from './refuseBadTranslationLink'
import { refuseContributorOverreach } from './refuseContributorOverreach'
import { refuseEditWhileInReview } from './refuseEditWhileInReview'
import { refusePublishOutsideValidity } from './refusePublishOutsideValidity'
import { routePublishThroughReview } from './routePublishThroughReview'
import {
  rememberShownMedia,
  updateMediaVisibilityOnChange,
  updateMediaVisibilityOnDelete,
} from './updateMediaVisibility'

/**
 * Every hook of the materials collection. Payload runs each stage's list in
 * order: the "remember" hooks read the public record before the save, and
 * their partners compare it with the record after.
 */
export const materialHooks: NonNullable<CollectionConfig['hooks']> = {
  ...requestSiteRebuildOnChange,
  beforeOperation: [readPublishedForPublic],
  beforeValidate: [refuseEditWhileInReview, refuseContributorOverreach],
  beforeChange: [
    rememberPublicStatus,
    keepReviewStateInStep,
    refusePublishOutsideValidity,
    refuseBadTranslationLink,
    routePublishThroughReview,
    ...requestSiteRebuildOnChange.beforeChange,
    rememberShownMedia,
  ],
  afterChange: [
    auditMaterialChange,
    keepTombstoneInStep,
    ...requestSiteRebuildOnChange.afterChange,
    updateMediaVisibilityOnChange,
  ],
  beforeDelete: [removeTombstone],
  afterDelete: [auditMaterialDelete, ...requestSiteRebuildOnChange.afterDelete, updateMediaVisibilityOnDelete],
}
