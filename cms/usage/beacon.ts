import { COUNTER_EVENTS, type CounterEvent, EMBED_EVENTS, HELPFULNESS_EVENTS } from '../vocabulary/usage'
import { isHostName, normaliseHost } from './hosts'

/** A beacon as the endpoint counts it: ids as strings, '' for no material (a procedure's), no file or no host. */
export interface ParsedBeacon {
  material: string
  procedure: string
  event: CounterEvent
  file: string
  host: string
}

export type BeaconParse = { ok: true; beacon: ParsedBeacon } | { ok: false; message: string }

const EVENTS = new Set<string>(COUNTER_EVENTS.map(({ value }) => value))
const HELPFULNESS = new Set<string>(HELPFULNESS_EVENTS.map(({ value }) => value))
const KEYS = new Set(['m', 'p', 'e', 'f', 'h'])
/** An id as the adapters give them: a positive integer (SQL) or a 24-hex ObjectId (MongoDB). */
const ID = /^(?:[1-9]\d{0,15}|[0-9a-f]{24})$/

const refuse = (message: string): BeaconParse => ({ ok: false, message })

function idText(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value
  return typeof text === 'string' && ID.test(text) ? text : undefined
}

/**
 * Reads the beacon's body (`UsageBeacon`, cms/vocabulary/usage.ts). Strict: unknown keys, ids that are
 * not ids, a download without its file and an embed without a valid host name are refused, each with
 * a short Vietnamese reason. `f` on another event than a download and `h` on a non-embed are ignored.
 */
export function parseBeacon(body: string): BeaconParse {
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return refuse('Nội dung không phải JSON hợp lệ.')
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return refuse('Nội dung phải là một đối tượng JSON.')
  const fields = data as Record<string, unknown>
  const extra = Object.keys(fields).filter((key) => !KEYS.has(key))
  if (extra.length > 0) return refuse(`Trường không được chấp nhận: ${extra.slice(0, 3).join(', ')}.`)
  if (typeof fields.e !== 'string' || !EVENTS.has(fields.e)) return refuse('Loại lượt (e) không hợp lệ.')
  const event = fields.e as CounterEvent
  if (fields.p !== undefined) {
    const procedure = idText(fields.p)
    if (!procedure || fields.m !== undefined || !HELPFULNESS.has(event))
      return refuse('Mã thủ tục (p) chỉ đi với lượt «có ích / không có ích», không kèm mã tài liệu.')
    return { ok: true, beacon: { material: '', procedure, event, file: '', host: '' } }
  }
  const material = idText(fields.m)
  if (!material) return refuse('Thiếu hoặc sai mã tài liệu (m).')
  let file = ''
  if (event === 'download') {
    file = idText(fields.f) ?? ''
    if (!file) return refuse('Lượt tải thiếu hoặc sai mã tệp (f).')
  }
  let host = ''
  if ((EMBED_EVENTS as readonly string[]).includes(event)) {
    host = typeof fields.h === 'string' ? normaliseHost(fields.h) : ''
    if (!isHostName(host)) return refuse('Lượt nhúng thiếu hoặc sai tên miền trang nhúng (h).')
  }
  return { ok: true, beacon: { material, procedure: '', event, file, host } }
}
