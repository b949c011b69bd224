/** A simple e-mail: paragraphs of plain text, some of them links, rendered as text and as HTML. */
export type MailPart = string | { link: string } | { quote: string }
export type Mail = { subject: string; text: string; html: string }

const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const paragraphHtml = (part: MailPart): string => {
  if (typeof part === 'string') return `<p>${escapeHtml(part)}</p>`
  if ('link' in part) return `<p><a href="${escapeHtml(part.link)}">${escapeHtml(part.link)}</a></p>`
  return `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px;white-space:pre-wrap">${escapeHtml(part.quote)}</blockquote>`
}

const paragraphText = (part: MailPart): string => {
  if (typeof part === 'string') return part
  if ('link' in part) return part.link
  return part.quote
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')
}

export function composeMail(subject: string, parts: MailPart[], footer: string): Mail {
  return {
    subject,
    text: `${parts.map(paragraphText).join('\n\n')}\n\n-- \n${footer}\n`,
    html: `<!doctype html><html lang="vi"><body style="font-family:sans-serif;line-height:1.5">${parts.map(paragraphHtml).join('')}<hr><p style="color:#666;font-size:90%">${escapeHtml(footer)}</p></body></html>`,
  }
}
