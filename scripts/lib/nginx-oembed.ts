import {
  defaultOembedSize,
  iframeSizeAttributes,
  jsonSizeMembers,
  type OembedType,
  oembedSteps,
} from '@dvctt/site/oembed-sizes'

/** A regex (no anchors) for decimal numbers without leading zeros that are at least `n` (n ≥ 1). */
export function atLeastPattern(n: number): string {
  const digits = String(n)
  const length = digits.length
  const alternatives = [`[1-9][0-9]{${length},}`, digits]
  for (let i = 0; i < length; i++) {
    const digit = Number(digits[i])
    if (digit === 9) continue
    const rest = length - i - 1
    alternatives.push(`${digits.slice(0, i)}[${digit + 1}-9]${rest ? `[0-9]{${rest}}` : ''}`)
  }
  return alternatives.join('|')
}

const TYPES: OembedType[] = ['video', 'rich']

/**
 * The http-level maps that turn `?maxwidth=&maxheight=` into each type's size,
 * the same ladder as `npm start` (site/src/lib/oembedSizes.ts): the first row
 * whose width and height both fit wins, nothing fitting gives the smallest.
 */
export function oembedMaps(): string {
  const lines = [
    '# oEmbed sizes (generated from site/src/lib/oembedSizes.ts): a limit is a positive whole number, else none.',
    'map $arg_maxwidth $dvctt_oembed_maxwidth {',
    '    "~^0*(?<w>[1-9][0-9]{0,5})$"   $w;',
    '    default                        "";',
    '}',
    'map $arg_maxheight $dvctt_oembed_maxheight {',
    '    "~^0*(?<h>[1-9][0-9]{0,5})$"   $h;',
    '    default                        "";',
    '}',
  ]
  for (const type of TYPES) {
    const steps = oembedSteps(type)
    const smallest = steps[steps.length - 1]
    for (const side of ['width', 'height'] as const) {
      lines.push(`map "$dvctt_oembed_maxwidth:$dvctt_oembed_maxheight" $dvctt_oembed_${type}_${side} {`)
      for (const step of steps)
        lines.push(`    "~^(|${atLeastPattern(step.width)}):(|${atLeastPattern(step.height)})$"   ${step[side]};`)
      lines.push(`    default   ${smallest?.[side]};`, '}')
    }
  }
  return lines.join('\n')
}

/** The location-level `sub_filter`s that write the chosen size over the built (largest) one. */
export function oembedFilters(): string {
  return TYPES.flatMap((type) => {
    const built = defaultOembedSize(type)
    const chosen = { width: `$dvctt_oembed_${type}_width`, height: `$dvctt_oembed_${type}_height` }
    return [
      `sub_filter '${iframeSizeAttributes(built)}' '${iframeSizeAttributes(chosen)}';`,
      `sub_filter '${jsonSizeMembers(built)}' '${jsonSizeMembers(chosen)}';`,
    ]
  }).join('\n            ')
}
