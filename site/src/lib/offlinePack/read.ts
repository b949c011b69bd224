import fs from 'node:fs'
import path from 'node:path'

import { cmsBuildState } from '../../cms/state'

/**
 * A published file's bytes, from where this build reads the CMS's files (its
 * media folder, its file route, or the public bucket). Names come from the CMS;
 * a name with a path part is refused rather than followed.
 */
export async function readMediaFile(name: string): Promise<Uint8Array> {
  const origin = cmsBuildState().mediaOrigin
  if (!origin) throw new Error('Gói ngoại tuyến: chưa biết nơi đọc tệp của CMS.')
  if (name !== path.basename(name)) throw new Error(`Tên tệp không hợp lệ trong CMS: "${name}".`)
  if (origin.type === 'directory') return fs.promises.readFile(path.join(origin.dir, name))
  const response = await fetch(new URL(encodeURIComponent(name), origin.baseUrl))
  if (!response.ok) throw new Error(`không tải được tệp "${name}" (HTTP ${response.status})`)
  return new Uint8Array(await response.arrayBuffer())
}
