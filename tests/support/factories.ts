/**
 * Named fixture factories. Every title, code and e-mail carries a per-process
 * token and a counter: the test files of one project share a database, and a
 * value from one file must never collide with (or be mistaken for) another's.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { Material, Procedure, Unit, User } from '@dvctt/cms/payload-types'

const token = crypto.randomBytes(3).toString('hex')
let counter = 0
/** "a1b2c3-7": unique within the whole test database. */
export const uniqueSuffix = (): string => `${token}-${++counter}`

type UnitInput = Omit<Unit, 'id' | 'createdAt' | 'updatedAt' | 'slug'> & { slug?: string }
type MaterialInput = Omit<Material, 'id' | 'createdAt' | 'updatedAt' | 'slug' | '_status'> & { slug?: string }
type ProcedureInput = Omit<Procedure, 'id' | 'createdAt' | 'updatedAt'>

export const unitData = (overrides: Partial<UnitInput> = {}): UnitInput => ({
  name: `Xã Thử Nghiệm ${uniqueSuffix()}`,
  type: 'commune',
  ...overrides,
})

/** Every material belongs to a unit: pass `ownerUnit`, or use `fixtures(payload)` which creates one. */
export const materialData = (overrides: Partial<MaterialInput> & Pick<MaterialInput, 'ownerUnit'>): MaterialInput => ({
  title: `Hướng dẫn đăng ký khai sinh trực tuyến ${uniqueSuffix()}`,
  kind: 'leaflet',
  language: 'vi',
  summary: 'Các bước nộp hồ sơ đăng ký khai sinh trên Cổng Dịch vụ công quốc gia.',
  ...overrides,
})

let procedureNumber = crypto.randomInt(100_000, 900_000)
/** National procedure codes look like 1.001193. */
export const procedureCode = (): string => `1.${++procedureNumber}`

export const procedureData = (overrides: Partial<ProcedureInput> = {}): ProcedureInput => ({
  code: procedureCode(),
  name: `Cấp đổi giấy phép lái xe ${uniqueSuffix()}`,
  field: 'Đường bộ',
  onlineLevel: 'full',
  implementingLevel: 'province',
  ...overrides,
})

export interface Credentials {
  email: string
  password: string
}

export const credentials = (role: User['role']): Credentials => ({
  email: `${role}-${uniqueSuffix()}@thuvien.example`,
  password: `Mật-khẩu-${uniqueSuffix()}`,
})

/** Fixtures are written like a script would: Local API, rebuild queuing as in production. */
export function fixtures(payload: Payload) {
  async function createUnit(overrides: Partial<UnitInput> = {}): Promise<Unit> {
    return payload.create({ collection: 'units', data: unitData(overrides) })
  }

  async function ownerUnit(overrides: Partial<MaterialInput>): Promise<Material['ownerUnit']> {
    return overrides.ownerUnit ?? (await createUnit()).id
  }

  async function createPublishedMaterial(overrides: Partial<MaterialInput> = {}): Promise<Material> {
    const data = materialData({ ...overrides, ownerUnit: await ownerUnit(overrides) })
    return payload.create({ collection: 'materials', data: { ...data, _status: 'published' } })
  }

  return {
    createUnit,
    createPublishedMaterial,

    async createUser(role: User['role']): Promise<{ user: User; login: Credentials }> {
      const login = credentials(role)
      const user = await payload.create({ collection: 'users', data: { ...login, role, name: `Người dùng ${role}` } })
      return { user, login }
    },

    /** An account attached to a unit; `includeSubunits` lets a contributor work for the units below it. */
    async createUnitUser(
      role: User['role'],
      unit: Unit['id'],
      options: { includeSubunits?: boolean } = {},
    ): Promise<{ user: User; login: Credentials }> {
      const login = credentials(role)
      const user = await payload.create({
        collection: 'users',
        data: { ...login, role, unit, includeSubunits: options.includeSubunits ?? false, name: `Người dùng ${role}` },
      })
      return { user, login }
    },

    /** Saved as a draft and never published. */
    async createDraftMaterial(overrides: Partial<MaterialInput> = {}): Promise<Material> {
      const data = materialData({ ...overrides, ownerUnit: await ownerUnit(overrides) })
      return payload.create({ collection: 'materials', data: { ...data, _status: 'draft' }, draft: true })
    },

    /** Published, then edited again and saved as a draft that is not published yet. */
    async createPublishedMaterialWithPendingDraft(
      published: Partial<MaterialInput>,
      pendingDraft: Partial<MaterialInput>,
    ): Promise<{ published: Material; pendingDraft: Material }> {
      const created = await createPublishedMaterial(published)
      const draft = await payload.update({
        collection: 'materials',
        id: created.id,
        data: { ...pendingDraft, _status: 'draft' },
        draft: true,
      })
      return { published: created, pendingDraft: draft }
    },

    async createProcedure(overrides: Partial<ProcedureInput> = {}): Promise<Procedure> {
      return payload.create({ collection: 'procedures', data: procedureData(overrides) })
    },
  }
}

export type Fixtures = ReturnType<typeof fixtures>

/** A signed-in person of `role` belonging to `unit` (contributors act for their unit). */
export async function createUserInUnit(
  payload: Payload,
  role: User['role'],
  unit: Unit['id'],
): Promise<{ user: User; login: Credentials }> {
  const login = credentials(role)
  const user = await payload.create({
    collection: 'users',
    data: { ...login, role, unit, name: `Người dùng ${role} ${uniqueSuffix()}` },
  })
  return { user, login }
}
