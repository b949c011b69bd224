// Section `reach` (issue 20): minority languages, loudspeakers, offline, social channels. One file per figure:
// reach-pack.ts (offlinePackSeconds), reach-sw.ts (the service worker's first-visit cost); reach-broadcast.ts joins here.
import { benchOfflinePack } from './reach-pack'
import type { Section } from './report'
import { benchServiceWorker } from './reach-sw'

export async function benchReach(): Promise<Section> {
  return { ...(await benchOfflinePack()), ...(await benchServiceWorker()) }
}
