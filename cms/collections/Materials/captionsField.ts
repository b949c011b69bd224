import type { UploadField, Validate } from 'payload'

import { label } from '../../lib/label'
import { CAPTIONS_LABEL, type MaterialKind, relationId } from '../../vocabulary'

export { CAPTIONS_LABEL }

/** The kinds that play on the public page, and so can show their captions as a transcript. */
export const KINDS_WITH_CAPTIONS: readonly MaterialKind[] = ['video', 'audio']

const hasCaptions = (kind: unknown): boolean => KINDS_WITH_CAPTIONS.includes(kind as MaterialKind)

/** The captions file must be WebVTT, on a kind that plays; read from the media record, not the request. */
const validateCaptions: Validate<unknown, unknown, { kind?: unknown }, UploadField> = async (
  value,
  { req, siblingData },
) => {
  const id = relationId(value)
  // Another kind drops its captions on save (below): nothing the editor must fix.
  if (id === null || !hasCaptions(siblingData?.kind)) return true
  const media = await req.payload.findByID({
    collection: 'media',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (media && media.mimeType !== 'text/vtt')
    return `Tệp "${media.filename ?? id}" không phải phụ đề WebVTT (.vtt). Hãy chọn một tệp .vtt; video, kịch bản và tệp khác đặt ở «Tệp tải về».`
  return true
}

/**
 * Captions of a video or a radio spot: shown as the transcript under the
 * player (each line seeks), indexed for search, and offered as a download.
 */
export const captionsField: UploadField = {
  name: 'captions',
  type: 'upload',
  relationTo: 'media',
  label: label(CAPTIONS_LABEL, 'Captions / transcript (WebVTT)'),
  filterOptions: { mimeType: { equals: 'text/vtt' } },
  validate: validateCaptions,
  // Hidden once the kind is not a video or a recording: then it is not kept either, so no stray file turns public.
  hooks: { beforeChange: [({ value, siblingData }) => (hasCaptions(siblingData?.kind) ? value : null)] },
  admin: {
    condition: (data) => hasCaptions(data?.kind),
    description: label(
      'Tệp .vtt: hiện thành «Lời thoại» dưới trình phát (bấm dòng nào phát từ dòng đó), được đưa vào tìm kiếm và cho tải về.',
      'A .vtt file: shown as the transcript under the player, searchable, and offered as a download.',
    ),
  },
}
