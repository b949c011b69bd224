import type { Payload } from 'payload'

import { SCHEDULE_TASK } from './applySchedule'
import { type JobLockName, withJobLock } from './jobLock'
import { REBUILD_TASK } from './rebuildSite'

/** A job claimed longer ago than this, whose lock nobody holds, was left by a process that died. */
const CLAIMED_BEFORE_MS = 60_000

const TASK_OF_LOCK: Record<JobLockName, string> = { rebuild: REBUILD_TASK, schedule: SCHEDULE_TASK }

export interface ReleaseOptions {
  locks?: JobLockName[]
  /** 0 when no other process may run jobs (the CMS server starting with CMS_JOBS=server). */
  claimedBeforeMs?: number
}

/**
 * Payload marks a job `processing` when a process claims it and clears the mark
 * when the job ends. A process killed in between (power cut, SIGKILL, a lost
 * machine) leaves the mark, and the task's exclusive concurrency key then keeps
 * every later job of that task from running: the site would never be rebuilt
 * again. A running job holds its task's lock (jobLock.ts) from its claim, or a
 * moment after it, to its end; so a job marked processing for a minute while
 * the lock is free was abandoned, and is put back in the queue. Returns how many.
 */
export async function releaseAbandonedJobs(
  payload: Payload,
  { locks = ['rebuild', 'schedule'], claimedBeforeMs = CLAIMED_BEFORE_MS }: ReleaseOptions = {},
): Promise<number> {
  let released = 0
  for (const lock of locks) {
    released += await withJobLock(
      lock,
      { onLost: () => undefined },
      async () => {
        const { docs } = await payload.update({
          collection: 'payload-jobs',
          where: {
            and: [
              { taskSlug: { equals: TASK_OF_LOCK[lock] } },
              { processing: { equals: true } },
              { completedAt: { exists: false } },
              { updatedAt: { less_than: new Date(Date.now() - claimedBeforeMs).toISOString() } },
            ],
          },
          data: { processing: false, waitUntil: new Date().toISOString() },
          depth: 0,
          overrideAccess: true,
        })
        return docs.length
      },
      async () => 0,
    )
  }
  return released
}
