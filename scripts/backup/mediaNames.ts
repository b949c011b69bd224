import path from 'node:path'

/** Media files sit flat in MEDIA_DIR under the names their records give; anything else never leaves or enters it. */
export const isSafeMediaName = (name: string): boolean =>
  name !== '' &&
  name !== '.' &&
  name !== '..' &&
  !name.includes('\0') &&
  !name.includes('/') &&
  !name.includes('\\') &&
  path.basename(name) === name
