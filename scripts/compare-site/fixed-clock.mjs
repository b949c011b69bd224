// Preloaded into both site builds of scripts/compare-site-output.ts (NODE_OPTIONS=--import, so child
// processes get it too): the clock stands still at COMPARE_SITE_NOW, so what a build stamps with the time
// (generatedAt in JSON, XLSX and PDF dates, which materials have expired) is the same on both sides.
const fixed = Date.parse(process.env.COMPARE_SITE_NOW ?? '')
if (Number.isFinite(fixed)) {
  const RealDate = Date
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(fixed)
      else super(...args)
    }
    static now() {
      return fixed
    }
  }
  globalThis.Date = FixedDate
}
