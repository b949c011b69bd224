import { isbot } from 'isbot'
import type { Payload } from 'payload'

import { clientAddress } from '../auth/loginRateLimit'
import { now } from '../lib/clock'
import { parseBeacon } from './beacon'
import { embedHostFor } from './caps'
import { usageDay } from './day'
import { MAX_BEACON_BYTES } from './limits'
import { procedureExists } from './procedures'
import { publishedMaterialFiles } from './publishedIndex'
import { countUsage } from './tally'
import { throttleBeacon } from './throttle'

/** Any origin may post a beacon (the site, a portal embedding it); no credentials are ever read. */
export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
  'Cache-Control': 'no-store',
}

const noContent = (): Response => new Response(null, { status: 204, headers: CORS_HEADERS })

/** The CORS preflight (`OPTIONS /api/usage`): a page on any host may send beacons. */
export const usagePreflight = noContent

const refusal = (status: number, message: string, extra: Record<string, string> = {}): Response =>
  Response.json({ errors: [{ message }] }, { status, headers: { ...CORS_HEADERS, ...extra } })

/** The body as text, or undefined when it is larger than MAX_BEACON_BYTES (read no further). */
async function readSmallBody(request: Request): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_BEACON_BYTES || !request.body) return declared > MAX_BEACON_BYTES ? undefined : ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BEACON_BYTES) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Requests that are answered 204 and not counted: the reader asked not to be tracked, or a robot. */
function notCounted(headers: Headers): boolean {
  if (headers.get('dnt') === '1' || headers.get('sec-gpc') === '1') return true
  const agent = headers.get('user-agent')
  return !agent || isbot(agent)
}

/**
 * `POST /api/usage`: one beacon (cms/vocabulary/usage.ts) adds one to a daily counter, in memory, written
 * every few seconds (./tally.ts). Nothing of the request is kept: its address only feeds the in-memory
 * throttle, its user agent only the robot check. 204 on success; 400 with the reason; 429 when flooded.
 */
export async function handleUsageBeacon(payload: Payload, request: Request): Promise<Response> {
  const address = clientAddress(request.headers)
  if (address) {
    const wait = await throttleBeacon(address)
    if (wait !== undefined)
      return refusal(429, `Quá nhiều lượt gửi từ địa chỉ này. Hãy thử lại sau ${wait} giây.`, {
        'Retry-After': String(wait),
      })
  }
  const body = await readSmallBody(request)
  if (body === undefined) return refusal(400, 'Nội dung quá lớn.')
  if (notCounted(request.headers)) return noContent()
  const parsed = parseBeacon(body)
  if (!parsed.ok) return refusal(400, parsed.message)
  const { material, procedure, event, file } = parsed.beacon
  if (procedure) {
    if (!(await procedureExists(payload, procedure))) return refusal(400, 'Không có thủ tục với mã này.')
    countUsage(payload, { day: usageDay(now()), material: '', procedure, event, file: '', host: '' })
    return noContent()
  }
  const files = await publishedMaterialFiles(payload, material)
  if (!files) return refusal(400, 'Không có tài liệu đã xuất bản với mã này.')
  if (file && !files.has(file)) return refusal(400, 'Tệp này không thuộc tài liệu.')
  const day = usageDay(now())
  const host = parsed.beacon.host && (await embedHostFor(payload, { ...parsed.beacon, day }))
  // Beyond every cap the load is dropped, not refused: the reader's page did nothing wrong.
  if (host === null) return noContent()
  countUsage(payload, { day, material, event, file, host })
  return noContent()
}
