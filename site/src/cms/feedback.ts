/**
 * Citizens' questions answered in public (issue 19), as the site reads them: only what the CMS shows
 * anonymous readers (`overrideAccess: false`: the collection's read rule gives items answered in public
 * with an approved answer, and its field access hides everything but the public fields; the state fields
 * being hidden, no query can name them, so the rule is the filter), and of those only the fields a page shows.
 * Read whole at every build, full or incremental (a few rows per material): a changed answer reaches its
 * page as soon as that page is rendered, which the moderation's rebuild request for the material makes happen.
 */
import { FEEDBACK_PUBLIC_FIELDS, idOf } from '@dvctt/cms/vocabulary'

import type { FeedbackView, PublicFeedback, SiteData } from './types'

export const FEEDBACK_COLLECTION = 'feedback' as const

/** The public fields the site reads (a `select`: the staff-only text and contact never leave the CMS). */
export const FEEDBACK_SELECT = Object.fromEntries(FEEDBACK_PUBLIC_FIELDS.map((field) => [field, true])) as Record<
  (typeof FEEDBACK_PUBLIC_FIELDS)[number],
  true
>

function viewOf(item: PublicFeedback): FeedbackView | null {
  const question = item.publicText?.trim()
  const answer = item.answer?.trim()
  if (!question || !answer) return null
  return {
    kind: item.kind === 'mistake' ? 'mistake' : 'question',
    question,
    name: item.name?.trim() || null,
    answer,
    answeredBy: item.answeredBy?.trim() || 'Ban biên tập thư viện',
    answeredAt: item.answeredAt ?? null,
    createdAt: item.createdAt,
  }
}

/** The published answers by material id and by procedure id, the newest answer first. */
export function feedbackIndex(items: readonly PublicFeedback[]): SiteData['feedback'] {
  const byMaterial = new Map<string, FeedbackView[]>()
  const byProcedure = new Map<string, FeedbackView[]>()
  const newest = [...items].sort((a, b) => (b.answeredAt ?? b.createdAt).localeCompare(a.answeredAt ?? a.createdAt))
  for (const item of newest) {
    const view = viewOf(item)
    if (!view) continue
    const material = idOf(item.material)
    const procedure = idOf(item.procedure)
    const into = material ? byMaterial : procedure ? byProcedure : null
    const key = material ?? procedure
    if (!into || !key) continue
    into.set(key, [...(into.get(key) ?? []), view])
  }
  return { byMaterial, byProcedure }
}
