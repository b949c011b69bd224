import { type NextRequest, NextResponse } from 'next/server'

/**
 * The admin opens in Vietnamese whatever the browser's language; editors can
 * switch to English in their account settings, which sets this same cookie.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  request.cookies.set('payload-lng', 'vi')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set('payload-lng', 'vi', { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
