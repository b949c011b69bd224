// Child process of scripts/bench.ts: demo taxonomy plus N synthetic published materials.
import { getCmsPayload } from '@dvctt/cms/lib/getCmsPayload'

import { seedDemo } from '../seed/index'
import { seedSynthetic } from '../seed/synthetic'

const n = Number(process.argv[2] ?? 1000)
const payload = await getCmsPayload()
await seedDemo(payload, { log: () => undefined })
let last = 0
const { created } = await seedSynthetic(payload, n, {
  onProgress: (done: number) => {
    if (done - last >= Math.max(100, n / 10)) {
      last = done
      process.stdout.write(`  ${done}/${n}\n`)
    }
  },
})
console.log(`  đã tạo ${created} tài liệu tổng hợp`)
process.exit(0)
