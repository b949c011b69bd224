/**
 * A citizen's side of `POST /api/feedback` (issue 19), through the CMS's real REST route handlers
 * (tests/support/http.ts): fetch a challenge, solve it with altcha-lib's own solver, post the form.
 */
import { type Challenge, solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'

import { CmsHttpClient } from './http'

let addressCounter = 0
/** A citizen's address (as nginx forwards it): each call a new one. */
export const freshAddress = (): string =>
  `172.${16 + ((++addressCounter >> 16) & 15)}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`

const client = new CmsHttpClient()

export async function fetchChallenge(
  address = freshAddress(),
): Promise<{ status: number; challenge: Challenge; headers: Headers }> {
  const response = await client.send('/feedback/challenge', { method: 'GET', headers: { 'x-forwarded-for': address } })
  return { status: response.status, challenge: (await response.json()) as Challenge, headers: response.headers }
}

/** The widget's `altcha` field: base64 JSON of the challenge and the solution found by brute force. */
export async function solvedPayload(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 30_000 })
  if (!solution) throw new Error('challenge not solved')
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

export async function solved(address = freshAddress()): Promise<string> {
  return solvedPayload((await fetchChallenge(address)).challenge)
}

/** The JS path: a JSON body, a JSON answer. */
export async function postJson(
  fields: Record<string, unknown>,
  address = freshAddress(),
): Promise<{ status: number; body: { message?: string; errors?: { message: string }[] }; headers: Headers }> {
  const response = await client.send('/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify(fields),
  })
  return { status: response.status, body: (await response.json()) as never, headers: response.headers }
}

/** The no-JS path: an urlencoded form; the answer is HTML or a redirect. */
export async function postForm(
  fields: Record<string, string>,
  address = freshAddress(),
): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await client.send('/feedback', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html,application/xhtml+xml',
      'x-forwarded-for': address,
    },
    body: new URLSearchParams(fields).toString(),
  })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

/** The hidden fields of the confirmation page's form, as the browser would send them. */
export function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {}
  const unescape = (text: string): string =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields[match[1]!] = unescape(match[2]!)
  return fields
}
