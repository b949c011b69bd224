// `npm run bench -- [--n 1000] [--only build|media|publishToLive|search|embed|import|api|backup|reporting|feedback|reach] [--databases sqlite,postgres,mongodb]`:
// figures go to .bench/latest.json and .bench/latest.md.
// publishToLive measures N = 1,000 and 10,000 unless --n is given, on SQLite unless --databases names others
// (mongodb: the server in MONGODB_URL); search measures N = 10,000 unless --n is given.
import { parseArgs } from 'node:util'

import { benchApi } from './bench/api'
import { benchBackup } from './bench/backup'
import { benchBuild } from './bench/build'
import { benchEmbed } from './bench/embed'
import { benchFeedback } from './bench/feedback'
import { benchFeedbackPage } from './bench/feedbackPage'
import { benchImport } from './bench/import'
import { benchMedia } from './bench/media'
import { benchPublishToLive } from './bench/publish'
import { parseDatabases } from './bench/publish-databases'
import { benchReach } from './bench/reach'
import { type Section, writeReport } from './bench/report'
import { benchReporting } from './bench/reporting'
import { benchSearch } from './bench/search'
import { exitWithMessage } from './lib/fail'

const { values } = parseArgs({
  options: { n: { type: 'string' }, only: { type: 'string' }, databases: { type: 'string' } },
})
const n = values.n === undefined ? undefined : Number(values.n)

const sections: Record<string, (n: number | undefined) => Promise<Section>> = {
  build: (n) => benchBuild(n ?? 1000),
  media: () => benchMedia(),
  publishToLive: (n) => benchPublishToLive(n, parseDatabases(values.databases)),
  search: (n) => benchSearch(n ?? 10_000),
  // The demo library, whatever --n says (issue 6).
  embed: () => benchEmbed(),
  // A 3,000-row catalogue into a fresh embedded database (issue 7), whatever --n says.
  import: () => benchImport(),
  // Anonymous API load at 10,000 materials on SQLite and PostgreSQL (issue 13), whatever --n says.
  api: () => benchApi(),
  // npm run backup / restore at 10,000 materials (unless --n) and 2 GB of media on SQLite (issue 13).
  backup: (n) => benchBackup(n ?? 10_000),
  // Issue 17: the yearly reports (and the other reporting figures) on 60 units, 1,000,000 usage events (unless --n).
  reporting: (n) => benchReporting(n),
  // Issue 19: POST /api/feedback, 20 valid submissions at once through next start, whatever --n says; and the
  // feedback block's page weight on a material page of the demo library (bench/feedbackPage.ts).
  feedback: async () => ({ ...(await benchFeedback()), ...(await benchFeedbackPage()) }),
  // Issue 20: the offline pack of a unit with 100 materials, the service worker's first-visit cost and the broadcast
  // rendition of a 10-minute WAV (bench/reach.ts); --n sets the WAV's seconds instead.
  reach: (n) => benchReach(n),
}

try {
  if (n !== undefined && (!Number.isInteger(n) || n < 1))
    throw new Error(`--n phải là số nguyên dương, nhận được "${values.n}"`)
  parseDatabases(values.databases)
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
