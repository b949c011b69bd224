const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML content and double- or single-quoted attributes. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** Keeps links editors may write (web, mail, phone, in-site); anything else (javascript:, data:) is refused. */
export function safeHref(url: string | null | undefined): string | null {
  const value = url?.trim()
  if (!value) return null
  if (/^(https?:|mailto:|tel:)/i.test(value) || /^[/#?]/.test(value)) return value
  return null
}
