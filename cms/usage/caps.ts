import type { Payload } from 'payload'

import { counterStore } from './db'
import { hostMatchKey } from './hosts'
import { OTHER_HOSTS, PUBLISHED_INDEX_TTL_MS, ROWS_PER_HOST_PER_DAY, UNKNOWN_HOSTS_PER_DAY } from './limits'

/** One day's embed rows: per host, the (material|event|file) keys that have a row. */
interface DayCaps {
  rows: Map<string, Set<string>>
  unknownHosts: Set<string>
  ready: Promise<void>
}

interface Holder {
  days: Map<string, DayCaps>
  knownHosts?: Set<string>
  knownReadAt: number
  readingKnown?: Promise<Set<string>>
}

const KEY = Symbol.for('dvctt.usage.caps')
const holder: Holder = ((globalThis as typeof globalThis & { [KEY]?: Holder })[KEY] ??= {
  days: new Map(),
  knownReadAt: 0,
})

/** Host names that are a unit's portal, or the public site's own (match keys, «www.» stripped). */
async function readKnownHosts(payload: Payload): Promise<Set<string>> {
  const units = await payload.find({
    collection: 'units',
    select: { portalHosts: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const hosts = new Set(units.docs.flatMap((unit) => (unit.portalHosts ?? []).map((row) => hostMatchKey(row.host))))
  const site = process.env.SITE_URL?.trim()
  if (site) hosts.add(hostMatchKey(new URL(site).hostname))
  return hosts
}

async function knownHosts(payload: Payload): Promise<Set<string>> {
  const fresh = holder.knownHosts && Date.now() - holder.knownReadAt < PUBLISHED_INDEX_TTL_MS
  if (fresh && holder.knownHosts) return holder.knownHosts
  holder.readingKnown ??= readKnownHosts(payload)
    .then((hosts) => {
      holder.knownHosts = hosts
      holder.knownReadAt = Date.now()
      return hosts
    })
    .finally(() => {
      holder.readingKnown = undefined
    })
  // A stale set answers at once while it is read again.
  return holder.knownHosts ?? holder.readingKnown
}

const rowKeyOf = (material: string, event: string, file: string): string => `${material}|${event}|${file}`

/** The day's caps, seeded from the rows already in the database (another process, or before a restart). */
function dayCaps(payload: Payload, day: string): DayCaps {
  let caps = holder.days.get(day)
  if (caps) return caps
  const created: DayCaps = { rows: new Map(), unknownHosts: new Set(), ready: Promise.resolve() }
  created.ready = Promise.all([counterStore(payload).embedKeysOn(day), knownHosts(payload)]).then(([keys, known]) => {
    for (const key of keys) {
      let rows = created.rows.get(key.host)
      if (!rows) created.rows.set(key.host, (rows = new Set()))
      rows.add(rowKeyOf(key.material, key.event, key.file))
      if (key.host !== OTHER_HOSTS && !known.has(hostMatchKey(key.host))) created.unknownHosts.add(key.host)
    }
  })
  caps = created
  holder.days.set(day, caps)
  // Only today and yesterday (a beacon sent around midnight) are kept.
  for (const kept of [...holder.days.keys()].sort().slice(0, -2)) holder.days.delete(kept)
  return caps
}

function takeRow(caps: DayCaps, host: string, rowKey: string): boolean {
  let rows = caps.rows.get(host)
  if (!rows) caps.rows.set(host, (rows = new Set()))
  if (rows.has(rowKey)) return true
  if (rows.size >= ROWS_PER_HOST_PER_DAY) return false
  rows.add(rowKey)
  return true
}

/**
 * The host an embed load is counted under: its own; OTHER_HOSTS once the day has UNKNOWN_HOSTS_PER_DAY
 * hosts that are no unit's portal, or once this host has ROWS_PER_HOST_PER_DAY rows; null (not
 * counted) once OTHER_HOSTS is full too. Caps are per process (N processes: at most N times as many).
 */
export async function embedHostFor(
  payload: Payload,
  beacon: { day: string; host: string; material: string; event: string; file: string },
): Promise<string | null> {
  const caps = dayCaps(payload, beacon.day)
  await caps.ready
  const rowKey = rowKeyOf(beacon.material, beacon.event, beacon.file)
  const host = beacon.host
  const isPortal = (await knownHosts(payload)).has(hostMatchKey(host))
  const seen = caps.rows.has(host)
  if (host !== OTHER_HOSTS && (isPortal || seen || caps.unknownHosts.size < UNKNOWN_HOSTS_PER_DAY)) {
    if (!isPortal && !seen) caps.unknownHosts.add(host)
    if (takeRow(caps, host, rowKey)) return host
  }
  return takeRow(caps, OTHER_HOSTS, rowKey) ? OTHER_HOSTS : null
}

/** Tests: forget the caps and the portal hosts, so the next beacon reads them again. */
export function forgetCaps(): void {
  holder.days.clear()
  holder.knownHosts = undefined
  holder.knownReadAt = 0
}
