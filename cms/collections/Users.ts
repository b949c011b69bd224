import type { CollectionConfig, PayloadRequest } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf } from '../access'
import { firstRegisterEndpoint } from '../auth/firstUserSignup'
import { forgiveSuccessfulLogin, limitLoginAttemptsByAddress } from '../auth/loginRateLimit'
import { refuseDemoLogin } from '../auth/refuseDemoLogin'
import { refuseResetWithoutEmail } from '../auth/refuseResetWithoutEmail'
import { secureCookies } from '../auth/secureCookies'
import { label } from '../lib/label'
import { passwordResetEmail } from '../notify/passwordResetEmail'

export const ROLES = [
  { value: 'admin', label: label('Quản trị', 'Administrator') },
  { value: 'editor', label: label('Biên tập viên tỉnh', 'Province editor') },
  { value: 'reviewer', label: label('Người duyệt', 'Reviewer') },
  { value: 'contributor', label: label('Cộng tác viên đơn vị', 'Unit contributor') },
] as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Người dùng', 'User'), plural: label('Người dùng', 'Users') },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role', 'unit'], group: label('Hệ thống', 'System') },
  auth: {
    // Per account: 5 wrong passwords lock it for 10 minutes, then it opens by itself, so an
    // attacker can delay a real user but never lock them out for good; an administrator can
    // also unlock at once. Per client address: see auth/loginRateLimit.ts.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { secure: secureCookies(), sameSite: 'Lax' },
    // Sessions are on (Payload's default): each sign-in is a session stored on the account,
    // and changing the password ends every other one (Payload keeps only the session of the
    // request that made the change; tests/int/accounts.test.ts checks it).
    useSessions: true,
    // The reset mail in Vietnamese (notify/); without SMTP the request is refused (refuseResetWithoutEmail).
    forgotPassword: passwordResetEmail,
  },
  // Nobody signs themselves up: accounts are made by an administrator, or by
  // `npm run create-admin` on the server. First-user sign-up: auth/firstUserSignup.ts.
  // Payload lets any signed-in account unlock any other (defaultUnlockAccess): administrators only here.
  access: { read: isAdminOrSelf, create: isAdmin, update: isAdminOrSelf, delete: isAdmin, unlock: isAdmin },
  endpoints: [firstRegisterEndpoint],
  hooks: {
    beforeOperation: [limitLoginAttemptsByAddress, refuseDemoLogin, refuseResetWithoutEmail],
    afterLogin: [forgiveSuccessfulLogin],
  },
  fields: [
    { name: 'name', type: 'text', label: label('Họ và tên', 'Full name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      // The account made on an empty database (the admin's first-user screen) is
      // the administrator; everyone after starts with the least rights.
      defaultValue: async ({ req }: { req: PayloadRequest }) =>
        (await req.payload.count({ collection: 'users', overrideAccess: true, req })).totalDocs === 0
          ? 'admin'
          : 'contributor',
      options: [...ROLES],
      label: label('Vai trò', 'Role'),
      access: { update: isAdminField, create: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: label('Đơn vị', 'Unit'),
      access: { update: isAdminField, create: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'includeSubunits',
      type: 'checkbox',
      label: label('Được làm việc với tài liệu của các đơn vị trực thuộc', 'May work on materials of the units below'),
      admin: {
        description: label(
          'Chỉ quản trị cấp được quyền này. Ví dụ: cộng tác viên của một sở soạn tài liệu cho các đơn vị thuộc sở.',
          'Granted by an administrator only, e.g. a department contributor working for the units under it.',
        ),
      },
      access: { update: isAdminField, create: isAdminField },
    },
    {
      name: 'notifyByEmail',
      type: 'checkbox',
      defaultValue: true,
      label: label('Nhận thư thông báo', 'E-mail notifications'),
      admin: {
        description: label(
          'Thư khi có tài liệu chờ bạn duyệt, khi tài liệu của bạn bị trả lại hoặc được duyệt (khi máy chủ có cấu hình gửi thư).',
          'Mail when a material awaits your review, or yours is returned or approved (when the server sends mail).',
        ),
      },
    },
  ],
}
