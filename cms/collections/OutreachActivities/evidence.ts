import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { relationId } from '../../access'
import type { OutreachActivity } from '../../payload-types'

type EvidenceRow = NonNullable<OutreachActivity['evidence']>[number]

const isWebLink = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** Each row is a file or a link (or both); a link is a web address. */
export const validateEvidence = (rows: unknown): true | string => {
  if (!Array.isArray(rows)) return true
  for (const [index, row] of (rows as EvidenceRow[]).entries()) {
    const url = row?.url?.trim()
    if (!relationId(row?.file) && !url)
      return `Minh chứng thứ ${index + 1} chưa có tệp hay đường liên kết: hãy chọn tệp, dán liên kết hoặc xóa dòng đó.`
    if (url && !isWebLink(url))
      return `Đường liên kết của minh chứng thứ ${index + 1} («${url}») không phải địa chỉ web (bắt đầu bằng https://).`
  }
  return true
}

export const evidenceFileIds = (rows: OutreachActivity['evidence'] | null | undefined): (string | number)[] =>
  (rows ?? []).map((row) => relationId(row?.file)).filter((id): id is string | number => id !== undefined)

const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf']

/**
 * An evidence file is a photo or a scanned list (image or PDF), and never a file the public site shows:
 * a participants' list is personal data, and a file a published material uses is public.
 * Upload checks (type sniffing, size limits) already ran when the file was uploaded to the media library.
 */
export async function refuseUnfitEvidence(req: PayloadRequest, rows: OutreachActivity['evidence']): Promise<void> {
  const ids = evidenceFileIds(rows)
  if (ids.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: { filename: true, originalName: true, mimeType: true, publiclyVisible: true },
    overrideAccess: true,
    req,
  })
  for (const doc of docs) {
    const name = doc.originalName || doc.filename || String(doc.id)
    if (!EVIDENCE_TYPES.includes(doc.mimeType ?? ''))
      throw new APIError(
        `Tệp «${name}» không dùng làm minh chứng được: minh chứng là ảnh chụp (JPEG, PNG, WebP) hoặc bản chụp danh sách (PDF, ảnh). Hoạt động chưa được lưu; các ô đã nhập vẫn giữ nguyên.`,
        400,
        { field: 'evidence' },
        true,
      )
    if (doc.publiclyVisible)
      throw new APIError(
        `Tệp «${name}» đang công khai trên trang (một tài liệu đã xuất bản dùng nó), nên không dùng làm minh chứng được: minh chứng không bao giờ công khai. Hãy tải lên một tệp riêng. Hoạt động chưa được lưu; các ô đã nhập vẫn giữ nguyên.`,
        400,
        { field: 'evidence' },
        true,
      )
  }
}

/**
 * Marks the activity's evidence files as belonging to its unit (Media's `evidenceUnit`): from then on only
 * the editorial team and that unit's contributors read them, and no material can make them public
 * (cms/access/publiclyVisibleMedia.ts, collections/Materials/hooks/updateMediaVisibility.ts).
 * Written straight to the database: no media hooks, no site rebuild.
 */
export async function markEvidence(req: PayloadRequest, activity: OutreachActivity): Promise<void> {
  const ids = evidenceFileIds(activity.evidence)
  const unit = relationId(activity.unit)
  if (ids.length === 0 || unit === undefined) return
  await req.payload.db.updateMany({
    collection: 'media',
    where: {
      and: [{ id: { in: ids } }, { or: [{ evidenceUnit: { exists: false } }, { evidenceUnit: { not_equals: unit } }] }],
    },
    data: { evidenceUnit: unit, publiclyVisible: false },
    req,
    returning: false,
  })
}
