import type { CollectionConfig, PayloadRequest } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf } from '../access'
import { label } from '../lib/label'

export const ROLES = [
  { value: 'admin', label: label('Quản trị', 'Administrator') },
  { value: 'editor', label: label('Biên tập viên tỉnh', 'Province editor') },
  { value: 'reviewer', label: label('Người duyệt', 'Reviewer') },
  { value: 'contributor', label: label('Cộng tác viên đơn vị', 'Unit contributor') },
] as const

const secureCookies = (process.env.SERVER_URL ?? '').startsWith('https://')

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Người dùng', 'User'), plural: label('Người dùng', 'Users') },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role', 'unit'], group: label('Hệ thống', 'System') },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
  },
  access: { read: isAdminOrSelf, create: isAdmin, update: isAdminOrSelf, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', label: label('Họ và tên', 'Full name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      // The account made on an empty database (the admin's first-user screen) is
      // the administrator; everyone after starts with the least rights.
      defaultValue: async ({ req }: { req: PayloadRequest }) =>
        (await req.payload.count({ collection: 'users', overrideAccess: true, req })).totalDocs === 0 ? 'admin' : 'contributor',
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
  ],
}
