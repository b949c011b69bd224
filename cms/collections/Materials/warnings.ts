import type { PayloadRequest } from 'payload'

import type { Material } from '../../payload-types'
import { MATERIAL_KINDS, type MaterialKind, relationId } from '../../vocabulary'
import { KINDS_WITH_CAPTIONS } from './captionsField'

/**
 * What an editor should know before a material goes public, without being stopped: the review panel lists
 * these, and submitting or approving says them again. Not refusals: a video may be hosted elsewhere later,
 * and its transcript is worth publishing meanwhile.
 */
export async function materialWarnings(req: PayloadRequest, material: Material): Promise<string[]> {
  const kind = material.kind as MaterialKind
  if (!KINDS_WITH_CAPTIONS.includes(kind) || material.externalVideo?.trim()) return []
  const ids = (material.files ?? []).map((row) => relationId(row.file)).filter((id) => id !== null)
  const playable =
    ids.length > 0 &&
    (
      await req.payload.count({
        collection: 'media',
        where: { and: [{ id: { in: ids } }, { mimeType: { like: kind === 'video' ? 'video/' : 'audio/' } }] },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  if (playable) return []
  const what = MATERIAL_KINDS.find((k) => k.value === kind)?.label.vi.toLowerCase() ?? kind
  const file = kind === 'video' ? 'tệp video' : 'tệp âm thanh'
  return [
    `Tài liệu loại «${what}» này chưa có ${file} ở «Tệp tải về» và chưa có «Liên kết video (YouTube, Facebook, TikTok)»: ` +
      'trang công khai sẽ không có gì để phát, chỉ có tóm tắt, nội dung và lời thoại (nếu có). ' +
      'Hãy tải tệp lên hoặc dán liên kết video; vẫn xuất bản được nếu video sẽ được đăng sau.',
  ]
}
