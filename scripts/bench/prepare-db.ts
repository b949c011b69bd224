// Child process of scripts/bench/publish.ts: brings a reused database up to the current
// schema by applying the pending migrations (cms/lib/migrations.ts).
import { getCmsPayload } from '@dvctt/cms/lib/getCmsPayload'

await getCmsPayload({ migrate: true })
process.exit(0)
