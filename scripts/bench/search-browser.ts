// One search, measured in Chromium as a first-time visitor on Slow 4G: see scripts/bench/search.ts for the method.
import http from 'node:http'

import type { Browser, CDPSession } from 'playwright-core'

import { type Breakdown, breakdown, PAGE_PARTS, SEARCH_PARTS } from './search-breakdown'

/** A search UI: its page, its query input, and an element that only exists once a result is shown. */
export interface SearchUi {
  path: string
  input: string
  result: string
}

export interface SearchRun {
  firstResultsMs: number
  fromFocusMs: number
  bytes: number
  requests: number
  pageBytes: number
  pageRequests: number
  /** Bytes and requests per part of the search window (search-breakdown.ts). */
  breakdown: Breakdown
  /** The same for the page load before the box was touched. */
  pageBreakdown: Breakdown
}

/** Lighthouse's Slow 4G (its "mobile" preset): 150 ms RTT, 1.6 Mbps down, 750 kbps up. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
}
const QUIET_MS = 1000

interface Request {
  url: string
  /** Wall clock (ms since the epoch), comparable with the page's `performance.timeOrigin + performance.now()`. */
  startedAt: number
  /** Bytes on the wire, response headers included (DevTools' "transferred"). */
  bytes?: number
  /** Response headers, for a response whose loading Chromium never reports. */
  headerBytes?: number
}

type NetworkEvent = { method: string; params: Record<string, unknown> }

/**
 * Every request of the page and of its workers. A page session does not see
 * what a dedicated worker (Pagefind's) fetches, so workers are attached too
 * (non-flat, through Target messages), paused until their Network is on.
 */
class NetworkLog {
  readonly requests = new Map<string, Request>()
  lastEventAt = Date.now()

  constructor(private readonly cdp: CDPSession) {}

  async start(): Promise<void> {
    const page = this.cdp
    for (const method of [
      'requestWillBeSent',
      'loadingFinished',
      'loadingFailed',
      'dataReceived',
      'responseReceivedExtraInfo',
    ] as const) {
      page.on(`Network.${method}`, (params: object) =>
        this.record('page', { method: `Network.${method}`, params: params as Record<string, unknown> }),
      )
    }
    let messageId = 1_000_000
    page.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      const send = (method: string, params: object = {}) =>
        page.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: messageId++, method, params }),
        })
      void (async () => {
        if (targetInfo.type === 'worker') {
          await send('Network.enable')
          await send('Network.setCacheDisabled', { cacheDisabled: true })
          await send('Network.emulateNetworkConditions', SLOW_4G)
        }
        await send('Runtime.runIfWaitingForDebugger')
      })().catch(() => undefined) // the worker may already be gone
    })
    page.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
      const event = JSON.parse(message) as Partial<NetworkEvent>
      if (event.method?.startsWith('Network.') && event.params) this.record(sessionId, event as NetworkEvent)
    })
    await page.send('Network.enable')
    await page.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.send('Network.emulateNetworkConditions', SLOW_4G)
    await page.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false })
  }

  private record(source: string, { method, params }: NetworkEvent): void {
    this.lastEventAt = Date.now()
    const key = `${source}:${String(params.requestId)}`
    if (method === 'Network.requestWillBeSent') {
      const { url } = params.request as { url: string }
      if (/^https?:/.test(url)) this.requests.set(key, { url, startedAt: Number(params.wallTime) * 1000 })
    }
    const request = this.requests.get(key)
    if (!request) return
    if (method === 'Network.loadingFinished') request.bytes = Number(params.encodedDataLength)
    if (method === 'Network.loadingFailed') request.bytes ??= 0
    if (method === 'Network.responseReceivedExtraInfo') {
      const headers = Object.entries(params.headers as Record<string, string>)
      // Status line, "name: value\r\n" per header, blank line: what headersText holds when Chromium sends it.
      request.headerBytes =
        typeof params.headersText === 'string'
          ? params.headersText.length
          : headers.reduce((sum, [name, value]) => sum + name.length + value.length + 4, 19)
    }
  }

  /** Resolves once no network event has come for QUIET_MS (or after `timeoutMs`). */
  async quiet(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() - this.lastEventAt < QUIET_MS && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100))
  }

  /**
   * Chromium never reports the body of a dedicated worker's own script (it is
   * fetched outside the page's and the worker's Network domains, which only
   * see its request and response headers): fetch it again with the browser's
   * Accept-Encoding and count the raw bytes.
   */
  async fillMissingBytes(): Promise<void> {
    for (const request of this.requests.values()) {
      if (request.bytes !== undefined || request.headerBytes === undefined) continue
      request.bytes = request.headerBytes + (await wireBodyBytes(request.url))
    }
  }

  between(
    from: number,
    to: number,
    parts: readonly string[],
  ): { bytes: number; requests: number; parts: Breakdown; list: string[] } {
    const inWindow = [...this.requests.values()].filter((r) => r.startedAt >= from && r.startedAt <= to)
    const first = Math.min(...inWindow.map((r) => r.startedAt))
    return {
      bytes: inWindow.reduce((sum, r) => sum + (r.bytes ?? 0), 0),
      requests: inWindow.length,
      parts: breakdown(inWindow, parts),
      list: inWindow.map(
        (r) =>
          `+${Math.round(r.startedAt - first)} ms  ${r.bytes ?? '?'} B  ${new URL(r.url).pathname}${new URL(r.url).search}`,
      ),
    }
  }
}

/** What Chromium 156 sends; the server picks the same encoding for this request as for the browser. */
const CHROMIUM_ACCEPT_ENCODING = 'gzip, deflate, br, zstd'

function wireBodyBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': CHROMIUM_ACCEPT_ENCODING } }, (res) => {
        let length = 0
        res.on('data', (chunk: Buffer) => (length += chunk.length))
        res.on('end', () => resolve(length))
      })
      .on('error', reject)
  })
}

// Page-side probe, as a string so the bundler cannot wrap it in helpers the page lacks.
// Times are performance.now(): `focus` when the reader first touches the input (pointerdown, which
// comes before focus and already starts loading the search, or focus by keyboard), `inputs` after each keystroke,
// `paints` two animation frames after a DOM change while a result element exists (the frame that shows it has been painted).
const PROBE = `((input, result) => {
  const probe = (window.__searchBench = { focus: 0, inputs: [], paints: [] })
  const field = document.querySelector(input)
  if (!field) throw new Error('no search input ' + input)
  if (document.activeElement === field) field.blur() // autofocused: the measured focus is the reader's click
  const touched = () => { if (!probe.focus) probe.focus = performance.now() }
  field.addEventListener('pointerdown', touched, true)
  field.addEventListener('focus', touched)
  field.addEventListener('input', () => probe.inputs.push(performance.now()))
  new MutationObserver(() => {
    if (document.querySelector(result)) requestAnimationFrame(() => requestAnimationFrame(() => probe.paints.push(performance.now())))
  }).observe(document.body, { childList: true, subtree: true, characterData: true })
  return performance.timeOrigin
})`

/**
 * One visit with an empty cache: load the page, focus the input, type `query`, wait for the first results to be painted.
 * `keyDelayMs` 0 types at once (the worst case: nothing could load while typing); a phone user takes ~250 ms a key.
 */
export async function measureSearch(
  browser: Browser,
  origin: string,
  ui: SearchUi,
  query: string,
  keyDelayMs = 0,
): Promise<SearchRun> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const network = new NetworkLog(await context.newCDPSession(page))
    await network.start()
    await page.goto(new URL(ui.path, origin).href, { waitUntil: 'load' })
    await network.quiet(30_000)

    const timeOrigin = await page.evaluate<number>(
      `${PROBE}(${JSON.stringify(ui.input)}, ${JSON.stringify(ui.result)})`,
    )
    await page.click(ui.input)
    await page.keyboard.type(query, { delay: keyDelayMs })
    const typedAt = await page.evaluate<number>('window.__searchBench.inputs.at(-1)')
    const painted = await page
      .waitForFunction(`window.__searchBench.paints.find((t) => t >= ${typedAt})`, undefined, {
        timeout: 60_000,
        polling: 20,
      })
      .catch((error: unknown) => {
        throw new Error(`không thấy kết quả nào (${ui.result}) cho «${query}» trên ${ui.path} sau 60 giây`, {
          cause: error,
        })
      })
    const paintedAt = Number(await painted.jsonValue())
    const focusAt = await page.evaluate<number>('window.__searchBench.focus')

    // Requests started before the paint may still be arriving: let them finish, so their bytes count in full.
    await network.quiet(20_000)
    await network.fillMissingBytes()
    const beforeFocus = network.between(0, timeOrigin + focusAt, PAGE_PARTS)
    const search = network.between(timeOrigin + focusAt, timeOrigin + paintedAt, SEARCH_PARTS)
    if (process.env.DEBUG === '1') {
      console.log(`  ${ui.path}, tải trang:\n    ${beforeFocus.list.join('\n    ')}`)
      console.log(`  ${ui.path} «${query}», từ lúc nhấn vào ô tìm kiếm:\n    ${search.list.join('\n    ')}`)
    }
    return {
      firstResultsMs: Math.round(paintedAt - typedAt),
      fromFocusMs: Math.round(paintedAt - focusAt),
      bytes: search.bytes,
      requests: search.requests,
      pageBytes: beforeFocus.bytes,
      pageRequests: beforeFocus.requests,
      breakdown: search.parts,
      pageBreakdown: beforeFocus.parts,
    }
  } finally {
    await context.close()
  }
}
