// Section `reach` (issue 20): minority languages, loudspeakers, offline, social channels. One file per figure:
// reach-pack.ts (offlinePackSeconds); reach-broadcast.ts and reach-sw.ts join here.
import { benchOfflinePack } from './reach-pack'
import type { Section } from './report'

export async function benchReach(): Promise<Section> {
  return { ...(await benchOfflinePack()) }
}
