import type { CollectionSlug, Payload } from 'payload'

import type { Config } from '@dvctt/cms/payload-types'

/** Every write the seed makes says so, so the CMS never queues a site rebuild for it. */
export const SEED_CONTEXT = { skipSiteRebuild: true } as const

export type SeededCollection =
  | 'units'
  | 'topics'
  | 'audiences'
  | 'campaigns'
  | 'procedures'
  | 'media'
  | 'materials'
  | 'users'

export const COLLECTION_LABELS: Record<SeededCollection, string> = {
  materials: 'tài liệu',
  procedures: 'thủ tục',
  units: 'đơn vị',
  topics: 'chủ đề',
  audiences: 'nhóm đối tượng',
  campaigns: 'chiến dịch',
  media: 'tệp',
  users: 'tài khoản',
}

export interface Tally {
  created: number
  skipped: number
}

export type SeedLog = (message: string) => void
export type SeedProgress = (step: string, done: number, total: number) => void

/** A seed failure that names what could not be created and why, in Vietnamese. */
export class SeedError extends Error {
  override name = 'SeedError'
  /** True when the failure was found before anything was written. */
  readonly wroteNothing: boolean

  constructor(message: string, options: ErrorOptions & { wroteNothing?: boolean } = {}) {
    super(message, options)
    this.wroteNothing = options.wroteNothing ?? false
  }
}

type ID = Config['db']['defaultIDType']

export class SeedContext {
  readonly tally: Record<SeededCollection, Tally> = {
    units: { created: 0, skipped: 0 },
    topics: { created: 0, skipped: 0 },
    audiences: { created: 0, skipped: 0 },
    campaigns: { created: 0, skipped: 0 },
    procedures: { created: 0, skipped: 0 },
    media: { created: 0, skipped: 0 },
    materials: { created: 0, skipped: 0 },
    users: { created: 0, skipped: 0 },
  }

  constructor(
    readonly payload: Payload,
    readonly log: SeedLog,
    private readonly onProgress?: SeedProgress,
  ) {}

  /**
   * Ids of the documents that already exist, keyed by `field`, so a second run
   * skips them with one query per collection instead of one per document.
   */
  async existing(collection: CollectionSlug, field: string, values: readonly string[]): Promise<Map<string, ID>> {
    const found = new Map<string, ID>()
    if (values.length === 0) return found
    const chunk = 500
    for (let start = 0; start < values.length; start += chunk) {
      const result = await this.payload.find({
        collection,
        where: { [field]: { in: values.slice(start, start + chunk) } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const doc of result.docs) {
        const key = (doc as unknown as Record<string, unknown>)[field]
        if (typeof key === 'string') found.set(key, doc.id as ID)
      }
    }
    return found
  }

  /** Runs `create` for each item, counting and reporting progress, and names the item when one fails. */
  async each<T>(
    step: string,
    collection: SeededCollection,
    items: readonly T[],
    describe: (item: T) => string,
    create: (item: T) => Promise<'created' | 'skipped'>,
  ): Promise<void> {
    let done = 0
    for (const item of items) {
      let outcome: 'created' | 'skipped'
      try {
        outcome = await create(item)
      } catch (error) {
        if (error instanceof SeedError) throw error
        throw new SeedError(
          `Không tạo được ${COLLECTION_LABELS[collection]} "${describe(item)}" (bước "${step}"): ${explain(error)}`,
          { cause: error },
        )
      }
      this.tally[collection][outcome]++
      done++
      this.onProgress?.(step, done, items.length)
    }
  }

  count(collection: SeededCollection, outcome: keyof Tally): void {
    this.tally[collection][outcome]++
  }
}

/** Turns Payload's validation errors ("field: message") into one readable line. */
export function explain(error: unknown): string {
  if (error && typeof error === 'object' && 'data' in error) {
    const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
    const fields = data?.errors?.map((e) => `${e.path ?? '?'}: ${(e.message ?? '').replace(/\.\s*$/, '')}`.trim())
    if (fields?.length) return `dữ liệu không hợp lệ (${fields.join('; ')})`
  }
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name
  return String(error)
}

/** Looks up a key the seed data refers to and fails loudly when the data names something unknown. */
export function need<K, V>(map: ReadonlyMap<K, V>, key: K, what: string, where: string): V {
  const value = map.get(key)
  if (value === undefined) {
    throw new SeedError(
      `Dữ liệu mẫu sai: ${where} tham chiếu ${what} "${String(key)}" nhưng không có trong danh mục. Sửa dữ liệu trong scripts/seed/data/.`,
    )
  }
  return value
}
