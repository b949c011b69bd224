// `npm run bench -- [--n 1000] [--only build]`: figures go to .bench/latest.json and .bench/latest.md.
import { parseArgs } from 'node:util'

import { benchBuild } from './bench/build'
import { benchMedia } from './bench/media'
import { type Section, writeReport } from './bench/report'
import { exitWithMessage } from './lib/fail'

const sections: Record<string, (n: number) => Promise<Section>> = {
  build: benchBuild,
  media: benchMedia,
}

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, only: { type: 'string' } } })
const n = Number(values.n)

try {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--n phải là số nguyên dương, nhận được "${values.n}"`)
  if (values.only && !sections[values.only]) {
    throw new Error(`không có phần "${values.only}". Các phần có: ${Object.keys(sections).join(', ')}`)
  }
  const results: Record<string, Section> = {}
  for (const [name, runSection] of Object.entries(sections)) {
    if (values.only && values.only !== name) continue
    results[name] = await runSection(n)
    console.table(results[name])
  }
  const files = writeReport(results)
  console.log(`✔ Đã ghi ${files.json} và ${files.md}`)
} catch (error) {
  exitWithMessage(error, 'Đo hiệu năng thất bại')
}
