import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'
import { adminBase } from './links'
import { composeMail } from './mailText'

/** The token's lifetime: Payload's default, an hour. */
const VALID_MINUTES = 60

function resetMail(req: PayloadRequest, token: string | undefined, user: unknown) {
  const account = user as Partial<User> | undefined
  const link = `${adminBase(req.payload)}${req.payload.config.admin.routes.reset}/${token ?? ''}`
  return composeMail(
    'Đặt lại mật khẩu — Thư viện tuyên truyền DVCTT',
    [
      `Chào ${account?.name || account?.email || 'bạn'},`,
      'Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu cho tài khoản này trên Thư viện tuyên truyền dịch vụ công trực tuyến. Để đặt mật khẩu mới, mở liên kết sau:',
      { link },
      `Liên kết chỉ dùng được một lần, trong ${VALID_MINUTES} phút.`,
      'Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
    ],
    'Thư tự động, vui lòng không trả lời.',
  )
}

/** Payload's `auth.forgotPassword` options of the users collection: the reset mail in Vietnamese. */
export const passwordResetEmail = {
  expiration: VALID_MINUTES * 60 * 1000,
  generateEmailSubject: (args?: { req?: PayloadRequest; token?: string; user?: unknown }): string =>
    args?.req ? resetMail(args.req, args.token, args.user).subject : '',
  generateEmailHTML: (args?: { req?: PayloadRequest; token?: string; user?: unknown }): string =>
    args?.req ? resetMail(args.req, args.token, args.user).html : '',
}
