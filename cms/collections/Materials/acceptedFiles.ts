import type { ArrayFieldValidation } from 'payload'

import { ACCEPTED_TYPES, type AcceptedType, acceptedTypeOfMime } from '../../uploads/policy'
import { MATERIAL_KINDS, type MaterialKind } from '../../vocabulary'
import { CAPTIONS_LABEL, KINDS_WITH_CAPTIONS } from './captionsField'

const IMAGES: AcceptedType[] = ['jpeg', 'png', 'webp', 'avif']
const PRINT: AcceptedType[] = ['pdf', ...IMAGES, 'docx', 'pptx']

/**
 * Which downloads each kind of material may carry, by sniffed type: a video
 * or a radio spot with its script, a leaflet as print-ready PDF, pictures and
 * its editable source. Captions (WebVTT) have a field of their own (captionsField.ts).
 */
export const ACCEPTED_FILES_BY_KIND: Record<MaterialKind, readonly AcceptedType[]> = {
  leaflet: PRINT,
  'folded-leaflet': PRINT,
  poster: PRINT,
  infographic: PRINT,
  video: ['mp4', 'webm', 'pdf', 'docx'],
  audio: ['mp3', 'm4a', 'wav', 'pdf', 'docx'],
  'procedure-list': ['pdf', 'xlsx', 'docx', ...IMAGES],
  document: ['pdf', 'docx', 'xlsx', 'pptx', ...IMAGES],
}

interface MediaLike {
  id: string | number
  filename?: string | null
  mimeType?: string | null
}

const isMediaLike = (value: unknown): value is MediaLike => typeof value === 'object' && value !== null && 'id' in value

/**
 * The `files` array's validate: every attached file must be of a type its
 * material's kind accepts. Reads the media documents in the same request (and transaction).
 */
export const validateFilesForKind: ArrayFieldValidation = async (value, { data, req }) => {
  const kind = (data as { kind?: MaterialKind } | undefined)?.kind
  const accepted = kind ? ACCEPTED_FILES_BY_KIND[kind] : undefined
  if (!value?.length || !accepted) return true
  const ids = value
    .map((row) => (typeof row === 'object' && row !== null && 'file' in row ? row.file : undefined))
    .map((file) => (isMediaLike(file) ? file.id : file))
    .filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
  if (ids.length === 0) return true
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const kindLabel = MATERIAL_KINDS.find((k) => k.value === kind)?.label.vi ?? kind
  const refused = docs.filter((doc) => {
    const type = acceptedTypeOfMime(doc.mimeType)
    return !type || !accepted.includes(type)
  })
  if (refused.length === 0) return true
  const captions = refused.filter((doc) => doc.mimeType === 'text/vtt')
  if (captions.length > 0 && KINDS_WITH_CAPTIONS.includes(kind as MaterialKind)) {
    const names = captions.map((doc) => `"${doc.filename ?? doc.id}"`).join(', ')
    return `Tệp ${names} là phụ đề WebVTT: hãy đặt nó ở trường «${CAPTIONS_LABEL}» thay vì «Tệp tải về». Trang công khai vẫn cho tải tệp phụ đề về.`
  }
  const names = refused.map((doc) => `"${doc.filename ?? doc.id}"`).join(', ')
  const allowed = accepted.map((type) => ACCEPTED_TYPES[type].label).join(', ')
  return `Tệp ${names} không phù hợp với loại tài liệu "${kindLabel}". Loại này nhận: ${allowed}. Hãy gỡ tệp đó hoặc chọn loại tài liệu khác.`
}
