/**
 * The publisher as a long-lived child of the CMS (cms/jobs/runPublisher.ts):
 * started on the first build and kept warm, so later builds skip starting
 * Node, loading Astro and connecting Payload to the database. Messages over
 * the IPC channel: `{ id, request: PublishRequest }` in, `{ id, result:
 * PublishResult }` out. It leaves when the CMS goes away or after it has
 * been idle for SITE_PUBLISHER_IDLE_MS.
 */
import type { PublishRequest, PublishResult } from '@dvctt/cms/vocabulary/publish'

import { publish } from './publish'

export interface WorkerRequest {
  id: number
  request: PublishRequest
}
export interface WorkerReply {
  id: number
  result: PublishResult
}

const IDLE_MS = Number(process.env.SITE_PUBLISHER_IDLE_MS ?? 15 * 60 * 1000)

let idle: NodeJS.Timeout | undefined
const armIdle = () => {
  clearTimeout(idle)
  idle = setTimeout(() => process.exit(0), IDLE_MS)
}

let queue: Promise<unknown> = Promise.resolve()

process.on('message', (message: WorkerRequest) => {
  clearTimeout(idle)
  // One build at a time, in the order asked (the job never asks for two at once).
  queue = queue.then(async () => {
    let result: PublishResult
    try {
      result = await publish(message.request)
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error)
      console.error(`✖ ${text}`)
      if (process.env.DEBUG && error instanceof Error) console.error(error.cause ?? error.stack)
      result = { ok: false, message: text }
    }
    // The idle clock starts once the reply is out (with SITE_PUBLISHER_IDLE_MS=0 it leaves right after).
    process.send?.({ id: message.id, result } satisfies WorkerReply, () => armIdle())
  })
})
process.on('disconnect', () => process.exit(0))
armIdle()
