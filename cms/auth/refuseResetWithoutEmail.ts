import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { sendsEmail } from '../notify/smtpConfig'

export const RESET_NEEDS_ADMIN =
  'Máy chủ này chưa cấu hình gửi thư (SMTP_URL), nên không gửi được thư đặt lại mật khẩu và không có thư nào được gửi. ' +
  'Hãy nhờ quản trị đặt mật khẩu mới cho bạn (Người dùng → tài khoản của bạn → «Đổi mật khẩu»); ' +
  'quản trị quên mật khẩu thì người quản trị máy chủ chạy `npm run create-admin -- --email <thư điện tử> --reset-password`.'

/** Without SMTP, «Quên mật khẩu?» must never answer as if a mail had gone out: it is refused with what to do instead. */
export const refuseResetWithoutEmail: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'forgotPassword' && !sendsEmail())
    throw new APIError(RESET_NEEDS_ADMIN, 503, { reason: 'no-smtp' }, true)
  return args
}
