'use client'

import { PublishButton, UnpublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps, UnpublishButtonClientProps } from 'payload'
import React from 'react'

import type { User } from '../../payload-types'

// Unit contributors submit for review instead (the review panel in the sidebar);
// the access rules refuse their publish anyway, this only keeps the button out of sight.
const isContributor = (user: unknown): boolean => (user as Pick<User, 'role'> | null)?.role === 'contributor'

/** Payload's Publish button, for everyone but unit contributors. */
export function PublishButtonForRole(props: PublishButtonClientProps): React.ReactNode {
  const { user } = useAuth()
  return isContributor(user) ? null : <PublishButton {...props} />
}

/** Payload's Unpublish button, for everyone but unit contributors. */
export function UnpublishButtonForRole(props: UnpublishButtonClientProps): React.ReactNode {
  const { user } = useAuth()
  return isContributor(user) ? null : <UnpublishButton {...props} />
}
