import type { Payload } from 'payload'

import { type CounterIncrement, type CounterKey, counterKey, counterStore } from './db'
import { FLUSH_INTERVAL_MS } from './limits'

interface Tally {
  pending: Map<string, CounterIncrement>
  payload?: Payload
  timer?: NodeJS.Timeout
  flushing?: Promise<void>
  hooked?: boolean
}

// On globalThis: one tally per process, whichever copy of this module Next loaded.
const KEY = Symbol.for('dvctt.usage.tally')
const tally: Tally = ((globalThis as typeof globalThis & { [KEY]?: Tally })[KEY] ??= { pending: new Map() })

/** Adds one to a counter in memory; it reaches the database within FLUSH_INTERVAL_MS. */
export function countUsage(payload: Payload, key: CounterKey): void {
  const id = counterKey(key)
  const row = tally.pending.get(id)
  if (row) row.count += 1
  else tally.pending.set(id, { ...key, count: 1 })
  tally.payload = payload
  if (!tally.timer) {
    tally.timer = setInterval(() => void flushUsage(), FLUSH_INTERVAL_MS)
    tally.timer.unref()
  }
  flushOnShutdown()
}

async function writePending(payload: Payload): Promise<void> {
  if (tally.pending.size === 0) return
  const rows = [...tally.pending.values()]
  tally.pending = new Map()
  try {
    await counterStore(payload).add(rows)
  } catch (error) {
    // Kept for the next flush: a database that is briefly away loses nothing.
    for (const row of rows) {
      const id = counterKey(row)
      const later = tally.pending.get(id)
      if (later) later.count += row.count
      else tally.pending.set(id, row)
    }
    payload.logger.error({ err: error }, `Ghi số lượt sử dụng thất bại; ${rows.length} dòng sẽ được ghi lại lần sau.`)
  }
}

/**
 * Writes the counts summed since the last flush, each as an atomic increment of its row. One flush at
 * a time; a call during a flush waits for it and then writes what arrived meanwhile.
 */
export async function flushUsage(): Promise<void> {
  const payload = tally.payload
  if (!payload) return
  while (tally.flushing) await tally.flushing
  tally.flushing = writePending(payload).finally(() => {
    tally.flushing = undefined
  })
  await tally.flushing
}

/** Counts not yet written (tests, and the shutdown message). */
export const pendingUsageRows = (): number => tally.pending.size

/**
 * On SIGTERM/SIGINT the pending counts are written before the process ends: Next's own handler closes
 * the server first, so the write usually lands; a crash (SIGKILL, power) loses at most one window.
 */
function flushOnShutdown(): void {
  if (tally.hooked) return
  tally.hooked = true
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    const onSignal = (): void => {
      process.off(signal, onSignal)
      void flushUsage().finally(() => {
        // Alone (no Next handler, e.g. a script): end as the signal would have.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
      })
    }
    process.on(signal, onSignal)
  }
  process.once('beforeExit', () => void flushUsage())
}
