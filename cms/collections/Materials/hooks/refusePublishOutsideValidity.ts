import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { now } from '../../../lib/clock'
import type { Material } from '../../../payload-types'
import { formatDate } from '../../../vocabulary'
import { SCHEDULER_CONTEXT } from '../schedule'

type MaterialData = Partial<Material>

const pick = <K extends keyof Material>(
  key: K,
  data: MaterialData,
  original: MaterialData | undefined,
): Material[K] | undefined => (data[key] !== undefined ? (data[key] as Material[K]) : original?.[key])

/**
 * A person publishing outside the validity window is refused, with the reason:
 * publishing before valid-from would show a material that is not in force yet
 * (approval schedules it instead, and the scheduler publishes it on the day),
 * and publishing after valid-until would be undone by the scheduler within a
 * minute. Scripts and the scheduler (no signed-in user) are trusted.
 */
export const refusePublishOutsideValidity: CollectionBeforeChangeHook<Material> = ({ data, originalDoc, req }) => {
  if (!req.user || req.context[SCHEDULER_CONTEXT] || data._status !== 'published') return data
  const at = now()
  const validFrom = pick('validFrom', data, originalDoc)
  const validUntil = pick('validUntil', data, originalDoc)
  if (validUntil && new Date(validUntil) <= at) {
    throw new APIError(
      `Không xuất bản được: tài liệu đã hết hiệu lực từ ngày ${formatDate(validUntil)} (trường «Hiệu lực đến ngày»). ` +
        'Thay đổi vừa rồi chưa được lưu; bản đang công khai (nếu có) giữ nguyên. ' +
        'Hãy lùi ngày hết hiệu lực hoặc để trống trường đó rồi xuất bản lại, hoặc chỉ lưu bản nháp.',
      400,
      { field: 'validUntil' },
      true,
    )
  }
  if (validFrom && new Date(validFrom) > at) {
    throw new APIError(
      `Chưa xuất bản được: tài liệu chỉ có hiệu lực từ ngày ${formatDate(validFrom)} (trường «Hiệu lực từ ngày»). ` +
        'Thay đổi vừa rồi chưa được lưu; bản đang công khai (nếu có) giữ nguyên. ' +
        'Hãy lưu bản nháp và gửi duyệt: tài liệu đã duyệt sẽ tự xuất bản vào ngày hiệu lực. Hoặc đổi ngày hiệu lực về hôm nay để xuất bản ngay.',
      400,
      { field: 'validFrom' },
      true,
    )
  }
  return data
}
