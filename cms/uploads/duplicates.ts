import crypto from 'node:crypto'

import { APIError, type Payload, type PayloadRequest } from 'payload'

import type { Media } from '../payload-types'

export const sha256Of = (data: Buffer | Uint8Array): string => crypto.createHash('sha256').update(data).digest('hex')

const HEX_SHA256 = /^[0-9a-f]{64}$/

export type ExistingMedia = Pick<Media, 'id' | 'filename' | 'mimeType' | 'alt'>

/**
 * The media document already holding these bytes: its stored checksum, or the
 * checksum of what was uploaded before an image was re-encoded. Every signed-in
 * account may read every media document, so naming it reveals nothing new.
 */
export async function findMediaByChecksum(
  payload: Payload,
  checksums: readonly string[],
  req?: PayloadRequest,
): Promise<ExistingMedia | null> {
  const wanted = [...new Set(checksums.map((c) => c.toLowerCase()).filter((c) => HEX_SHA256.test(c)))]
  if (wanted.length === 0) return null
  const { docs } = await payload.find({
    collection: 'media',
    where: { or: [{ sha256: { in: wanted } }, { sourceSha256: { in: wanted } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { filename: true, mimeType: true, alt: true },
    req,
  })
  const doc = docs[0]
  return doc ? { id: doc.id, filename: doc.filename, mimeType: doc.mimeType, alt: doc.alt } : null
}

/** The editor's words for the library already holding the file (the admin shows the same sentence). */
export const duplicateNotice = (existing: Pick<Media, 'id' | 'filename'>): string =>
  `Tệp này đã có trong thư viện: ${existing.filename ?? `tệp mã ${existing.id}`}`

/** 409: nothing was stored; the answer names the existing document so a client can use it instead. */
export function duplicateUploadError(shownName: string, existing: ExistingMedia): APIError {
  return new APIError(
    `${duplicateNotice(existing)} (mã ${existing.id}). Tệp "${shownName}" không được lưu thêm một bản nữa. ` +
      'Hãy dùng tệp đã có (nút «Chọn từ thư viện» ở trường tệp), hoặc tải lên một tệp có nội dung khác.',
    409,
    {
      file: shownName,
      reason: 'duplicate',
      existing: { id: existing.id, filename: existing.filename, mimeType: existing.mimeType },
    },
    true,
  )
}
