// Section `reach` (issue 20): minority languages, loudspeakers, offline, social channels. One file per figure:
// reach-pack.ts (offlinePackSeconds), reach-sw.ts (the service worker's first-visit cost), reach-broadcast.ts
// (broadcastRenditionSeconds; `--n` is its WAV's length in seconds, 600 by default).
import { benchReachBroadcast } from './reach-broadcast'
import { benchOfflinePack } from './reach-pack'
import type { Section } from './report'
import { benchServiceWorker } from './reach-sw'

export async function benchReach(n?: number): Promise<Section> {
  return { ...(await benchOfflinePack()), ...(await benchServiceWorker()), ...(await benchReachBroadcast(n)) }
}
