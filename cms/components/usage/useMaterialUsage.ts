'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { MaterialUsage } from '../../usageStats/materialUsage'

export type MaterialUsageAnswer = MaterialUsage & { note: string }

type ErrorBody = { errors?: { message: string }[] }

/** The material's counts from GET /api/materials/:id/usage, read once when the edit view opens. */
export function useMaterialUsage(): {
  id: string | number | undefined
  usage: MaterialUsageAnswer | null
  error: string | null
} {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const url = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/usage`
  const [usage, setUsage] = useState<MaterialUsageAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    let current = true
    void (async () => {
      try {
        const response = await fetch(url, { credentials: 'include' })
        const body = (await response.json()) as MaterialUsageAnswer & ErrorBody
        if (!current) return
        if (response.ok) setUsage(body)
        else setError(body.errors?.[0]?.message ?? `Không đọc được lượt sử dụng (HTTP ${response.status}).`)
      } catch {
        if (current) setError('Không kết nối được tới CMS để đọc lượt sử dụng.')
      }
    })()
    return () => {
      current = false
    }
  }, [id, url])

  return { id, usage, error }
}
