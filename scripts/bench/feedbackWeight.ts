// The feedback block's page weight on a material page (issue 19: ≤ 6 kB gzipped before any interaction; the
// challenge solver only once the reader scrolls to the form or focuses it). Part of the `feedback` section.
// Before interaction: the page's HTML gzipped (level 6, as `npm start` sends it) with the block, minus the same
// HTML without its <section>, plus the site stylesheet's feedback rules (gzipped with, minus without), plus
// every request Chromium made for it during load (expected: none). After focusing the form: what Chromium
// transferred from the focus on (the solver file and the challenge), bytes as DevTools' "transferred".
import zlib from 'node:zlib'

import type { Browser, Route } from 'playwright-core'

const SECTION = /<section class="panel feedback"[\s\S]*?<\/section>/
/** The minified rules of site/src/styles/components/feedback.css in the site's stylesheet. */
const FEEDBACK_RULES = /[^{}]*(?:\.qa|\.helpful|\.feedback)[^{}]*\{[^{}]*\}/g
const FEEDBACK_REQUEST = /\/gop-y\/thu-thach\.js|\/api\/feedback/
const QUIET_MS = 1000

export interface FeedbackWeight {
  feedbackPage: string
  /** HTML and inline script of the block, gzipped. */
  widgetHtmlGzipBytes: number
  /** Its CSS rules' share of the (cached, site-wide) stylesheet, gzipped. */
  widgetCssGzipBytes: number
  /** Requests for the solver or the CMS during the page's load, before any interaction (goal: 0). */
  widgetRequestsBeforeInteraction: number
  /** The budget's figure: HTML + inline script + CSS share + any request before interaction. */
  widgetFirstLoadGzipBytes: number
  /** Transferred after focusing the form: the solver file and the challenge. */
  afterFocusBytes: number
  afterFocusRequests: number
}

const gzipSize = (text: string) => zlib.gzipSync(text, { level: 6 }).length

async function cssShare(url: string, html: string): Promise<number> {
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((m) => m[1] as string)
  let share = 0
  for (const sheet of sheets) {
    const css = await (await fetch(new URL(sheet, url))).text()
    share += gzipSize(css) - gzipSize(css.replace(FEEDBACK_RULES, ''))
  }
  return share
}

/**
 * `url`: a material page of a site built with a feedback address, served over HTTP; `answerChallenge`
 * answers the page's `GET …/api/feedback/challenge` (sent on to a running CMS, or the CMS's own
 * `newChallenge` in-process).
 */
export async function measureFeedbackWeight(
  browser: Browser,
  url: string,
  answerChallenge: (route: Route) => Promise<void>,
): Promise<FeedbackWeight> {
  const html = await (await fetch(url)).text()
  const section = html.match(SECTION)?.[0]
  if (!section)
    throw new Error(`${url} không có khối góp ý: bản dựng cần SITE_FEEDBACK_URL, SITE_USAGE_URL hoặc SERVER_URL`)
  const widgetHtmlGzipBytes = gzipSize(html) - gzipSize(html.replace(SECTION, ''))
  const widgetCssGzipBytes = await cssShare(url, html)

  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  try {
    await context.route('**/api/feedback/challenge', answerChallenge)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const seen = new Map<string, { url: string; bytes: number; after: boolean }>()
    let focused = false
    let lastEventAt = Date.now()
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
      lastEventAt = Date.now()
      if (FEEDBACK_REQUEST.test(request.url)) seen.set(requestId, { url: request.url, bytes: 0, after: focused })
    })
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      lastEventAt = Date.now()
      const request = seen.get(requestId)
      if (request) request.bytes = encodedDataLength
    })
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.goto(url, { waitUntil: 'load' })
    while (Date.now() - lastEventAt < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 100))
    const before = [...seen.values()]
    focused = true
    await page.locator('form[data-feedback] textarea').focus()
    const challengeDone = () => [...seen.values()].some((r) => r.after && r.url.includes('/challenge') && r.bytes > 0)
    for (const until = Date.now() + 30_000; !challengeDone() && Date.now() < until; )
      await new Promise((resolve) => setTimeout(resolve, 100))
    const after = [...seen.values()].filter((r) => r.after)
    const beforeBytes = before.reduce((sum, r) => sum + r.bytes, 0)
    return {
      feedbackPage: new URL(url).pathname,
      widgetHtmlGzipBytes,
      widgetCssGzipBytes,
      widgetRequestsBeforeInteraction: before.length,
      widgetFirstLoadGzipBytes: widgetHtmlGzipBytes + widgetCssGzipBytes + beforeBytes,
      afterFocusBytes: after.reduce((sum, r) => sum + r.bytes, 0),
      afterFocusRequests: after.length,
    }
  } finally {
    await context.close()
  }
}
