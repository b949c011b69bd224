'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

export type ReviewAction = 'submit' | 'return' | 'approve' | 'withdraw'

export type ReviewEntry = { action: ReviewAction; byName: string | null; at: string; comment: string | null }

export type Publication =
  | { state: 'unpublished' }
  | { state: 'manual'; url: string }
  | { state: 'waiting'; startsAt: string | null; afterCurrent: boolean; estimateSeconds: number | null }
  | { state: 'building'; since: string; estimateSeconds: number | null }
  | { state: 'failed'; at: string; message: string }
  | { state: 'live'; url: string; at: string | null }

/** What GET /api/materials/:id/workflow answers (cms/collections/Materials/workflow/workflowState.ts). */
export type WorkflowState = {
  workflowStatus: string
  label: string
  published: boolean
  publication: Publication
  validFrom: string | null
  submittedAt: string | null
  reviewers: string[]
  reviewLog: ReviewEntry[]
  can: Record<ReviewAction, boolean>
  /** What to check before it goes public, not refusals (cms/collections/Materials/warnings.ts). */
  warnings: string[]
}

type ErrorBody = { errors?: { message: string }[]; message?: string }
type Entry = { state: WorkflowState | null; error: string | null; listeners: Set<() => void>; loading?: Promise<void> }

// One entry per document: the page header and the review panel show the same answer, fetched once.
const entries = new Map<string, Entry>()

function entryFor(url: string): Entry {
  let entry = entries.get(url)
  if (!entry) {
    entry = { state: null, error: null, listeners: new Set() }
    entries.set(url, entry)
  }
  return entry
}

async function load(url: string): Promise<void> {
  const entry = entryFor(url)
  entry.loading ??= (async () => {
    try {
      const response = await fetch(url, { credentials: 'include' })
      const body = (await response.json()) as WorkflowState & ErrorBody
      if (response.ok) Object.assign(entry, { state: body, error: null })
      else entry.error = body.errors?.[0]?.message ?? `Không đọc được trạng thái duyệt (HTTP ${response.status}).`
    } catch {
      entry.error = 'Không kết nối được tới CMS để đọc trạng thái duyệt.'
    } finally {
      entry.loading = undefined
      for (const listener of entry.listeners) listener()
    }
  })()
  return entry.loading
}

/** The material's review state as the server has it now; `reload` after a step changes it. */
export function useWorkflowState(): {
  id: string | number | undefined
  base: string
  state: WorkflowState | null
  error: string | null
  reload: () => Promise<void>
} {
  // lastUpdateTime moves on each save: the answer (its warnings above all) is read again then.
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const base = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}`
  const url = `${base}/workflow`
  const [, setTick] = useState(0)

  useEffect(() => {
    if (!id) return
    const entry = entryFor(url)
    const listener = () => setTick((tick) => tick + 1)
    entry.listeners.add(listener)
    // The first component showing this document (re)reads it: an earlier visit's answer may be stale.
    if (entry.listeners.size === 1 && !entry.loading) void load(url)
    return () => {
      entry.listeners.delete(listener)
    }
  }, [id, url, lastUpdateTime])

  const reload = useCallback(() => load(url), [url])
  const entry = id ? entryFor(url) : null
  return { id, base, state: entry?.state ?? null, error: entry?.error ?? null, reload }
}
