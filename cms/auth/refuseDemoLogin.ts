import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { DEMO_PASSWORD, isDemoEmail } from '../lib/demoAccounts'
import { isProduction } from '../lib/env'

export const DEMO_LOGIN_REFUSED =
  'Tài khoản demo không được đăng nhập ở máy chủ chính thức (production): mật khẩu của nó được công bố trong tài liệu. ' +
  'Không có gì bị thay đổi. Hãy đăng nhập bằng tài khoản thật; quản trị tạo tài khoản bằng `npm run create-admin` ' +
  'hoặc trong mục Người dùng, và nên xóa các tài khoản @demo.local.'

/** In production, demo accounts and the published demo password never sign in (cms/lib/demoAccounts.ts). */
export const refuseDemoLogin: CollectionBeforeOperationHook = async ({ args, operation }) => {
  if (operation !== 'login' || !isProduction()) return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  if (isDemoEmail(data?.email) || data?.password === DEMO_PASSWORD)
    throw new APIError(DEMO_LOGIN_REFUSED, 403, { reason: 'demo-account' }, true)
  return args
}
