import fs from 'node:fs'
import path from 'node:path'

import { siteDir } from '../../lib/paths'

let cached: string | undefined

/** The library's own mark, the static site's favicon (site/public/favicon.svg), as inline SVG. */
export function librarySvgMark(): string {
  cached ??= fs.readFileSync(path.join(siteDir, 'public', 'favicon.svg'), 'utf8')
  return cached
}
