// The feedback block's page weight (issue 19), the site's keys of the `feedback` section: on the demo library's
// newest material page (the embed section's library, built fresh, served by scripts/lib/site-server.ts with gzip),
// what the block costs before any interaction and what focusing the form then loads (feedbackWeight.ts). The page's
// challenge request is answered in-process by the CMS's own `newChallenge` (cms/feedback/challenge.ts), so no CMS
// server is needed for these keys; the submission timings (feedback.ts) run one.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { newChallenge } from '../../cms/feedback/challenge'
import { launchChromium } from '../../tests/e2e/browser'
import { serveSite } from '../lib/site-server'
import { buildDemoLibrarySite } from './embed'
import { measureFeedbackWeight } from './feedbackWeight'
import type { Section } from './report'

export async function benchFeedbackPage(): Promise<Section> {
  const dist = await buildDemoLibrarySite('feedback')
  const index = JSON.parse(fs.readFileSync(path.join(fs.realpathSync(dist), 'du-lieu', 'tai-lieu.json'), 'utf8')) as {
    items: { slug: string }[]
  }
  const newest = index.items[0]
  if (!newest) throw new Error('thư viện mẫu không có tài liệu đã xuất bản để đo khối góp ý')
  const secret = crypto.randomBytes(24).toString('hex')
  const server = await serveSite(dist, 0)
  const browser = await launchChromium()
  try {
    const address = server.address()
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    const weight = await measureFeedbackWeight(browser, `${origin}/tai-lieu/${newest.slug}/`, async (route) => {
      await route.fulfill({ json: await newChallenge(secret), headers: { 'cache-control': 'no-store' } })
    })
    console.log(
      `  khối góp ý: ${weight.widgetFirstLoadGzipBytes} byte gzip trước khi tương tác, ${weight.afterFocusBytes} byte sau khi chọn ô`,
    )
    return { ...weight }
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
