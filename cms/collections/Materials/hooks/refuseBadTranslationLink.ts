import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Material } from '../../../payload-types'
import { idOf, languageEntry, relationId } from '../../../vocabulary'

const refuse = (message: string): never => {
  throw new APIError(`${message} Thay đổi chưa được lưu.`, 400, { field: 'translationOf' }, true)
}

const languageName = (value: string | null | undefined) => languageEntry(value).label.vi

/**
 * «Là bản ngôn ngữ khác của» links a language version to its original, one level deep: every version
 * points at the original, and an original has no original of its own. Refused, with the reason: a link
 * to the material itself, to a material that is itself a version (a chain), to an original in the same
 * language, and making an original that has versions into a version. The site's language switcher and
 * «Cần bản dịch» read the links as one original with its versions.
 */
export const refuseBadTranslationLink: CollectionBeforeChangeHook<Material> = async ({
  data,
  operation,
  originalDoc: stored,
  req,
}) => {
  // On create Payload hands over a document without an id (or the one being duplicated): not this material.
  const originalDoc = operation === 'update' ? stored : undefined
  const targetId = relationId(data.translationOf !== undefined ? data.translationOf : originalDoc?.translationOf)
  if (targetId === null) {
    await refuseOriginalInVersionsLanguage(data, originalDoc, req)
    return data
  }
  const ownId = originalDoc?.id ?? null
  if (ownId !== null && idOf(ownId) === idOf(targetId)) {
    refuse('Một tài liệu không thể là bản ngôn ngữ khác của chính nó: hãy chọn tài liệu gốc khác, hoặc để trống.')
  }
  const target = await req.payload
    .findByID({ collection: 'materials', id: targetId, depth: 0, draft: true, overrideAccess: true, req })
    .catch(() => null)
  if (!target) refuse('Không tìm thấy tài liệu gốc đã chọn ở trường «Là bản ngôn ngữ khác của».')
  const original = target as Material
  if (relationId(original.translationOf) !== null) {
    refuse(
      `«${original.title}» đã là bản ngôn ngữ khác của một tài liệu khác, nên không làm tài liệu gốc được. ` +
        'Hãy chọn chính tài liệu gốc (bản tiếng Việt) của nó.',
    )
  }
  const language = data.language ?? originalDoc?.language ?? 'vi'
  if ((original.language ?? 'vi') === language) {
    refuse(
      `Bản ngôn ngữ khác phải khác ngôn ngữ với tài liệu gốc: «${original.title}» cũng là ${languageName(language)}. ` +
        'Hãy đổi trường «Ngôn ngữ» hoặc chọn tài liệu gốc khác.',
    )
  }
  if (ownId !== null) {
    const versions = await req.payload.find({
      collection: 'materials',
      where: { translationOf: { equals: ownId } },
      depth: 0,
      limit: 3,
      draft: true,
      overrideAccess: true,
      req,
    })
    if (versions.totalDocs > 0) {
      const titles = versions.docs.map((doc) => `«${doc.title}»`).join(', ')
      refuse(
        `Tài liệu này đang là tài liệu gốc của ${versions.totalDocs} bản ngôn ngữ khác (${titles}), nên không thể trở thành bản dịch của tài liệu khác. ` +
          'Hãy chuyển các bản đó sang tài liệu gốc mới trước.',
      )
    }
  }
  return data
}

/** An original whose language is changed to that of one of its versions would have two texts in one language. */
async function refuseOriginalInVersionsLanguage(
  data: Partial<Material>,
  originalDoc: Material | undefined,
  req: Parameters<CollectionBeforeChangeHook<Material>>[0]['req'],
): Promise<void> {
  if (originalDoc?.id == null || !data.language || data.language === originalDoc.language) return
  const clash = await req.payload.find({
    collection: 'materials',
    where: { and: [{ translationOf: { equals: originalDoc.id } }, { language: { equals: data.language } }] },
    depth: 0,
    limit: 1,
    draft: true,
    overrideAccess: true,
    req,
  })
  const version = clash.docs[0]
  if (version) {
    refuse(
      `Tài liệu này đã có bản ${languageName(data.language)} («${version.title}»), nên không đổi ngôn ngữ của tài liệu gốc sang ${languageName(data.language)} được.`,
    )
  }
}
