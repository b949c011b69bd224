import { DEMO_PASSWORD } from '@dvctt/cms/lib/demoAccounts'
import type { User } from '@dvctt/cms/payload-types'

import { SEED_CONTEXT, type SeedContext } from './context'
import type { Taxonomy } from './taxonomy'

/** The demo administrator printed by `pnpm start` in demo mode. Never created in production. */
export const DEMO_LOGIN = {
  email: 'admin@demo.local',
  password: DEMO_PASSWORD,
  name: 'Quản trị demo',
  role: 'admin',
} as const

interface DemoUser {
  email: string
  password: string
  name: string
  role: User['role']
  /** Unit name from the seed data. */
  unit?: string
}

export const DEMO_USERS: readonly DemoUser[] = [
  { ...DEMO_LOGIN, unit: 'Sở Khoa học và Công nghệ' },
  {
    email: 'bientap@demo.local',
    password: DEMO_LOGIN.password,
    name: 'Biên tập viên demo',
    role: 'editor',
    unit: 'Sở Khoa học và Công nghệ',
  },
  {
    email: 'nguoiduyet@demo.local',
    password: DEMO_LOGIN.password,
    name: 'Người duyệt demo',
    role: 'reviewer',
    unit: 'Sở Khoa học và Công nghệ',
  },
  {
    email: 'congtacvien@demo.local',
    password: DEMO_LOGIN.password,
    name: 'Cộng tác viên xã Sìn Hồ (demo)',
    role: 'contributor',
    unit: 'Xã Sìn Hồ',
  },
]

/** Demo accounts exist only outside production, or when DEMO_MODE=1 says this is a demo. */
export const demoUsersAllowed = (): boolean => process.env.NODE_ENV !== 'production' || process.env.DEMO_MODE === '1'

export async function seedUsers(ctx: SeedContext, taxonomy: Taxonomy): Promise<void> {
  if (!demoUsersAllowed()) {
    ctx.log('Bỏ qua tài khoản demo: đang chạy ở chế độ production (đặt DEMO_MODE=1 nếu đây là bản trình diễn).')
    return
  }
  const existing = await ctx.existing(
    'users',
    'email',
    DEMO_USERS.map((u) => u.email),
  )
  await ctx.each(
    'Tài khoản demo',
    'users',
    DEMO_USERS,
    (u) => u.email,
    async (user) => {
      if (existing.has(user.email)) return 'skipped'
      await ctx.payload.create({
        collection: 'users',
        data: {
          email: user.email,
          password: user.password,
          name: user.name,
          role: user.role,
          unit: user.unit ? taxonomy.units.get(user.unit)?.id : undefined,
        },
        context: SEED_CONTEXT,
      })
      return 'created'
    },
  )
}
