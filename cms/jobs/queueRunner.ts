import type { Payload } from 'payload'

import { SCHEDULE_QUEUE } from './applySchedule'
import { type JobLockName, withJobLock } from './jobLock'
import { REBUILD_QUEUE } from './rebuildSite'
import { releaseAbandonedJobs } from './releaseAbandoned'

export interface QueueRun {
  queue: string
  /** For Payload's autoRun in the CMS server (croner syntax). */
  cron: string
  /** How often `npm run worker` looks at it. */
  everyMs: number
  lock: JobLockName
  /** Tasks are queued on this queue by a schedule (Payload's `handleSchedules`). */
  scheduled: boolean
}

/** The site's queues and how often they are looked at: by the CMS server (payload.config.ts) or a worker. */
export const QUEUE_RUNS: QueueRun[] = [
  { queue: REBUILD_QUEUE, cron: '*/2 * * * * *', everyMs: 2000, lock: 'rebuild', scheduled: false },
  // Every minute: queue (task schedule) and run the valid-from / valid-until pass. The worker looks
  // more often, so the pass queued for the next minute runs soon after it falls due.
  { queue: SCHEDULE_QUEUE, cron: '* * * * *', everyMs: 10_000, lock: 'schedule', scheduled: true },
]

/** How often, at most, a worker looks for jobs left half-done by a process that died. */
const RELEASE_EVERY_MS = 60_000

export interface QueueRunners {
  /** True while a job runs (a build, a schedule pass). */
  busy: () => boolean
  /** No job is taken any more; one running carries on. */
  stop: () => void
}

/**
 * The queues as `npm run worker` runs them: Payload's own `jobs.handleSchedules`
 * and `jobs.run` (as its autoRun does), but each call made holding the queue's
 * lock (jobLock.ts), so that with several workers only one claims jobs at a
 * time and Payload's claim cannot race. The other workers wait their turn.
 */
export function startQueueRunners(payload: Payload, onReleased: (count: number) => void): QueueRunners {
  let stopped = false
  const running = new Set<string>()
  const lastRelease = new Map<string, number>()
  const timers = QUEUE_RUNS.map((run) => {
    const tick = async () => {
      if (stopped || running.has(run.queue)) return
      running.add(run.queue)
      try {
        await withJobLock(
          run.lock,
          { onLost: (error) => payload.logger.error(`Khóa hàng đợi ${run.queue} bị mất (${error.message}).`) },
          async () => {
            if (Date.now() - (lastRelease.get(run.queue) ?? 0) > RELEASE_EVERY_MS) {
              lastRelease.set(run.queue, Date.now())
              onReleased(await releaseAbandonedJobs(payload, { locks: [run.lock] }))
            }
            if (run.scheduled) await payload.jobs.handleSchedules({ queue: run.queue })
            await payload.jobs.run({ queue: run.queue, limit: 1 })
          },
          async () => undefined,
        )
      } catch (error) {
        payload.logger.error(`Lỗi khi chạy hàng đợi ${run.queue}: ${error instanceof Error ? error.message : error}`)
      } finally {
        running.delete(run.queue)
      }
    }
    void tick()
    return onClockMultiples(run.everyMs, tick)
  })
  return {
    busy: () => running.size > 0,
    stop: () => {
      stopped = true
      for (const cancel of timers) cancel()
    },
  }
}

/**
 * Calls `fn` at every multiple of `ms` on the wall clock, as Payload's crons do: workers
 * then look at the queue at the same instants, the case the queue's lock is there for.
 */
function onClockMultiples(ms: number, fn: () => void): () => void {
  let timer: NodeJS.Timeout
  const schedule = () => {
    timer = setTimeout(
      () => {
        fn()
        schedule()
      },
      ms - (Date.now() % ms),
    )
  }
  schedule()
  return () => clearTimeout(timer)
}
