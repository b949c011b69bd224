import type { Payload, PayloadRequest } from 'payload'

import type { ReviewAction } from '../collections/Materials/workflow/states'
import type { Material, Unit, User } from '../payload-types'
import { idOf } from '../vocabulary'
import { accountUrl, materialAdminUrl, materialPublicUrl } from './links'
import { recipientsOf } from './recipients'
import { reviewMail } from './reviewMail'
import { sendsEmail } from './smtpConfig'

const inFlight = new Set<Promise<void>>()

/** Resolves when every notification started so far has been handed to the mail server or logged as failed. */
export async function notificationsSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight])
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error))

async function unitName(payload: Payload, id: Unit['id'] | null): Promise<string> {
  if (id === null) return 'đơn vị chủ trì'
  const unit = (await payload.findByID({
    collection: 'units',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Unit | null
  return unit?.name ?? 'đơn vị chủ trì'
}

async function send(payload: Payload, action: ReviewAction, materialId: Material['id'], actor: User, comment: string) {
  // The latest version as committed by the review action that called us.
  const material = (await payload.findByID({
    collection: 'materials',
    id: materialId,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Material | null
  if (!material) return
  const recipients = await recipientsOf(payload, action, material, actor.id)
  if (recipients.length === 0) return
  const mail = reviewMail({
    action,
    title: material.title,
    actor: actor.name || actor.email,
    unitName: await unitName(payload, idOf(material.ownerUnit) as Unit['id'] | null),
    comment,
    adminUrl: materialAdminUrl(payload, material.id),
    publicUrl: materialPublicUrl(material.slug ?? String(material.id)),
    accountUrl: accountUrl(payload),
    validFrom: material.workflowStatus === 'scheduled' ? (material.validFrom ?? null) : null,
  })
  // One mail per person: reviewers do not see each other's addresses.
  for (const recipient of recipients) {
    try {
      await payload.sendEmail({ to: recipient.email, ...mail })
    } catch (error) {
      payload.logger.error(
        `Không gửi được thư thông báo «${mail.subject}» tới ${recipient.email}: ${describe(error)}. Thao tác duyệt vẫn được lưu; hãy kiểm tra SMTP_URL và máy chủ thư.`,
      )
    }
  }
}

/**
 * Tells the people concerned of a review step by e-mail, when SMTP is configured. Called by the review
 * endpoints after the change is saved; never awaited by them: a slow or failing mail server neither
 * delays nor fails the action, failures are only logged.
 */
export function notifyReviewStep(
  req: PayloadRequest,
  action: ReviewAction,
  materialId: Material['id'],
  comment: string,
) {
  if (!sendsEmail() || !req.user) return
  const { payload } = req
  const actor = req.user as User
  const task = send(payload, action, materialId, actor, comment)
    .catch((error: unknown) =>
      payload.logger.error(
        `Không chuẩn bị được thư thông báo cho tài liệu mã ${materialId}: ${describe(error)}. Thao tác duyệt vẫn được lưu.`,
      ),
    )
    .finally(() => inFlight.delete(task))
  inFlight.add(task)
}
