// Child process of scripts/bench/publish.ts, before the live release is built:
// makes the material in the middle of the update order apply to the province
// (the root unit), keeping its place in that order, so that publish-run.ts
// (BENCH_REACH=province) measures an edit of a province-wide material that
// sits mid-listing, like any other edit. Writes through the database adapter:
// no hooks, no new update time, no rebuild queued.
import { getCmsPayload } from '@dvctt/cms/lib/getCmsPayload'

import { middleMaterials } from './middleMaterial'

const payload = await getCmsPayload()
const root = (await payload.find({ collection: 'units', where: { parent: { exists: false } }, limit: 1, depth: 0 }))
  .docs[0]
const [target] = await middleMaterials(payload, { id: { exists: true } }, 1)
if (!root || !target) throw new Error('không tìm thấy đơn vị gốc hoặc tài liệu để áp dụng cho toàn tỉnh')
await payload.db.updateOne({
  collection: 'materials',
  id: target.id,
  data: { appliesTo: [root.id], updatedAt: target.updatedAt },
})
console.log(JSON.stringify({ id: target.id, title: target.title }))
process.exit(0)
