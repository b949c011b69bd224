import { CreateFirstUserView } from '@payloadcms/next/views'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { firstUserSignupAllowed } from '../../auth/firstUserSignup'

/**
 * /admin/create-first-user. Payload shows this form to whoever reaches an empty
 * admin first; in production (or with ALLOW_FIRST_USER_SIGNUP=0) it says how the
 * first administrator is made instead. The API refuses the form's request too
 * (auth/firstUserSignup.ts), so hiding the form is not the protection itself.
 */
export async function FirstUserView(props: AdminViewServerProps): Promise<React.JSX.Element> {
  if (firstUserSignupAllowed()) return CreateFirstUserView(props)
  return (
    <div className="create-first-user">
      <h1>Chưa có tài khoản quản trị</h1>
      <p>
        Vì an toàn, không thể tạo tài khoản quản trị đầu tiên qua trang này. Người quản trị máy chủ hãy chạy lệnh sau
        trong thư mục của thư viện, rồi đăng nhập:
      </p>
      <pre style={{ whiteSpace: 'pre-wrap' }}>
        npm run create-admin -- --email &lt;thư điện tử&gt; --name &quot;&lt;họ và tên&gt;&quot;
      </pre>
      <p>Mật khẩu lấy từ biến môi trường ADMIN_PASSWORD; nếu không có, lệnh sẽ hỏi, hoặc tự sinh và in ra một lần.</p>
    </div>
  )
}
