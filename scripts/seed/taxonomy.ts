import { slugify } from '@dvctt/cms/vocabulary'
import type { Audience, Campaign, Procedure, Topic, Unit } from '@dvctt/cms/payload-types'

import { need, SEED_CONTEXT, type SeedContext } from './context'
import { FIELD_AGENCY, nationalPortalUrl, PROCEDURE_SEEDS } from './data/procedures'
import { AUDIENCE_SEEDS, type AudienceKey, CAMPAIGN_SEEDS, type CampaignKey, TOPIC_SEEDS } from './data/taxonomy'
import { UNIT_SEEDS, type UnitSeed } from './data/units'

export interface ProcedureRef {
  id: Procedure['id']
  code: string
  name: string
  field: string
  onlineLevel: Procedure['onlineLevel']
  implementingLevel: Procedure['implementingLevel']
  url: string
}

export interface UnitRef {
  id: Unit['id']
  seed: UnitSeed
}

/** Ids of everything a material can point at, by the keys the seed data uses. */
export interface Taxonomy {
  units: Map<string, UnitRef>
  topics: Map<number, Topic['id']>
  audiences: Map<AudienceKey, Audience['id']>
  campaigns: Map<CampaignKey, Campaign['id']>
  procedures: Map<string, ProcedureRef>
}

export async function seedTaxonomy(ctx: SeedContext): Promise<Taxonomy> {
  const units = await seedUnits(ctx)
  return {
    units,
    topics: await seedTopics(ctx),
    audiences: await seedAudiences(ctx),
    campaigns: await seedCampaigns(ctx),
    procedures: await seedProcedures(ctx, units),
  }
}

async function seedUnits(ctx: SeedContext): Promise<Map<string, UnitRef>> {
  const units = new Map<string, UnitRef>()
  const existing = await ctx.existing(
    'units',
    'slug',
    UNIT_SEEDS.map((u) => slugify(u.name)),
  )
  // Seeds are ordered parents first, so each parent id is known when its children are created.
  await ctx.each(
    'Đơn vị',
    'units',
    UNIT_SEEDS,
    (u) => u.name,
    async (seed) => {
      const slug = slugify(seed.name)
      const found = existing.get(slug)
      if (found !== undefined) {
        units.set(seed.name, { id: found, seed })
        return 'skipped'
      }
      const parent = seed.parent ? need(units, seed.parent, 'đơn vị cấp trên', `Đơn vị "${seed.name}"`).id : undefined
      const doc = await ctx.payload.create({
        collection: 'units',
        data: {
          name: seed.name,
          shortName: seed.shortName,
          slug,
          type: seed.type,
          parent,
          historical: seed.historical ?? false,
          portalUrl: seed.portalUrl,
          // The portal's host: an embed of the library loaded there counts as the unit showing it (issue 17).
          portalHosts: seed.portalUrl ? [{ host: new URL(seed.portalUrl).hostname }] : [],
          contact: seed.contact,
        },
        context: SEED_CONTEXT,
      })
      units.set(seed.name, { id: doc.id, seed })
      return 'created'
    },
  )
  return units
}

async function seedTopics(ctx: SeedContext): Promise<Map<number, Topic['id']>> {
  const topics = new Map<number, Topic['id']>()
  const existing = await ctx.existing(
    'topics',
    'slug',
    TOPIC_SEEDS.map((t) => slugify(t.name)),
  )
  await ctx.each(
    'Chủ đề',
    'topics',
    TOPIC_SEEDS,
    (t) => t.name,
    async (seed) => {
      const slug = slugify(seed.name)
      const found = existing.get(slug)
      if (found !== undefined) {
        topics.set(seed.order, found)
        return 'skipped'
      }
      const doc = await ctx.payload.create({
        collection: 'topics',
        data: { name: seed.name, slug, order: seed.order, description: seed.description },
        context: SEED_CONTEXT,
      })
      topics.set(seed.order, doc.id)
      return 'created'
    },
  )
  return topics
}

async function seedAudiences(ctx: SeedContext): Promise<Map<AudienceKey, Audience['id']>> {
  const audiences = new Map<AudienceKey, Audience['id']>()
  const existing = await ctx.existing(
    'audiences',
    'slug',
    AUDIENCE_SEEDS.map((a) => slugify(a.name)),
  )
  await ctx.each(
    'Đối tượng',
    'audiences',
    AUDIENCE_SEEDS,
    (a) => a.name,
    async (seed) => {
      const slug = slugify(seed.name)
      const found = existing.get(slug)
      if (found !== undefined) {
        audiences.set(seed.key, found)
        return 'skipped'
      }
      const doc = await ctx.payload.create({
        collection: 'audiences',
        data: { name: seed.name, slug, description: seed.description },
        context: SEED_CONTEXT,
      })
      audiences.set(seed.key, doc.id)
      return 'created'
    },
  )
  return audiences
}

async function seedCampaigns(ctx: SeedContext): Promise<Map<CampaignKey, Campaign['id']>> {
  const campaigns = new Map<CampaignKey, Campaign['id']>()
  const existing = await ctx.existing(
    'campaigns',
    'slug',
    CAMPAIGN_SEEDS.map((c) => slugify(c.name)),
  )
  await ctx.each(
    'Chiến dịch',
    'campaigns',
    CAMPAIGN_SEEDS,
    (c) => c.name,
    async (seed) => {
      const slug = slugify(seed.name)
      const found = existing.get(slug)
      if (found !== undefined) {
        campaigns.set(seed.key, found)
        return 'skipped'
      }
      const doc = await ctx.payload.create({
        collection: 'campaigns',
        data: {
          name: seed.name,
          slug,
          startDate: seed.startDate,
          endDate: seed.endDate,
          description: seed.description,
        },
        context: SEED_CONTEXT,
      })
      campaigns.set(seed.key, doc.id)
      return 'created'
    },
  )
  return campaigns
}

function agencyOf(seed: (typeof PROCEDURE_SEEDS)[number], units: Map<string, UnitRef>): UnitRef['id'][] {
  const agency = seed.implementingLevel === 'province' ? FIELD_AGENCY[seed.field] : undefined
  return agency ? [need(units, agency, 'cơ quan thực hiện', `Thủ tục ${seed.code}`).id] : []
}

async function seedProcedures(ctx: SeedContext, units: Map<string, UnitRef>): Promise<Map<string, ProcedureRef>> {
  const procedures = new Map<string, ProcedureRef>()
  const existing = await ctx.existing(
    'procedures',
    'code',
    PROCEDURE_SEEDS.map((p) => p.code),
  )
  await ctx.each(
    'Thủ tục hành chính',
    'procedures',
    PROCEDURE_SEEDS,
    (p) => `${p.code} ${p.name}`,
    async (seed) => {
      const url = nationalPortalUrl(seed.code)
      const found = existing.get(seed.code)
      let id = found
      if (id === undefined) {
        const doc = await ctx.payload.create({
          collection: 'procedures',
          data: { ...seed, nationalPortalUrl: url, agencies: agencyOf(seed, units) },
          context: SEED_CONTEXT,
        })
        id = doc.id
      }
      procedures.set(seed.code, { ...seed, id, url })
      return found === undefined ? 'created' : 'skipped'
    },
  )
  return procedures
}
