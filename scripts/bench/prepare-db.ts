// Child process of scripts/bench/publish.ts: opens the CMS once outside production, so
// Payload brings a reused database's schema up to the current collections.
import { getCmsPayload } from '@dvctt/cms/lib/getCmsPayload'

await getCmsPayload()
process.exit(0)
