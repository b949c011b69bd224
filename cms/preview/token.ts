import crypto from 'node:crypto'

import { now } from '../lib/clock'

/**
 * Signed, expiring preview links: "v2.<id>.<created>.<expires>.<signature>",
 * where the signature is HMAC-SHA256 over version, material id, the material's
 * creation time (Unix milliseconds) and expiry (Unix seconds) with a key derived
 * from the CMS secret, so a preview token can never be mistaken for, or turned
 * into, anything else signed with that secret. The creation time ties the link
 * to one document: should its id ever name another document (a database
 * restored from an older backup), the link opens nothing.
 */
export const PREVIEW_LIFETIME_MS = 60 * 60 * 1000

const VERSION = 'v2'
const KEY_PURPOSE = 'dvctt:preview-link:v2'

export type PreviewTokenProblem = 'malformed' | 'signature' | 'expired' | 'wrong-material'

export type PreviewTokenCheck =
  | { ok: true; materialId: string; createdAt: Date; expiresAt: Date }
  | { ok: false; problem: PreviewTokenProblem; expiresAt?: Date }

/** The document a link is for: its id and its creation time. */
export interface PreviewTarget {
  id: number | string
  createdAt: string
}

const base64url = (buffer: Buffer): string => buffer.toString('base64url')

function derivedKey(secret: string): Buffer {
  if (!secret) throw new Error('Thiếu khóa bí mật của CMS (PAYLOAD_SECRET): không ký được liên kết xem trước.')
  return crypto.createHmac('sha256', secret).update(KEY_PURPOSE).digest()
}

function signature(secret: string, materialId: string, created: number, expires: number): Buffer {
  return crypto
    .createHmac('sha256', derivedKey(secret))
    .update(`${VERSION}.${materialId}.${created}.${expires}`)
    .digest()
}

/** A link token for one material, valid for `lifetimeMs` from `now()`. */
export function signPreviewToken(secret: string, material: PreviewTarget, lifetimeMs = PREVIEW_LIFETIME_MS): string {
  const id = String(material.id)
  const created = new Date(material.createdAt).getTime()
  if (!Number.isFinite(created))
    throw new Error(`Tài liệu ${id} không có thời điểm tạo: không ký được liên kết xem trước.`)
  const expires = Math.floor((now().getTime() + lifetimeMs) / 1000)
  const sig = base64url(signature(secret, id, created, expires))
  return [VERSION, base64url(Buffer.from(id, 'utf8')), String(created), String(expires), sig].join('.')
}

/**
 * Checks a token's signature (constant-time), then its expiry against `now()`,
 * and, when given, that it is for `expectedMaterialId`.
 */
export function verifyPreviewToken(
  secret: string,
  token: string,
  expectedMaterialId?: number | string,
): PreviewTokenCheck {
  const parts = token.split('.')
  if (parts.length !== 5 || parts[0] !== VERSION) return { ok: false, problem: 'malformed' }
  const [, encodedId = '', createdText = '', expiresText = '', givenSignature = ''] = parts
  if (
    !/^[A-Za-z0-9_-]+$/.test(encodedId) ||
    !/^\d{1,15}$/.test(createdText) ||
    !/^\d{1,12}$/.test(expiresText) ||
    !/^[A-Za-z0-9_-]{43}$/.test(givenSignature)
  ) {
    return { ok: false, problem: 'malformed' }
  }
  const materialId = Buffer.from(encodedId, 'base64url').toString('utf8')
  const created = Number(createdText)
  const expires = Number(expiresText)
  // Compared as text: base64url's last character carries spare bits, so two spellings can decode
  // to the same bytes. Only the exact spelling the CMS issued is accepted.
  const expected = Buffer.from(base64url(signature(secret, materialId, created, expires)), 'ascii')
  const given = Buffer.from(givenSignature, 'ascii')
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected))
    return { ok: false, problem: 'signature' }
  const expiresAt = new Date(expires * 1000)
  if (expiresAt.getTime() <= now().getTime()) return { ok: false, problem: 'expired', expiresAt }
  if (expectedMaterialId !== undefined && String(expectedMaterialId) !== materialId)
    return { ok: false, problem: 'wrong-material', expiresAt }
  return { ok: true, materialId, createdAt: new Date(created), expiresAt }
}
