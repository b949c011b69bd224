import type { Campaign, MaterialView, SiteData } from '../cms/types'

export type CampaignStatus = 'current' | 'upcoming' | 'past'

export function campaignStatus(campaign: Campaign, now: Date): CampaignStatus {
  const start = campaign.startDate ? new Date(campaign.startDate) : null
  const end = campaign.endDate ? new Date(campaign.endDate) : null
  if (start && start > now) return 'upcoming'
  if (end && end < now) return 'past'
  return 'current'
}

const RANK: Record<CampaignStatus, number> = { current: 0, upcoming: 1, past: 2 }

/** The campaign the home page highlights: running now, else the next, else the latest; only one with materials. */
export function featuredCampaign(
  data: SiteData,
): { campaign: Campaign; status: CampaignStatus; materials: MaterialView[] } | null {
  const candidates = data.campaigns
    .map((campaign) => ({
      campaign,
      status: campaignStatus(campaign, data.builtAt),
      materials: data.byCampaign.get(String(campaign.id)) ?? [],
    }))
    .filter((c) => c.materials.length > 0 && c.campaign.slug)
  candidates.sort((a, b) => {
    if (a.status !== b.status) return RANK[a.status] - RANK[b.status]
    const key = (c: typeof a) =>
      c.status === 'upcoming' ? (c.campaign.startDate ?? '') : (c.campaign.endDate ?? c.campaign.startDate ?? '')
    return a.status === 'upcoming' ? key(a).localeCompare(key(b)) : key(b).localeCompare(key(a))
  })
  return candidates[0] ?? null
}
