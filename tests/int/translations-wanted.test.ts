/**
 * What an editor and a unit contributor see of language versions in the admin: a material's «Bản ngôn
 * ngữ» sidebar (languageVersions) and the «Cần bản dịch» view (translationsWanted), from real materials
 * and usage counters. The view's day is in mid-2032, a year no other file counts in.
 */
import { type Payload, createLocalReq } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { languageVersions } from '@dvctt/cms/languageVersions/versions'
import { type TranslationsWanted, translationsWanted } from '@dvctt/cms/languageVersions/wanted'
import type { Material, Unit, User } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { createUserInUnit, type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { putUsageCounts } from '../support/usageCounts'

const AT = new Date('2032-06-15T05:00:00Z')

describeWithDatabase('language versions in the admin', () => {
  let payload: Payload
  let make: Fixtures
  let unitA: Unit
  let unitB: Unit
  let unitC: Unit
  type Key = 'a1' | 'a2' | 'a3' | 'a4' | 'b1' | 'a3hmn' | 'a1dao' | 'c1' | 'c2'
  const m = {} as Record<Key, Material>

  const reqAs = async (user: User | null) =>
    createLocalReq(user ? { user: { ...user, collection: 'users' } } : {}, payload)
  const titlesIn = (wanted: TranslationsWanted, language: string, ours: readonly Material[]) => {
    const mine = new Set(ours.map((doc) => String(doc.id)))
    const entry = wanted.languages.find((l) => l.language === language)
    return (entry?.materials ?? []).filter((row) => mine.has(row.id)).map((row) => row.title)
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    unitA = await make.createUnit({ name: `Xã Bum Nưa ${uniqueSuffix()}` })
    unitB = await make.createUnit({ name: `Xã Pa Tần ${uniqueSuffix()}` })
    unitC = await make.createUnit({ name: `Xã Thu Lũm ${uniqueSuffix()}` })
    const published = (
      ownerUnit: Unit,
      over: Pick<Partial<Material>, 'language' | 'translationOf' | 'needsNativeReview'> = {},
    ) => make.createPublishedMaterial({ ownerUnit: ownerUnit.id, ...over })
    m.a1 = await published(unitA)
    m.a2 = await published(unitA)
    m.a3 = await published(unitA)
    m.a4 = await make.createDraftMaterial({ ownerUnit: unitA.id })
    m.b1 = await published(unitB)
    m.a3hmn = await published(unitA, { language: 'hmn', translationOf: m.a3.id, needsNativeReview: true })
    m.a1dao = await make.createDraftMaterial({ ownerUnit: unitA.id, language: 'dao', translationOf: m.a1.id })
    m.c1 = await published(unitC)
    m.c2 = await published(unitC)
    const views = (material: Material, count: number) => ({
      day: '2032-03-01',
      material: material.id,
      event: 'view' as const,
      count,
    })
    await putUsageCounts(payload, [
      views(m.a1, 30),
      views(m.a2, 5),
      views(m.a3, 100),
      views(m.b1, 50),
      // Views older than a year do not count.
      { ...views(m.a2, 900), day: '2031-06-01' },
    ])
  })

  it('the sidebar of an original lists its versions with their state and the languages missing', async () => {
    const editor = (await make.createUser('editor')).user
    const family = await languageVersions(await reqAs(editor), m.a3.id)
    expect(family?.rows.map((r) => [r.languageLabel, r.title, r.published, r.needsNativeReview, r.current])).toEqual([
      ['Tiếng Việt', m.a3.title, true, false, true],
      ['Tiếng Mông', m.a3hmn.title, true, true, false],
    ])
    expect(family?.missing.map((l) => l.label)).toEqual(['Tiếng Thái', 'Tiếng Dao'])
  })

  it('the sidebar of a version shows the same family, the version marked as the one open', async () => {
    const editor = (await make.createUser('editor')).user
    const family = await languageVersions(await reqAs(editor), m.a1dao.id)
    expect(family?.rows.map((r) => [r.language, String(r.id), r.published, r.current])).toEqual([
      ['vi', String(m.a1.id), true, false],
      ['dao', String(m.a1dao.id), false, true],
    ])
    expect(family?.missing.map((l) => l.language)).toEqual(['hmn', 'tai'])
  })

  it('an editor sees, per language, the province’s originals without that version, most viewed first', async () => {
    const editor = (await make.createUser('editor')).user
    const wanted = await translationsWanted(await reqAs(editor), AT)
    expect(wanted.order).toBe('views')
    expect(wanted.scopeUnits).toBeNull()
    expect(wanted.languages.map((l) => l.label)).toEqual(['Tiếng Mông', 'Tiếng Thái', 'Tiếng Dao'])
    const ours = [m.a1, m.a2, m.a3, m.a4, m.b1]
    // a3 has a Hmong version; a4 is a draft; views older than a year leave a2 last.
    expect(titlesIn(wanted, 'hmn', ours)).toEqual([m.b1.title, m.a1.title, m.a2.title])
    expect(titlesIn(wanted, 'tai', ours)).toEqual([m.a3.title, m.b1.title, m.a1.title, m.a2.title])
    // A draft Dao version of a1 already counts: someone is writing it.
    expect(titlesIn(wanted, 'dao', ours)).toEqual([m.a3.title, m.b1.title, m.a2.title])
    const hmong = wanted.languages.find((l) => l.language === 'hmn')
    expect(hmong?.materials.find((row) => row.id === String(m.b1.id))).toMatchObject({
      views: 50,
      unitName: unitB.name,
    })
  })

  it('a unit contributor sees only their unit’s materials', async () => {
    const contributor = (await createUserInUnit(payload, 'contributor', unitB.id)).user
    const wanted = await translationsWanted(await reqAs(contributor), AT)
    expect(wanted.scopeUnits).toEqual([unitB.name])
    for (const entry of wanted.languages) {
      expect(entry.materials.map((row) => row.title)).toEqual([m.b1.title])
      expect(entry.missing).toBe(1)
    }
  })

  it('with no views counted, the newest come first', async () => {
    const contributor = (await createUserInUnit(payload, 'contributor', unitC.id)).user
    const wanted = await translationsWanted(await reqAs(contributor), AT)
    expect(wanted.order).toBe('newest')
    expect(wanted.languages[0]?.materials.map((row) => row.title)).toEqual([m.c2.title, m.c1.title])
  })
})
