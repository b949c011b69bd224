import type { Endpoint, PayloadHandler } from 'payload'

/**
 * Whether the admin's "create first user" form may make an account.
 * ALLOW_FIRST_USER_SIGNUP=1 or 0 decides; unset, it is allowed outside
 * production only. Read on each request, so a test (or an operator) can switch it.
 *
 * In production the first administrator is made on the server with
 * `npm run create-admin`, never by whoever reaches an empty admin first.
 */
export function firstUserSignupAllowed(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const flag = env.ALLOW_FIRST_USER_SIGNUP?.trim()
  if (flag === '1' || flag === 'true') return true
  if (flag === '0' || flag === 'false') return false
  // Production as in isProduction() (cms/lib/env.ts): a demo (DEMO_MODE=1) keeps the form.
  return !(env.NODE_ENV === 'production' && env.DEMO_MODE !== '1')
}

export const FIRST_USER_SIGNUP_REFUSED =
  'Không thể tự tạo tài khoản quản trị đầu tiên qua mạng. Chưa có tài khoản nào được tạo. ' +
  'Người quản trị máy chủ hãy chạy lệnh: npm run create-admin -- --email <thư điện tử> --name "<họ tên>" ' +
  '(mật khẩu lấy từ biến ADMIN_PASSWORD, hoặc được hỏi/tạo ngẫu nhiên), rồi đăng nhập.'

/**
 * `POST /api/users/first-register`. Collection endpoints are matched in order
 * and ours come before Payload's built-in ones, so this runs first; when
 * sign-up is allowed it hands over to Payload's own handler.
 */
const registerFirstUserUnlessRefused: PayloadHandler = async (req) => {
  if (!firstUserSignupAllowed()) {
    return Response.json({ errors: [{ message: FIRST_USER_SIGNUP_REFUSED }] }, { status: 403 })
  }
  const builtIn = req.payload.collections.users?.config.endpoints
  const original = Array.isArray(builtIn)
    ? builtIn.find(
        (endpoint) =>
          endpoint.path === '/first-register' && endpoint.method === 'post' && endpoint !== firstRegisterEndpoint,
      )
    : undefined
  if (!original) {
    return Response.json(
      { errors: [{ message: 'Payload không còn cung cấp /first-register; không có tài khoản nào được tạo.' }] },
      { status: 501 },
    )
  }
  return original.handler(req)
}

export const firstRegisterEndpoint: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: registerFirstUserUnlessRefused,
}
