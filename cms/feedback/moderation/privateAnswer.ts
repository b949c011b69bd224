import type { Payload, PayloadRequest } from 'payload'

import { materialPublicUrl } from '../../notify/links'
import { sendsEmail } from '../../notify/smtpConfig'
import type { Feedback, Material, Procedure } from '../../payload-types'
import { relationId } from '../../vocabulary'
import { answerMail } from './answerMail'

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

export const isEmailContact = (contact: string): boolean => EMAIL.test(contact.trim())

const inFlight = new Set<Promise<void>>()

/** Resolves when every feedback mail started so far (answers, review notices) has reached the server or failed. */
export async function answerMailsSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight])
}

/** Keeps a mail being sent in view of answerMailsSettled (tests wait for it; nothing else awaits it). */
export function trackMail(task: Promise<void>): void {
  const tracked = task.finally(() => inFlight.delete(tracked))
  inFlight.add(tracked)
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error))

async function aboutOf(req: PayloadRequest, doc: Feedback): Promise<{ about: string; publicUrl: string | null }> {
  const read = { depth: 0, overrideAccess: true, disableErrors: true, req } as const
  const materialId = relationId(doc.material)
  if (materialId !== null) {
    const material = (await req.payload.findByID({
      collection: 'materials',
      id: materialId,
      ...read,
    })) as Material | null
    const url = material ? materialPublicUrl(material.slug ?? String(material.id)) : null
    return { about: `tài liệu «${material?.title ?? materialId}»`, publicUrl: url }
  }
  const procedureId = relationId(doc.procedure)
  const procedure =
    procedureId === null
      ? null
      : ((await req.payload.findByID({ collection: 'procedures', id: procedureId, ...read })) as Procedure | null)
  const site = (process.env.SITE_URL?.trim() || 'http://localhost:4321').replace(/\/+$/, '')
  return {
    about: `thủ tục «${procedure?.name ?? procedureId ?? ''}»`,
    publicUrl: procedure?.code ? `${site}/thu-tuc/${procedure.code}/` : null,
  }
}

async function send(payload: Payload, to: string, mail: { subject: string; text: string }, id: Feedback['id']) {
  try {
    await payload.sendEmail({ to, subject: mail.subject, text: mail.text })
  } catch (error) {
    payload.logger.error(
      `Không gửi được thư trả lời góp ý mã ${id}: ${describe(error)}. Câu trả lời vẫn được lưu; hãy kiểm tra SMTP_URL và máy chủ thư, hoặc liên hệ người dân theo cách khác.`,
    )
  }
}

/**
 * Sends the approved answer to the e-mail addresses the citizen left for a private answer, when the
 * CMS sends e-mail (SMTP_URL). What to send is read on the saving request (its transaction); the
 * sending is never awaited by it: a slow or failing mail server neither delays nor fails the save.
 */
export async function mailAnswer(
  req: PayloadRequest,
  doc: Feedback,
  contacts: { contact: string; deleteAfter: string }[],
): Promise<void> {
  if (!sendsEmail()) return
  const addresses = contacts.filter(({ contact }) => isEmailContact(contact))
  if (addresses.length === 0 || !doc.answer) return
  const { about, publicUrl } = await aboutOf(req, doc)
  for (const { contact, deleteAfter } of addresses) {
    const mail = answerMail({
      about,
      askedAt: doc.createdAt,
      question: doc.publicText,
      answer: doc.answer,
      answeredBy: doc.answeredBy ?? 'Cơ quan trả lời',
      publicUrl: doc.status === 'answered' ? publicUrl : null,
      deleteAfter,
    })
    trackMail(send(req.payload, contact.trim(), mail, doc.id))
  }
}
