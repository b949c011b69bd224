/** Plain GETs against the served demo site, for tests that check files rather than pages in a browser. */
export interface SiteResponse {
  status: number
  type: string
  bytes: Uint8Array
}

export function siteFetcher(siteUrl: string): {
  get(url: string): Promise<SiteResponse>
  canonicalOf(pageUrl: string): Promise<string>
} {
  const get = async (url: string): Promise<SiteResponse> => {
    const response = await fetch(`${siteUrl}${url}`)
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      bytes: new Uint8Array(await response.arrayBuffer()),
    }
  }
  return {
    get,
    /** The address the page itself gives as canonical: what a QR code for it must open. */
    async canonicalOf(pageUrl: string): Promise<string> {
      const html = new TextDecoder().decode((await get(pageUrl)).bytes)
      const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
      if (!href) throw new Error(`no canonical link on ${pageUrl}`)
      return href
    },
  }
}
