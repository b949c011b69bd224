// Child process of scripts/bench.ts: demo taxonomy plus N synthetic published materials.
import { getCmsPayload } from '@dvctt/cms/lib/getCmsPayload'

import { seedSynthetic } from '../seed/synthetic'

const n = Number(process.argv[2] ?? 1000)
const payload = await getCmsPayload({ migrate: true })
let last = 0
const { created } = await seedSynthetic(payload, n, {
  onProgress: (_step, done, total) => {
    if (done - last >= Math.max(100, total / 10) || done === total) {
      last = done
      process.stdout.write(`  ${done}/${total}\n`)
    }
  },
})
console.log(`  đã tạo ${created} tài liệu tổng hợp`)
process.exit(0)
