'use client'

import { UnpublishButton, useAuth } from '@payloadcms/ui'
import type { UnpublishButtonClientProps } from 'payload'
import React from 'react'

import type { User } from '../../payload-types'

/**
 * No publish button of Payload's own, for anyone: a material is published by
 * «Duyệt và xuất bản» in the review panel, the one way that keeps the review
 * history (a direct publish through REST is held to the same rule by
 * hooks/routePublishThroughReview.ts).
 */
export function NoPublishButton(): React.ReactNode {
  return null
}

const isContributor = (user: unknown): boolean => (user as Pick<User, 'role'> | null)?.role === 'contributor'

/** Payload's Unpublish button, for everyone but unit contributors (their access rules refuse it anyway). */
export function UnpublishButtonForRole(props: UnpublishButtonClientProps): React.ReactNode {
  const { user } = useAuth()
  return isContributor(user) ? null : <UnpublishButton {...props} />
}
