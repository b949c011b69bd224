import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Failed sign-ins per client address. Payload already locks one account after
 * 5 wrong passwords for 10 minutes (users `auth.maxLoginAttempts`/`lockTime`);
 * this adds a limit per address, so one machine cannot try many accounts.
 *
 * Every attempt takes a point before the password is checked (parallel attempts
 * cannot slip through), and a successful sign-in gives its point back: only
 * failures count. The counter lives in this process's memory, which fits the
 * single CMS process this library runs as; it starts empty after a restart.
 */
export const LOGIN_FAILURES_PER_ADDRESS = 10
export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60

const limiter = new RateLimiterMemory({
  keyPrefix: 'login-by-address',
  points: LOGIN_FAILURES_PER_ADDRESS,
  duration: LOGIN_FAILURE_WINDOW_SECONDS,
})

/**
 * The address a sign-in comes from, or undefined for server code (seed,
 * scripts, Local API) which has none and is not limited.
 *
 * Next.js gives route handlers no socket address; `next start` writes it into
 * X-Forwarded-For, but only when the client did not send that header itself.
 * - TRUSTED_PROXY=1 (behind nginx or similar that appends the client address):
 *   the last entry, the one our proxy added; earlier entries are the client's word.
 * - Otherwise the header as Next.js passed it: the socket address for ordinary
 *   clients. A client talking straight to `next start` could forge it to dodge
 *   this limit (the per-account lock still applies): in production run the CMS
 *   behind a reverse proxy and set TRUSTED_PROXY=1.
 */
export function clientAddress(headers: Headers, trustedProxy = process.env.TRUSTED_PROXY === '1'): string | undefined {
  const forwarded = headers.get('x-forwarded-for')
  if (!forwarded) return undefined
  const entries = forwarded
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return undefined
  return trustedProxy ? entries[entries.length - 1] : forwarded.trim()
}

const retryTime = (msBeforeNext: number): string =>
  new Date(Date.now() + msBeforeNext).toLocaleTimeString('vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  })

export function tooManyAttempts(msBeforeNext: number): APIError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000))
  return new APIError(
    `Đăng nhập sai quá nhiều lần từ địa chỉ này. Hãy thử lại sau ${minutes} phút (sau ${retryTime(msBeforeNext)}). ` +
      'Tài khoản và mật khẩu không bị thay đổi. Nếu quên mật khẩu, hãy đề nghị quản trị đặt lại.',
    429,
    { retryAfterSeconds: Math.ceil(msBeforeNext / 1000) },
    true,
  )
}

const addressOf = (req: PayloadRequest): string | undefined => (req.headers ? clientAddress(req.headers) : undefined)

export const limitLoginAttemptsByAddress: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = addressOf(req)
  if (!address) return args
  try {
    await limiter.consume(address)
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) throw tooManyAttempts(refusal.msBeforeNext)
    throw refusal
  }
  return args
}

export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const address = addressOf(req)
  if (address) await limiter.reward(address, 1)
  return user
}
