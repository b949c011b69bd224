import { type NextRequest, NextResponse } from 'next/server'

/** The feedback list opens as a queue of new items (its tabs lead to the other states, and to all). */
const FEEDBACK_LIST = '/admin/collections/feedback'
const NEW_FEEDBACK = '?where[status][equals]=new&sort=-createdAt'

/**
 * The admin opens in Vietnamese whatever the browser's language; editors can
 * switch to English in their account settings, which sets this same cookie.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  let response: NextResponse | null = null
  if (pathname === FEEDBACK_LIST && search === '') {
    const url = request.nextUrl.clone()
    url.search = NEW_FEEDBACK
    response = NextResponse.redirect(url)
  }
  if (request.cookies.has('payload-lng')) return response ?? NextResponse.next()
  request.cookies.set('payload-lng', 'vi')
  const next = response ?? NextResponse.next({ request: { headers: request.headers } })
  next.cookies.set('payload-lng', 'vi', { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 })
  return next
}

export const config = { matcher: ['/admin/:path*'] }
