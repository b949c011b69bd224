import { slugify } from '../vocabulary'

/** Control characters (NUL included) have no place in a name shown to editors. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g

/**
 * The name as the editor gave it, for the `originalName` field: only the last
 * path part, without control characters, at most 255 characters.
 */
export function originalNameOf(uploaded: string): string {
  const clean = uploaded.replace(CONTROL_CHARACTERS, '')
  const last = clean.split(/[\\/]/).filter(Boolean).pop() ?? ''
  return last.normalize('NFC').slice(0, 255) || 'tep'
}

/**
 * A name that is safe on any disk and in any URL: no path parts (`../`, `C:\`,
 * `/etc/`), Vietnamese diacritics folded ("Tờ rơi đăng ký.PDF" → "to-roi-dang-ky.pdf"),
 * and the extension of the type the content really is, whatever the upload
 * claimed. Uniqueness is Payload's job (getSafeFileName adds "-1", "-2" … when
 * the name is taken on disk or in the database).
 */
export function safeFileName(uploaded: string, extension: string): string {
  const base = originalNameOf(uploaded)
  const dot = base.lastIndexOf('.')
  const stem = slugify(dot > 0 ? base.slice(0, dot) : base)
  return `${stem || 'tep'}.${extension}`
}
