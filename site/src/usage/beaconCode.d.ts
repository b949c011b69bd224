/** The beacons' minified code (integrations/usageBeacon.ts), inlined by components/UsageBeacon.astro. */
declare module 'virtual:dvctt/beacons' {
  export const material: string
  export const embed: string
}
