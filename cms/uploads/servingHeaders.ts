import { isPassiveMimeType } from './describeFormat'

/** Uploaded files are data, never a page: no scripts, no plugins, no forms, only their own images and media. */
export const UPLOAD_CSP = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox"

/**
 * Headers for every stored file Payload serves (`/api/media/file/<name>`) and
 * the static site serves (`/tep/<name>`): the browser must not guess a type,
 * and anything it could run (office files, unknown types) is a download.
 */
export function uploadServingHeaders(contentType: string | null): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': UPLOAD_CSP,
  }
  if (!contentType || !isPassiveMimeType(contentType)) headers['Content-Disposition'] = 'attachment'
  return headers
}

/** Payload's `upload.modifyResponseHeaders`. */
export function setUploadServingHeaders({ headers }: { headers: Headers }): Headers {
  for (const [name, value] of Object.entries(uploadServingHeaders(headers.get('Content-Type')))) headers.set(name, value)
  return headers
}
