import fs from 'node:fs'
import path from 'node:path'

import { zipSync } from 'fflate'

import type { SocialImageFile } from '../cms/socialImages'
import type { MediaOrigin } from '../cms/types'

/** The post text's name inside the ZIP. */
export const POST_TEXT_FILE = 'noi-dung-bai-dang.txt'
/** The «Bộ ảnh mạng xã hội» ZIP's name, beside the material's page. */
export const SOCIAL_KIT_FILE = 'bo-anh-mang-xa-hoi.zip'

/** A stored file's bytes: from MEDIA_DIR when the build reads the CMS's folder, else from its public address. */
async function readStored(name: string, origin: MediaOrigin): Promise<Uint8Array> {
  if (name !== path.basename(name)) throw new Error(`Tên tệp không hợp lệ: "${name}".`)
  if (origin.type === 'directory') return fs.promises.readFile(path.join(origin.dir, name))
  const response = await fetch(new URL(encodeURIComponent(name), origin.baseUrl))
  if (!response.ok) throw new Error(`Không tải được ${name} (HTTP ${response.status}).`)
  return new Uint8Array(await response.arrayBuffer())
}

/**
 * The ZIP: the three stored renditions under names that say the platform and size, and the post text (UTF-8 with
 * Windows line ends, so Notepad on an older office PC shows its lines). Images are stored, not deflated: JPEG
 * does not shrink, and the ZIP is made at every build of the page.
 */
export async function socialKitZip(
  files: SocialImageFile[],
  postText: string,
  origin: MediaOrigin,
): Promise<Uint8Array> {
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {}
  for (const file of files) entries[file.zipName] = [await readStored(file.filename, origin), { level: 0 }]
  entries[POST_TEXT_FILE] = [new TextEncoder().encode(`${postText.replace(/\n/g, '\r\n')}\r\n`), { level: 6 }]
  return zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z') })
}
