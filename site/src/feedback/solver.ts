/**
 * The proof-of-work half of the feedback form (issue 19), loaded only when the reader scrolls the form
 * into view or focuses it (src/feedback/widget.ts), from the site itself (/gop-y/thu-thach.js): fetches
 * an ALTCHA challenge from the CMS, solves it with altcha-lib's own solver and Web Crypto, and returns the
 * payload the ALTCHA widget would send (base64 JSON of the signed challenge and the solution), which the
 * CMS verifies with altcha-lib. No third party is asked anything.
 */
import { type Challenge, solveChallenge } from 'altcha-lib'
import { deriveKey as pbkdf2 } from 'altcha-lib/algorithms/web/pbkdf2'
import { deriveKey as sha } from 'altcha-lib/algorithms/web/sha'

export async function solve(url: string): Promise<string> {
  let response: Response
  try {
    response = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json' } })
  } catch {
    throw new Error('Không kết nối được máy chủ để lấy mã chống thư rác. Kiểm tra kết nối mạng rồi gửi lại.')
  }
  if (!response.ok)
    throw new Error(`Máy chủ chưa cấp được mã chống thư rác (lỗi ${response.status}). Hãy thử gửi lại sau ít phút.`)
  const challenge = (await response.json()) as Challenge
  const algorithm = challenge.parameters.algorithm
  const solution = await solveChallenge({ challenge, deriveKey: algorithm.startsWith('PBKDF2/') ? pbkdf2 : sha })
  if (!solution) throw new Error('Máy của bạn chưa giải xong mã chống thư rác trong thời gian cho phép. Hãy gửi lại.')
  return btoa(
    JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution }),
  )
}
