// Child process of scripts/bench/reporting-beacon.ts: a migrated database with one unit whose portal
// embeds the library and MATERIALS published materials, the least the beacon endpoint needs to count.
import { getCmsPayload } from '@dvctt/cms/lib/getCmsPayload'

const MATERIALS = 20
const payload = await getCmsPayload({ migrate: true })
const context = { skipSiteRebuild: true }
const unit = await payload.create({
  collection: 'units',
  data: { name: 'Xã Sìn Hồ', type: 'commune', portalHosts: [{ host: 'sinho.laichau.gov.vn' }] },
  context,
})
for (let index = 1; index <= MATERIALS; index++) {
  await payload.create({
    collection: 'materials',
    data: {
      title: `Hướng dẫn nộp hồ sơ trực tuyến số ${index}`,
      kind: 'leaflet',
      language: 'vi',
      summary: 'Các bước nộp hồ sơ trên Cổng Dịch vụ công quốc gia.',
      ownerUnit: unit.id,
      _status: 'published',
    },
    context,
  })
}
console.log(`  đã tạo ${MATERIALS} tài liệu đã xuất bản`)
process.exit(0)
