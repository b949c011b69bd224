import { type NodemailerAdapterArgs, nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { readSmtpConfig } from './smtpConfig'

/** A plain-text part for mails Payload sends with HTML only (the password reset): mail readers without HTML still show it. */
function withText(message: SendEmailOptions): SendEmailOptions {
  if (message.text || typeof message.html !== 'string') return message
  const text = message.html
    .replace(/<(br|hr)\s*\/?>|<\/(p|blockquote|h\d)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { ...message, text }
}

/**
 * Payload's nodemailer adapter on SMTP_URL, or none (Payload then only logs what it would send, and
 * the forgot-password screen says an administrator resets passwords: components/accounts/).
 * Not verified at start: an unreachable mail server must not delay or stop the CMS; a failed
 * notification is logged (notify/notifyReviewStep.ts) and a failed reset mail is answered as an error.
 */
export async function emailAdapter(): Promise<EmailAdapter | undefined> {
  const smtp = readSmtpConfig()
  if (!smtp) return undefined
  const nodemailer = await nodemailerAdapter({
    defaultFromAddress: smtp.fromAddress,
    defaultFromName: smtp.fromName,
    skipVerify: true,
    // nodemailer reads every connection setting (host, port, TLS, user, password) from the URL.
    transportOptions: { url: smtp.url } as NonNullable<NodemailerAdapterArgs['transportOptions']>,
  })
  return (args) => {
    const adapter = nodemailer(args)
    return { ...adapter, sendEmail: (message) => adapter.sendEmail(withText(message)) }
  }
}
