/**
 * Who may do what, cell by cell: every role (and the public) × every action ×
 * every collection, from ONE table. Each cell is checked through the Local API
 * (overrideAccess: false) and through REST. A collection or role without a row
 * fails the first test, so adding one cannot skip cells.
 *
 * Cell values:
 * - read: `all` (also drafts), `published` (only published), `own`, `none`
 * - create / update / delete / publish: `yes`, `own`, `no`
 * - readVersions: `all`, `own`, `none`
 * - `n/a`: the collection has no drafts/versions (publish, readVersions)
 *
 * `own` means: materials of the contributor's unit; files the account uploaded;
 * for users, the account itself.
 */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@dvctt/cms/collections/Users'
import type { Unit, User } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import {
  type Credentials,
  credentials,
  type Fixtures,
  fixtures,
  materialData,
  uniqueSuffix,
} from '../support/factories'
import { CmsHttpClient } from '../support/http'
import { taggedMp3, uploadFile } from '../support/mediaFiles'

type Role = (typeof ROLES)[number]['value']
type Actor = Role | 'anonymous'
const ACTIONS = ['read', 'create', 'update', 'delete', 'publish', 'readVersions'] as const
type Action = (typeof ACTIONS)[number]
type Cell = 'all' | 'published' | 'own' | 'none' | 'yes' | 'no' | 'n/a'
type Row = Record<Action, Cell>

/** "read create update delete publish readVersions", in that order. */
const row = (cells: string): Row => {
  const values = cells.trim().split(/\s+/) as Cell[]
  if (values.length !== ACTIONS.length) throw new Error(`A row needs ${ACTIONS.length} cells: "${cells}"`)
  return Object.fromEntries(ACTIONS.map((action, index) => [action, values[index]])) as Row
}

const editorialOnly = {
  admin: row('all yes yes yes n/a n/a'),
  editor: row('all yes yes yes n/a n/a'),
  reviewer: row('all no no no n/a n/a'),
  contributor: row('all no no no n/a n/a'),
  anonymous: row('all no no no n/a n/a'),
}

/** THE table. */
const EXPECTED: Record<string, Record<Actor, Row>> = {
  materials: {
    admin: row('all yes yes yes yes all'),
    editor: row('all yes yes yes yes all'),
    reviewer: row('all no yes no yes all'),
    contributor: row('all own own own no own'),
    anonymous: row('published no no no no none'),
  },
  media: {
    admin: row('all yes yes yes n/a n/a'),
    editor: row('all yes yes yes n/a n/a'),
    reviewer: row('all yes own own n/a n/a'),
    contributor: row('all yes own own n/a n/a'),
    // The public reads the files of published materials only (tests/int/media-visibility.test.ts).
    anonymous: row('published no no no n/a n/a'),
  },
  // A unit's report of what it did, evidence with personal data: nothing public (tests/int/outreach-activities.test.ts).
  'outreach-activities': {
    admin: row('all yes yes yes n/a n/a'),
    editor: row('all yes yes yes n/a n/a'),
    reviewer: row('all no yes no n/a n/a'),
    contributor: row('own own own own n/a n/a'),
    anonymous: row('none no no no n/a n/a'),
  },
  // A commune's loudspeaker schedule: its contributors set it, the province reads all (tests/int/broadcast.test.ts).
  'broadcast-schedules': {
    admin: row('all yes yes yes n/a n/a'),
    editor: row('all yes yes yes n/a n/a'),
    reviewer: row('all no no no n/a n/a'),
    contributor: row('own own own own n/a n/a'),
    anonymous: row('none no no no n/a n/a'),
  },
  // A unit's yearly report: its contributors write it, the province reads all (tests/int/report-submissions.test.ts).
  'report-submissions': {
    admin: row('all yes yes yes n/a n/a'),
    editor: row('all yes yes no n/a n/a'),
    reviewer: row('all no no no n/a n/a'),
    contributor: row('own own own no n/a n/a'),
    anonymous: row('none no no no n/a n/a'),
  },
  procedures: editorialOnly,
  topics: editorialOnly,
  audiences: editorialOnly,
  campaigns: editorialOnly,
  units: {
    admin: row('all yes yes yes n/a n/a'),
    editor: row('all no no no n/a n/a'),
    reviewer: row('all no no no n/a n/a'),
    contributor: row('all no no no n/a n/a'),
    anonymous: row('all no no no n/a n/a'),
  },
  users: {
    admin: row('all yes yes yes n/a n/a'),
    editor: row('own no own no n/a n/a'),
    reviewer: row('own no own no n/a n/a'),
    contributor: row('own no own no n/a n/a'),
    anonymous: row('none no no no n/a n/a'),
  },
  'audit-log': {
    admin: row('all no no no n/a n/a'),
    editor: row('all no no no n/a n/a'),
    reviewer: row('all no no no n/a n/a'),
    contributor: row('none no no no n/a n/a'),
    anonymous: row('none no no no n/a n/a'),
  },
  'site-changes': {
    admin: row('all no no no n/a n/a'),
    editor: row('all no no no n/a n/a'),
    reviewer: row('all no no no n/a n/a'),
    contributor: row('all no no no n/a n/a'),
    anonymous: row('none no no no n/a n/a'),
  },
  // Written only by the beacon endpoint (cms/usage/); read by anyone signed in (reports).
  'usage-counts': {
    admin: row('all no no no n/a n/a'),
    editor: row('all no no no n/a n/a'),
    reviewer: row('all no no no n/a n/a'),
    contributor: row('all no no no n/a n/a'),
    anonymous: row('none no no no n/a n/a'),
  },
  // Citizen feedback (issue 19): created only by POST /api/feedback; the public reads answered, approved items
  // (public fields only, tests/int/feedback-intake.test.ts); a contributor answers their unit's.
  feedback: {
    admin: row('all no yes yes n/a n/a'),
    editor: row('all no yes yes n/a n/a'),
    reviewer: row('all no yes no n/a n/a'),
    contributor: row('own no own no n/a n/a'),
    anonymous: row('published no no no n/a n/a'),
  },
  // A citizen's phone or e-mail for a private answer: never public; the province and the item's unit only.
  'feedback-contacts': {
    admin: row('all no yes yes n/a n/a'),
    editor: row('all no yes yes n/a n/a'),
    reviewer: row('all no yes no n/a n/a'),
    contributor: row('own no own no n/a n/a'),
    anonymous: row('none no no no n/a n/a'),
  },
  'expired-materials': {
    admin: row('all no no no n/a n/a'),
    editor: row('all no no no n/a n/a'),
    reviewer: row('all no no no n/a n/a'),
    contributor: row('all no no no n/a n/a'),
    anonymous: row('all no no no n/a n/a'),
  },
}

const ACTORS: Actor[] = [...ROLES.map((role) => role.value), 'anonymous']
type Id = string | number
type Owner = 'self' | 'other'
type Transport = 'Local API' | 'REST'
type Doc = Record<string, unknown> & { id: Id }

/** Payload's own collections (preferences, migrations, locks, jobs…) keep Payload's access rules. */
const isPayloadInternal = (slug: string): boolean => slug.startsWith('payload-')

describeWithDatabase('access matrix: roles × actions × collections', () => {
  let payload: Payload
  let make: Fixtures
  let unitA: Unit
  let unitB: Unit
  const accounts = {} as Record<Role, { user: User; login: Credentials }>
  const clients = {} as Record<Actor, CmsHttpClient>
  const userOf = (actor: Actor): User | undefined => (actor === 'anonymous' ? undefined : accounts[actor].user)

  /** How to make, change and recognise a document of each collection. */
  interface Kit {
    data(owner: Owner): Record<string, unknown>
    /** A document owned by `owner` (relative to `actor`), written with full rights. */
    make(owner: Owner, actor: Actor, options?: { published?: boolean }): Promise<Id>
    change(marker: string): Record<string, unknown>
    changed(doc: Doc, marker: string): boolean
    upload?: true
  }

  const named = (field: string, prefix: string): Pick<Kit, 'data' | 'change' | 'changed'> => ({
    data: () => ({ [field]: `${prefix} ${uniqueSuffix()}` }),
    change: (marker) => ({ [field]: marker }),
    changed: (doc, marker) => doc[field] === marker,
  })

  const simpleKit = (slug: CollectionSlug, extra: () => Record<string, unknown>, field = 'name'): Kit => {
    const base = named(field, 'Mục thử quyền')
    const kit: Kit = {
      ...base,
      data: () => ({ ...base.data('other'), ...extra() }),
      make: async () => (await payload.create({ collection: slug, data: kit.data('other') as never })).id,
    }
    return kit
  }

  let KITS: Record<string, Kit>
  let reportYears = 0

  const media = () => {
    const name = `thu-quyen-${uniqueSuffix()}`
    return uploadFile(taggedMp3(8, name), 'audio/mpeg', `${name}.mp3`)
  }

  const feedbackData = (unit: Id): Record<string, unknown> => ({
    unit,
    kind: 'question',
    text: `Câu hỏi thử quyền ${uniqueSuffix()}`,
    publicText: `Câu hỏi thử quyền ${uniqueSuffix()}`,
    name: `Thôn thử quyền ${uniqueSuffix()}`,
  })
  const makeFeedback = (unit: Id, published = false) =>
    payload.create({
      collection: 'feedback',
      data: {
        ...feedbackData(unit),
        ...(published ? { status: 'answered', answerState: 'approved', answer: 'Trả lời thử quyền.' } : {}),
      } as never,
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    unitA = await make.createUnit()
    unitB = await make.createUnit()
    for (const { value: role } of ROLES) {
      accounts[role] = await make.createUnitUser(role, unitA.id)
      clients[role] = new CmsHttpClient()
      await clients[role].login(accounts[role].login.email, accounts[role].login.password)
    }
    clients.anonymous = new CmsHttpClient()

    const unitOf = (owner: Owner): Id => (owner === 'self' ? unitA.id : unitB.id)
    const spot = await make.createDraftMaterial({ ownerUnit: unitB.id, kind: 'audio' })
    KITS = {
      materials: {
        data: (owner) => ({ ...materialData({ ownerUnit: unitOf(owner) as number }), _status: 'draft' }),
        make: async (owner, _actor, options) =>
          (options?.published
            ? await make.createPublishedMaterial({ ownerUnit: unitOf(owner) as number })
            : await make.createDraftMaterial({ ownerUnit: unitOf(owner) as number })
          ).id,
        change: (marker) => ({ title: marker }),
        changed: (doc, marker) => doc.title === marker,
      },
      media: {
        ...named('alt', 'Tệp thử quyền'),
        upload: true,
        make: async (owner, actor, options) => {
          const { id } = await payload.create({
            collection: 'media',
            data: { alt: `Tệp thử quyền ${uniqueSuffix()}` },
            file: media(),
            // The uploader is whoever the request is from (uploadedBy hook).
            user: owner === 'self' && actor !== 'anonymous' ? accounts[actor].user : accounts.admin.user,
          })
          // "Published" for a file: a published material offers it for download.
          if (options?.published)
            await make.createPublishedMaterial({
              ownerUnit: unitB.id,
              kind: 'audio',
              files: [{ label: 'Bản ghi âm', file: id }],
            })
          return id
        },
      },
      'outreach-activities': {
        ...named('note', 'Ghi chú thử quyền'),
        data: (owner) => ({
          kind: 'conference',
          startDate: '2026-03-02T00:00:00.000Z',
          unit: unitOf(owner),
          reach: { people: 40 },
          note: `Hội nghị thử quyền ${uniqueSuffix()}`,
        }),
        make: async (owner) =>
          (
            await payload.create({
              collection: 'outreach-activities',
              data: KITS['outreach-activities']!.data(owner) as never,
            })
          ).id,
      },
      'broadcast-schedules': {
        ...named('note', 'Lịch thử quyền'),
        data: (owner) => ({
          unit: unitOf(owner),
          spots: [spot.id],
          validFrom: '2026-03-01T00:00:00.000Z',
          validUntil: '2026-03-31T00:00:00.000Z',
          timesPerDay: 2,
          weekdays: ['mon', 'thu'],
          note: `Lịch thử quyền ${uniqueSuffix()}`,
        }),
        make: async (owner) =>
          (
            await payload.create({
              collection: 'broadcast-schedules',
              data: KITS['broadcast-schedules']!.data(owner) as never,
            })
          ).id,
      },
      'report-submissions': {
        ...named('proposals', 'Đề xuất thử quyền'),
        // One report per unit and year: every document gets a year of its own.
        data: (owner) => ({ unit: unitOf(owner), year: 2030 + (reportYears++ % 70), state: 'draft' }),
        make: async (owner) =>
          (
            await payload.create({
              collection: 'report-submissions',
              data: KITS['report-submissions']!.data(owner) as never,
            })
          ).id,
      },
      procedures: {
        ...simpleKit('procedures', () => ({
          code: `1.${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`,
          field: 'Tư pháp',
          onlineLevel: 'full',
          implementingLevel: 'province',
        })),
      },
      topics: simpleKit('topics', () => ({})),
      audiences: simpleKit('audiences', () => ({})),
      campaigns: simpleKit('campaigns', () => ({})),
      units: simpleKit('units', () => ({ type: 'commune' })),
      users: {
        ...named('name', 'Người dùng thử quyền'),
        data: () => ({ ...credentials('contributor'), name: `Người dùng thử quyền ${uniqueSuffix()}` }),
        make: async (owner, actor) => {
          if (owner === 'self' && actor !== 'anonymous') return accounts[actor].user.id
          return (await make.createUser('contributor')).user.id
        },
      },
      'audit-log': {
        ...named('comment', 'Ghi chú thử quyền'),
        data: () => ({
          at: new Date().toISOString(),
          action: 'create',
          collection: 'materials',
          docId: uniqueSuffix(),
          comment: 'thử quyền',
        }),
        make: async () =>
          (
            await payload.create({
              collection: 'audit-log' as CollectionSlug,
              data: KITS['audit-log']!.data('other') as never,
            })
          ).id,
      },
      'site-changes': {
        ...named('reason', 'Thử quyền'),
        data: () => ({ scope: 'full', reason: `Thử quyền ${uniqueSuffix()}` }),
        make: async () =>
          (
            await payload.create({
              collection: 'site-changes' as CollectionSlug,
              data: KITS['site-changes']!.data('other') as never,
            })
          ).id,
      },
      'usage-counts': {
        ...named('host', 'thu-quyen'),
        data: () => ({ key: `thu-quyen-${uniqueSuffix()}`, day: '2030-01-01', event: 'view', host: 'x', count: 1 }),
        make: async () =>
          (
            await payload.create({
              collection: 'usage-counts' as CollectionSlug,
              data: KITS['usage-counts']!.data('other') as never,
            })
          ).id,
      },
      feedback: {
        ...named('name', 'Thôn thử quyền'),
        data: (owner) => feedbackData(unitOf(owner)),
        make: async (owner, _actor, options) => (await makeFeedback(unitOf(owner), options?.published)).id,
      },
      'feedback-contacts': {
        ...named('contact', 'thu-quyen@example.com'),
        data: () => ({ contact: `thu-quyen-${uniqueSuffix()}@example.com` }),
        make: async (owner) => {
          const feedback = await makeFeedback(unitOf(owner))
          const data = { feedback: feedback.id, contact: `thu-quyen-${uniqueSuffix()}@example.com` }
          return (await payload.create({ collection: 'feedback-contacts', data })).id
        },
      },
      'expired-materials': {
        ...named('title', 'Tài liệu hết hạn thử quyền'),
        data: () => ({
          slug: `het-han-${uniqueSuffix()}`,
          title: `Tài liệu hết hạn ${uniqueSuffix()}`,
          expiredAt: new Date().toISOString(),
        }),
        make: async () => {
          const material = await make.createDraftMaterial({ ownerUnit: unitB.id })
          const data = { ...KITS['expired-materials']!.data('other'), material: material.id }
          return (await payload.create({ collection: 'expired-materials' as CollectionSlug, data: data as never })).id
        },
      },
    }
  })

  it('the table has a row for every collection and role, and a cell for every action', () => {
    const slugs: string[] = payload.config.collections
      .map((collection) => collection.slug)
      .filter((slug) => !isPayloadInternal(slug))
    const missing: string[] = []
    for (const slug of slugs) {
      if (!EXPECTED[slug]) missing.push(`${slug}: no row (add it to EXPECTED)`)
      if (!KITS[slug]) missing.push(`${slug}: no fixture kit (add it to KITS)`)
      for (const actor of ACTORS) {
        const cells = EXPECTED[slug]?.[actor]
        if (!cells) {
          if (EXPECTED[slug]) missing.push(`${slug} × ${actor}: no row`)
          continue
        }
        for (const action of ACTIONS) if (!cells[action]) missing.push(`${slug} × ${actor} × ${action}: no cell`)
      }
    }
    for (const slug of Object.keys(EXPECTED))
      if (!slugs.includes(slug)) missing.push(`${slug}: in the table but not in the config`)
    expect(missing).toEqual([])
  })

  it('n/a marks exactly the collections without drafts', () => {
    for (const collection of payload.config.collections.filter((c) => EXPECTED[c.slug])) {
      const hasDrafts = Boolean(collection.versions && collection.versions.drafts)
      for (const actor of ACTORS) {
        for (const action of ['publish', 'readVersions'] as const) {
          expect(EXPECTED[collection.slug]![actor][action] === 'n/a', `${collection.slug} × ${actor} × ${action}`).toBe(
            !hasDrafts,
          )
        }
      }
    }
  })

  // ---------------------------------------------------------------------------
  // What one actor can do, through one transport. Each returns whether it worked
  // (for writes: whether the change is in the database afterwards).

  const stored = async (slug: string, id: Id, draft = false): Promise<Doc | null> =>
    ((
      await payload.find({
        collection: slug as CollectionSlug,
        where: { id: { equals: id } },
        draft,
        depth: 0,
        limit: 1,
      })
    ).docs[0] as unknown as Doc | undefined) ?? null

  async function canRead(t: Transport, actor: Actor, slug: string, id: Id): Promise<boolean> {
    if (t === 'Local API') {
      try {
        const found = await payload.find({
          collection: slug as CollectionSlug,
          where: { id: { equals: id } },
          overrideAccess: false,
          user: userOf(actor),
          depth: 0,
        })
        return found.docs.length === 1
      } catch {
        return false
      }
    }
    const response = await clients[actor].get<{ docs?: Doc[] }>(`/${slug}`, { where: { id: { equals: id } }, depth: 0 })
    return response.status === 200 && response.body.docs?.length === 1
  }

  async function canCreate(t: Transport, actor: Actor, slug: string, data: Record<string, unknown>): Promise<boolean> {
    const kit = KITS[slug]!
    const draft = slug === 'materials'
    let id: Id | undefined
    if (t === 'Local API') {
      try {
        const doc = await payload.create({
          collection: slug as CollectionSlug,
          data: data as never,
          draft,
          overrideAccess: false,
          user: userOf(actor),
          ...(kit.upload ? { file: media() } : {}),
        })
        id = doc.id
      } catch {
        return false
      }
    } else {
      const client = clients[actor]
      const file = media()
      const response = kit.upload
        ? await client.upload<{ doc?: Doc }>(
            `/${slug}`,
            { data: file.data, name: file.name, mimetype: file.mimetype },
            data,
          )
        : await client.rest<{ doc?: Doc }>('POST', `/${slug}${draft ? '?draft=true' : ''}` as `/${string}`, data)
      if (response.status !== 201 || !response.body.doc) return false
      id = response.body.doc.id
    }
    return (await stored(slug, id, draft)) !== null
  }

  async function canUpdate(
    t: Transport,
    actor: Actor,
    slug: string,
    id: Id,
    data: Record<string, unknown>,
    draft: boolean,
  ): Promise<boolean> {
    if (t === 'Local API') {
      try {
        await payload.update({
          collection: slug as CollectionSlug,
          id,
          data: data as never,
          draft,
          overrideAccess: false,
          user: userOf(actor),
        })
      } catch {
        return false
      }
    } else {
      const response = await clients[actor].patch(`/${slug}/${id}`, data, draft ? { draft: 'true' } : {})
      if (response.status !== 200) return false
    }
    return true
  }

  async function canDelete(t: Transport, actor: Actor, slug: string, id: Id): Promise<boolean> {
    if (t === 'Local API') {
      try {
        await payload.delete({ collection: slug as CollectionSlug, id, overrideAccess: false, user: userOf(actor) })
      } catch {
        // fall through: the database says whether it is gone
      }
    } else {
      await clients[actor].rest('DELETE', `/${slug}/${id}`)
    }
    return (await stored(slug, id)) === null
  }

  async function canReadVersions(t: Transport, actor: Actor, slug: string, id: Id): Promise<boolean> {
    if (t === 'Local API') {
      try {
        const found = await payload.findVersions({
          collection: slug as CollectionSlug,
          where: { parent: { equals: id } },
          overrideAccess: false,
          user: userOf(actor),
        })
        return found.docs.length > 0
      } catch {
        return false
      }
    }
    const response = await clients[actor].get<{ docs?: unknown[] }>(`/${slug}/versions`, {
      where: { parent: { equals: id } },
    })
    return response.status === 200 && (response.body.docs?.length ?? 0) > 0
  }

  const marker = (): string => `Đã sửa ${uniqueSuffix()}`

  /** Whether an update reached the database: published collections keep drafts in versions. */
  async function tryUpdate(t: Transport, actor: Actor, slug: string, owner: Owner): Promise<boolean> {
    const kit = KITS[slug]!
    const id = await kit.make(owner, actor)
    const value = marker()
    const draft = slug === 'materials'
    const answered = await canUpdate(t, actor, slug, id, kit.change(value), draft)
    const doc = await stored(slug, id, draft)
    const landed = doc !== null && kit.changed(doc, value)
    expect(landed, `${slug}: the answer (${answered}) and the database (${landed}) disagree`).toBe(answered)
    return landed
  }

  const tryDelete = async (t: Transport, actor: Actor, slug: string, owner: Owner): Promise<boolean> =>
    canDelete(t, actor, slug, await KITS[slug]!.make(owner, actor))

  async function tryPublish(t: Transport, actor: Actor, slug: string, owner: Owner): Promise<boolean> {
    const id = await KITS[slug]!.make(owner, actor)
    // Publishing is an approval (hooks/routePublishThroughReview.ts): of a material waiting for review.
    if (slug === 'materials')
      await payload.update({ collection: 'materials', id, data: { workflowStatus: 'submitted' }, draft: true })
    await canUpdate(t, actor, slug, id, { _status: 'published' }, false)
    return (await stored(slug, id))?._status === 'published'
  }

  /** The checks behind each cell value; each pair is (what is tried, what must happen). */
  async function check(t: Transport, actor: Actor, slug: string, action: Action, cell: Cell): Promise<void> {
    const kit = KITS[slug]!
    const label = `${t} · ${actor} · ${action} ${slug} (expected: ${cell})`
    const own = actor !== 'anonymous'
    switch (action) {
      case 'read': {
        const other = await kit.make('other', actor)
        if (cell === 'all') expect(await canRead(t, actor, slug, other), label).toBe(true)
        if (cell === 'none') expect(await canRead(t, actor, slug, other), label).toBe(false)
        if (cell === 'own') {
          expect(await canRead(t, actor, slug, await kit.make('self', actor)), `${label}: own`).toBe(true)
          expect(await canRead(t, actor, slug, other), `${label}: other's`).toBe(false)
        }
        if (cell === 'published') {
          expect(
            await canRead(t, actor, slug, await kit.make('other', actor, { published: true })),
            `${label}: published`,
          ).toBe(true)
          expect(await canRead(t, actor, slug, other), `${label}: draft`).toBe(false)
        }
        return
      }
      case 'create':
        if (cell === 'own') {
          expect(await canCreate(t, actor, slug, kit.data('self')), `${label}: own`).toBe(true)
          expect(await canCreate(t, actor, slug, kit.data('other')), `${label}: other's`).toBe(false)
        } else {
          expect(await canCreate(t, actor, slug, kit.data('other')), label).toBe(cell === 'yes')
        }
        return
      case 'update':
      case 'delete': {
        const attempt = action === 'update' ? tryUpdate : tryDelete
        if (cell === 'own') {
          expect(await attempt(t, actor, slug, 'self'), `${label}: own`).toBe(true)
          expect(await attempt(t, actor, slug, 'other'), `${label}: other's`).toBe(false)
        } else {
          expect(await attempt(t, actor, slug, 'other'), label).toBe(cell === 'yes')
          if (cell === 'no' && own) expect(await attempt(t, actor, slug, 'self'), `${label}: own`).toBe(false)
        }
        return
      }
      case 'publish':
        if (cell === 'n/a') return
        // Their own unit's draft: a refusal here is about publishing, not about whose it is.
        expect(await tryPublish(t, actor, slug, 'self'), label).toBe(cell === 'yes')
        return
      case 'readVersions': {
        if (cell === 'n/a') return
        const other = await kit.make('other', actor)
        if (cell === 'own') {
          expect(await canReadVersions(t, actor, slug, await kit.make('self', actor)), `${label}: own`).toBe(true)
          expect(await canReadVersions(t, actor, slug, other), `${label}: other's`).toBe(false)
        } else {
          expect(await canReadVersions(t, actor, slug, other), label).toBe(cell === 'all')
        }
        return
      }
    }
  }

  const cases = Object.entries(EXPECTED).flatMap(([slug, rows]) =>
    ACTORS.map((actor) => ({ slug, actor, cells: rows[actor] })),
  )

  for (const transport of ['Local API', 'REST'] as const) {
    describe(transport, () => {
      it.each(cases)('$actor × $slug', async ({ slug, actor, cells }) => {
        for (const action of ACTIONS) await check(transport, actor, slug, action, cells[action])
      })
    })
  }
})

describeWithDatabase('unit contributors: what the matrix cells mean in practice', () => {
  let payload: Payload
  let make: Fixtures
  let department: Unit
  let underDepartment: Unit
  let elsewhere: Unit
  let contributor: { user: User; login: Credentials }
  let departmentContributor: { user: User; login: Credentials }
  const client = new CmsHttpClient()
  const departmentClient = new CmsHttpClient()

  interface ErrorBody {
    errors?: { message: string }[]
  }
  const messageOf = (body: unknown): string => (body as ErrorBody).errors?.[0]?.message ?? ''

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    department = await make.createUnit({ type: 'department', name: `Sở Thử Nghiệm ${uniqueSuffix()}` })
    underDepartment = await make.createUnit({ type: 'agency', parent: department.id })
    elsewhere = await make.createUnit()
    // A commune contributor (no sub-units) and a department contributor granted its sub-units.
    contributor = await make.createUnitUser('contributor', department.id)
    departmentContributor = await make.createUnitUser('contributor', department.id, { includeSubunits: true })
    await client.login(contributor.login.email, contributor.login.password)
    await departmentClient.login(departmentContributor.login.email, departmentContributor.login.password)
  })

  it("a contributor neither reads the drafts' history of nor edits another unit's material", async () => {
    const theirs = await make.createDraftMaterial({ ownerUnit: elsewhere.id })
    const response = await client.patch(`/materials/${theirs.id}`, { title: 'Sửa trộm' }, { draft: 'true' })
    expect([403, 404]).toContain(response.status)
    expect((await payload.findByID({ collection: 'materials', id: theirs.id, draft: true })).title).toBe(theirs.title)
  })

  it('a sub-unit material is out of reach without includeSubunits, and within reach with it', async () => {
    const material = await make.createDraftMaterial({ ownerUnit: underDepartment.id })
    const refused = await client.patch(
      `/materials/${material.id}`,
      { title: `Không được sửa ${uniqueSuffix()}` },
      { draft: 'true' },
    )
    expect([403, 404]).toContain(refused.status)

    const title = `Đơn vị trực thuộc đã sửa ${uniqueSuffix()}`
    const allowed = await departmentClient.patch(`/materials/${material.id}`, { title }, { draft: 'true' })
    expect(allowed.status).toBe(200)
    expect((await payload.findByID({ collection: 'materials', id: material.id, draft: true })).title).toBe(title)

    // Creating for a sub-unit works too; for a unit outside the department it does not.
    const created = await departmentClient.post<{ doc?: { id: Id } }>('/materials?draft=true', {
      ...materialData({ ownerUnit: underDepartment.id }),
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    const outside = await departmentClient.post('/materials?draft=true', {
      ...materialData({ ownerUnit: elsewhere.id }),
      _status: 'draft',
    })
    expect(outside.status).toBe(403)
  })

  it('a contributor cannot publish: refused with a Vietnamese reason, and the material stays unpublished', async () => {
    const draft = await make.createDraftMaterial({ ownerUnit: department.id })
    const response = await client.patch(`/materials/${draft.id}`, { _status: 'published' })
    expect(response.status).toBe(403)
    expect(messageOf(response.body)).toMatch(
      /^Cộng tác viên đơn vị không được xuất bản tài liệu\. Thay đổi chưa được lưu\./,
    )
    expect((await payload.findByID({ collection: 'materials', id: draft.id }))._status).toBe('draft')

    const createdPublished = await client.post('/materials', {
      ...materialData({ ownerUnit: department.id }),
      _status: 'published',
    })
    expect(createdPublished.status).toBe(403)
    expect(messageOf(createdPublished.body)).toContain('không được xuất bản')
  })

  it('editing a published material in place (without saving a draft) counts as publishing and is refused', async () => {
    const published = await make.createPublishedMaterial({ ownerUnit: department.id })
    const response = await client.patch(`/materials/${published.id}`, { title: 'Sửa thẳng lên trang' })
    expect(response.status).toBe(403)
    expect((await payload.findByID({ collection: 'materials', id: published.id })).title).toBe(published.title)
    // Saving a draft of it is fine: the published version stays as it was until someone publishes.
    const asDraft = await client.patch(
      `/materials/${published.id}`,
      { title: `Bản nháp mới ${uniqueSuffix()}` },
      { draft: 'true' },
    )
    expect(asDraft.status).toBe(200)
    expect((await payload.findByID({ collection: 'materials', id: published.id })).title).toBe(published.title)
  })

  it('a contributor deletes a draft of their unit, but never a material that was published', async () => {
    const draft = await make.createDraftMaterial({ ownerUnit: department.id })
    expect((await client.rest('DELETE', `/materials/${draft.id}`)).status).toBe(200)
    const published = await make.createPublishedMaterial({ ownerUnit: department.id })
    expect([403, 404]).toContain((await client.rest('DELETE', `/materials/${published.id}`)).status)
    expect((await payload.count({ collection: 'materials', where: { id: { equals: published.id } } })).totalDocs).toBe(
      1,
    )
  })

  it('a contributor cannot hand a material to another unit', async () => {
    const draft = await make.createDraftMaterial({ ownerUnit: department.id })
    const response = await client.patch(`/materials/${draft.id}`, { ownerUnit: elsewhere.id }, { draft: 'true' })
    expect(response.status).toBe(403)
    expect(messageOf(response.body)).toMatch(/^Bạn chỉ được soạn tài liệu của đơn vị mình/)
    const stored = await payload.findByID({ collection: 'materials', id: draft.id, draft: true, depth: 0 })
    expect(String(stored.ownerUnit)).toBe(String(department.id))

    const created = await client.post('/materials?draft=true', {
      ...materialData({ ownerUnit: elsewhere.id }),
      _status: 'draft',
    })
    expect(created.status).toBe(403)
    expect(messageOf(created.body)).toContain('đơn vị mình')
  })

  it('a contributor without a unit is told to ask for one', async () => {
    const { login } = await make.createUser('contributor')
    const unitless = new CmsHttpClient()
    await unitless.login(login.email, login.password)
    const response = await unitless.post('/materials?draft=true', {
      ...materialData({ ownerUnit: department.id }),
      _status: 'draft',
    })
    expect(response.status).toBe(403)
    expect(messageOf(response.body)).toContain('chưa được gắn với đơn vị nào')
  })

  it('the publication schedule (validFrom, validUntil) is not the contributor’s to set; an editor sets it', async () => {
    const from = '2027-01-01T00:00:00.000Z'
    const until = '2027-12-31T00:00:00.000Z'
    const created = await client.post<{ doc: { id: Id } }>('/materials?draft=true', {
      ...materialData({ ownerUnit: department.id }),
      _status: 'draft',
      validFrom: from,
      validUntil: until,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    let stored = await payload.findByID({ collection: 'materials', id, draft: true })
    expect(stored.validFrom ?? null).toBeNull()
    expect(stored.validUntil ?? null).toBeNull()

    await client.patch(`/materials/${id}`, { validFrom: from }, { draft: 'true' })
    stored = await payload.findByID({ collection: 'materials', id, draft: true })
    expect(stored.validFrom ?? null).toBeNull()

    const editor = await make.createUser('editor')
    const editorClient = new CmsHttpClient()
    await editorClient.login(editor.login.email, editor.login.password)
    expect((await editorClient.patch(`/materials/${id}`, { validFrom: from }, { draft: 'true' })).status).toBe(200)
    stored = await payload.findByID({ collection: 'materials', id, draft: true })
    expect(new Date(stored.validFrom ?? 0).toISOString()).toBe(from)
  })

  it('a contributor cannot grant themselves sub-units or another unit', async () => {
    await client.patch(`/users/${contributor.user.id}`, { includeSubunits: true, unit: elsewhere.id })
    const stored = await payload.findByID({ collection: 'users', id: contributor.user.id, depth: 0 })
    expect(stored.includeSubunits ?? false).toBe(false)
    expect(String(stored.unit)).toBe(String(department.id))
  })

  it('an uploaded file records who uploaded it, whatever the request claims', async () => {
    const other = await make.createUser('editor')
    const name = `tu-khai-${uniqueSuffix()}`
    const file = uploadFile(taggedMp3(8, name), 'audio/mpeg', `${name}.mp3`)
    const response = await client.upload<{ doc: { id: Id } }>(
      '/media',
      { data: file.data, name: file.name, mimetype: file.mimetype },
      { alt: 'Tệp thử', uploadedBy: other.user.id },
    )
    expect(response.status).toBe(201)
    const stored = await payload.findByID({ collection: 'media', id: response.body.doc.id, depth: 0 })
    expect(String(stored.uploadedBy)).toBe(String(contributor.user.id))
  })
})
