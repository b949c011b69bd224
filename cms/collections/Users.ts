import type { CollectionConfig } from 'payload'

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
      defaultValue: 'contributor',
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
