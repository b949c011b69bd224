/** The messages the test SMTP server accepted, parsed as a mail reader would (postal-mime). */
import fs from 'node:fs'
import path from 'node:path'

import PostalMime from 'postal-mime'
import { inject } from 'vitest'

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; html: string }

const maildir = inject('smtpMaildir')

/** Every message delivered so far to `address`, oldest first. */
export async function mailsTo(address: string): Promise<ReceivedMail[]> {
  const names = fs.existsSync(maildir) ? fs.readdirSync(maildir).filter((name) => !name.startsWith('.')) : []
  const mails: ReceivedMail[] = []
  for (const name of names.sort()) {
    const parsed = await PostalMime.parse(fs.readFileSync(path.join(maildir, name)))
    const to = (parsed.to ?? []).map((recipient) => recipient.address ?? '')
    if (!to.includes(address)) continue
    mails.push({
      to,
      from: `${parsed.from?.name ?? ''} <${parsed.from?.address ?? ''}>`,
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: parsed.html ?? '',
    })
  }
  return mails
}
