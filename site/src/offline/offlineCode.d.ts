/** The service worker's registration script, minified (integrations/serviceWorker.ts), inlined by components/OfflineSupport.astro. */
declare module 'virtual:dvctt/offline' {
  export const register: string
  /** The offline page's list of cached pages (src/offline/cachedPages.ts). */
  export const cachedPages: string
}
