import { defineMiddleware } from 'astro:middleware'

/**
 * Astro writes its island rule (`astro-island{display:contents}`) as a <style>
 * just before the first island, in the middle of <body>, where HTML does not
 * allow one (the Nu checker reports it). Every built page goes through here:
 * the rule moves to the end of <head>, where it applies the same.
 */
const ISLAND_STYLE = /<style>astro-island,[^<]*<\/style>/g

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next()
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response
  const html = await response.text()
  const styles = [...new Set(html.match(ISLAND_STYLE) ?? [])]
  const moved = styles.length ? html.replace(ISLAND_STYLE, '').replace('</head>', `${styles.join('')}</head>`) : html
  return new Response(moved, { status: response.status, statusText: response.statusText, headers: response.headers })
})
