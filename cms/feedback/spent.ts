import { CappedMap } from 'altcha-lib'

import { SPENT_MEMORY } from './limits'

/*
 * Solved challenges and used no-JS tickets, remembered so that each is accepted once. In memory, on
 * globalThis (one record per process, whichever copy of this module Next loaded).
 *
 * Several CMS processes behind one address would each keep their own record: a solution could then be
 * accepted once per process (N times with N processes) within its 10 minutes. The per-address and global
 * rate limits (also per process) still hold each copy back. The default deployment runs one CMS process
 * (`npm run serve`); a province that runs several should pin feedback posts to one of them in nginx
 * (`location = /api/feedback { proxy_pass http://one-cms; }`) or accept that bound.
 */
const KEY = Symbol.for('dvctt.feedback.spent')
const holder = globalThis as typeof globalThis & { [KEY]?: CappedMap<string, true> }

export const spentStore = (): CappedMap<string, true> =>
  (holder[KEY] ??= new CappedMap<string, true>({ maxSize: SPENT_MEMORY }))

/** Marks `id` as used: true the first time, false on any later call (atomic: one synchronous step). */
export const spendOnce = (id: string): boolean => spentStore().setIfAbsent(id, true)

/** Tests: forget every spent challenge and ticket. */
export function forgetSpent(): void {
  spentStore().clear()
}
