import type { Payload } from 'payload'

import { bodyMediaIds, type DocId as MediaId, referencedMediaIds, relationId } from '../vocabulary'

export interface MediaVisibilityBackfill {
  materials: number
  /** Materials whose hidden `bodyMedia` list did not match their body. */
  bodyMediaFixed: number
  madePublic: number
  madePrivate: number
  milliseconds: number
}

const PAGE = 500

const sameIds = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, index) => String(value) === String(b[index]))

/**
 * Makes every file's `publiclyVisible` flag and every material's `bodyMedia`
 * list agree with the materials' main records, for data saved before the hooks
 * (collections/Materials/hooks/updateMediaVisibility.ts) kept them. Idempotent: writes only what
 * differs, so it runs on every `npm start` and after `pnpm seed`. One pass over
 * the main records, 500 at a time (10,000 materials: about twenty reads).
 */
export async function backfillMediaVisibility(payload: Payload): Promise<MediaVisibilityBackfill> {
  const started = Date.now()
  const media = await payload.find({
    collection: 'media',
    depth: 0,
    pagination: false,
    select: { publiclyVisible: true, evidenceUnit: true },
    overrideAccess: true,
  })
  const existing = new Set(media.docs.map((doc) => String(doc.id)))
  const shown = new Set<string>()
  let materials = 0
  let bodyMediaFixed = 0

  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'materials',
      draft: false,
      depth: 0,
      limit: PAGE,
      page,
      sort: 'id',
      select: { _status: true, coverImage: true, captions: true, files: true, body: true, bodyMedia: true },
      overrideAccess: true,
    })
    for (const material of result.docs) {
      materials++
      const derived = bodyMediaIds(material.body).filter((id) => existing.has(String(id)))
      if (!sameIds(derived, (material.bodyMedia ?? []).map(relationId))) {
        await payload.db.updateOne({
          collection: 'materials',
          id: material.id,
          data: { bodyMedia: derived },
          returning: false,
        })
        bodyMediaFixed++
      }
      if (material._status === 'published') for (const id of referencedMediaIds(material)) shown.add(String(id))
    }
    if (!result.hasNextPage) break
  }

  const toPublic: MediaId[] = []
  const toPrivate: MediaId[] = []
  for (const doc of media.docs) {
    // An outreach activity's evidence is personal data: never public, whatever shows it.
    const visible = shown.has(String(doc.id)) && !doc.evidenceUnit
    if (visible !== (doc.publiclyVisible === true)) (visible ? toPublic : toPrivate).push(doc.id)
  }
  for (const [ids, visible] of [
    [toPublic, true],
    [toPrivate, false],
  ] as const) {
    for (let i = 0; i < ids.length; i += PAGE) {
      await payload.db.updateMany({
        collection: 'media',
        where: { id: { in: ids.slice(i, i + PAGE) } },
        data: { publiclyVisible: visible },
        returning: false,
      })
    }
  }
  return {
    materials,
    bodyMediaFixed,
    madePublic: toPublic.length,
    madePrivate: toPrivate.length,
    milliseconds: Date.now() - started,
  }
}

/** "Quyền xem tệp: 12 tệp được công khai, 3 tệp ẩn đi (đã rà 47 tài liệu trong 0,2 giây)." */
export function describeMediaVisibilityBackfill(summary: MediaVisibilityBackfill): string {
  const seconds = (summary.milliseconds / 1000).toFixed(1).replace('.', ',')
  const fixed = summary.bodyMediaFixed ? `, cập nhật danh sách tệp nhúng của ${summary.bodyMediaFixed} tài liệu` : ''
  return `Quyền xem tệp: ${summary.madePublic} tệp được công khai, ${summary.madePrivate} tệp ẩn đi${fixed} (đã rà ${summary.materials} tài liệu trong ${seconds} giây).`
}
