import type { AdminViewServerProps } from 'payload'
import React from 'react'

/**
 * /admin/forgot when the server sends no e-mail (no SMTP_URL; payload.config.ts uses Payload's own
 * form otherwise). Payload's form would answer «check your e-mail» although nothing is sent; this
 * says who resets passwords instead. The API refuses the request too (auth/refuseResetWithoutEmail.ts).
 */
export function ForgotPasswordView({ initPageResult }: AdminViewServerProps): React.JSX.Element {
  const { config } = initPageResult.req.payload
  const loginUrl = `${config.routes.admin}${config.admin.routes.login}`
  return (
    <div className="forgot-password">
      <h1>Quên mật khẩu?</h1>
      <p>
        Máy chủ này chưa cấu hình gửi thư điện tử, nên không gửi được thư đặt lại mật khẩu. Không có thư nào được gửi.
      </p>
      <p>
        Hãy liên hệ quản trị của thư viện: quản trị đặt mật khẩu mới cho bạn trong mục{' '}
        <strong>Người dùng → tài khoản của bạn → «Đổi mật khẩu»</strong>, rồi báo lại cho bạn.
      </p>
      <p>
        Nếu bạn là quản trị và không còn quản trị nào khác đăng nhập được, người quản trị máy chủ chạy lệnh sau trong
        thư mục của thư viện (lệnh hỏi mật khẩu mới):
      </p>
      <pre style={{ whiteSpace: 'pre-wrap' }}>npm run create-admin -- --email &lt;thư điện tử&gt; --reset-password</pre>
      <p>
        <a href={loginUrl}>Quay lại trang đăng nhập</a>
      </p>
    </div>
  )
}
