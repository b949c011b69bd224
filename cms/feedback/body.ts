import { MAX_BODY_BYTES } from './limits'

/** The request's body as text, or undefined when it is larger than MAX_BODY_BYTES (read no further). */
export async function readSmallBody(request: Request): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return undefined
  if (!request.body || request.bodyUsed) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The posted fields as strings (JSON, urlencoded or multipart without files); undefined when unreadable. */
export async function parseFields(body: string, contentType: string): Promise<Record<string, string> | undefined> {
  if (contentType.includes('application/json')) {
    try {
      const data: unknown = JSON.parse(body)
      if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined
      const fields: Record<string, string> = {}
      for (const [key, value] of Object.entries(data))
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          fields[key] = String(value)
      return fields
    } catch {
      return undefined
    }
  }
  if (contentType.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(body))
  if (contentType.includes('multipart/form-data')) {
    try {
      const form = await new Response(body, { headers: { 'content-type': contentType } }).formData()
      const fields: Record<string, string> = {}
      for (const [key, value] of form) if (typeof value === 'string') fields[key] = value
      return fields
    } catch {
      return undefined
    }
  }
  return undefined
}
