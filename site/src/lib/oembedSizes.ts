/**
 * oEmbed sizes (https://oembed.com §2.3.4: providers must respect `maxwidth`
 * and `maxheight` for video and rich answers). The build writes each answer at
 * the largest size; the web server picks a smaller one from a fixed ladder when
 * the consumer asks: `npm start` through `resizeOembed` (scripts/lib/site-server.ts),
 * nginx through maps and `sub_filter` generated from the same ladder
 * (scripts/lib/nginx-oembed.ts). Plain nginx cannot compute, so both servers use
 * the ladder, and both give the same answer to the same question.
 */

export type OembedType = 'video' | 'rich'

/** Widths an answer can take, largest (the default) first. Below the smallest, the smallest is given. */
export const OEMBED_WIDTHS = [640, 560, 480, 400, 320, 240, 160] as const

/** The title line under a video player in the embed page. */
const TITLE_LINE = 60

export interface OembedSize {
  width: number
  height: number
}

/** A 16:9 player plus its title line for a video; a 4:3 card for anything else. */
export function oembedSteps(type: OembedType): OembedSize[] {
  return OEMBED_WIDTHS.map((width) => ({
    width,
    height: type === 'video' ? Math.round((width * 9) / 16) + TITLE_LINE : Math.round((width * 3) / 4),
  }))
}

/** The size written by the build (and given when nothing smaller is asked for). */
export const defaultOembedSize = (type: OembedType): OembedSize => oembedSteps(type)[0] as OembedSize

/**
 * A `maxwidth`/`maxheight` query value as a limit: a positive whole number of
 * pixels (leading zeros allowed, at most six digits); anything else is no limit.
 */
export const SIZE_LIMIT = /^0*([1-9][0-9]{0,5})$/

export function sizeLimit(value: string | null | undefined): number | undefined {
  const digits = SIZE_LIMIT.exec(value ?? '')?.[1]
  return digits ? Number(digits) : undefined
}

/** The largest step that fits both limits. */
export function oembedSize(type: OembedType, maxwidth?: number, maxheight?: number): OembedSize {
  const steps = oembedSteps(type)
  return (
    steps.find((s) => (!maxwidth || s.width <= maxwidth) && (!maxheight || s.height <= maxheight)) ??
    (steps[steps.length - 1] as OembedSize)
  )
}

/** A size, or the names of the server variables that will hold one (scripts/lib/nginx-oembed.ts). */
type SizeText = { width: number | string; height: number | string }

/** The iframe's size attributes in an answer's `html` (unquoted, so that a server can find them in the JSON text). */
export const iframeSizeAttributes = ({ width, height }: SizeText): string => `width=${width} height=${height} `

/** The answer's closing size members, as JSON.stringify writes them last. */
export const jsonSizeMembers = ({ width, height }: SizeText): string => `"width":${width},"height":${height}}`

interface SizedAnswer {
  type: string
  html?: string
  width?: number
  height?: number
}

/** A built answer at the size the consumer's limits allow; a link or photo answer is left as it is. */
export function resizeOembed<T extends SizedAnswer>(answer: T, maxwidth?: number, maxheight?: number): T {
  if (answer.type !== 'video' && answer.type !== 'rich') return answer
  const type = answer.type
  const size = oembedSize(type, maxwidth, maxheight)
  return {
    ...answer,
    html: answer.html?.replace(iframeSizeAttributes(defaultOembedSize(type)), iframeSizeAttributes(size)),
    width: size.width,
    height: size.height,
  }
}
