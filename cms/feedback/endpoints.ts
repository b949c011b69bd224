import type { Endpoint } from 'payload'

import { clientAddress } from '../auth/loginRateLimit'
import { newChallenge } from './challenge'
import { handleFeedbackPost } from './handler'
import { CORS_HEADERS, preflight } from './respond'
import { throttleChallenge } from './throttle'

const NO_STORE = { ...CORS_HEADERS, 'Cache-Control': 'no-store' }

/** `GET /api/feedback/challenge`: a new ALTCHA challenge for the widget (./challenge.ts). */
export const feedbackChallengeEndpoint: Endpoint = {
  path: '/challenge',
  method: 'get',
  handler: async (req) => {
    const wait = await throttleChallenge(clientAddress(req.headers) ?? 'direct')
    if (wait !== undefined)
      return Response.json(
        { errors: [{ message: `Quá nhiều yêu cầu từ địa chỉ này. Hãy thử lại sau ${wait} giây.` }] },
        { status: 429, headers: { ...NO_STORE, 'Retry-After': String(wait) } },
      )
    return Response.json(await newChallenge(req.payload.secret), { headers: NO_STORE })
  },
}

/**
 * `POST /api/feedback` (./handler.ts). A collection endpoint at '/', listed before Payload's own, so it
 * answers in place of the REST create (which the collection's access refuses anyway).
 */
export const feedbackPostEndpoint: Endpoint = { path: '/', method: 'post', handler: handleFeedbackPost }

/** The preflights of both, for a page on another origin (no credentials are ever read). */
export const feedbackPreflightEndpoints: Endpoint[] = [
  { path: '/', method: 'options', handler: preflight },
  { path: '/challenge', method: 'options', handler: preflight },
]
