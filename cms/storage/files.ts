import fs from 'node:fs/promises'

import { mediaDir } from '../lib/paths'
import { removeStoredFiles, storedFilePath } from '../uploads/describeStoredFiles'
import { s3Config } from './config'
import { objectFolder } from './objects'

/**
 * Files the CMS writes beside an upload itself (a PDF's first-page preview, a
 * video's poster): into the private part of the bucket when S3 is on, into
 * MEDIA_DIR otherwise. Payload's adapter handles originals and renditions.
 */
export async function storeDerivedFile(name: string, data: Buffer, contentType: string): Promise<void> {
  const config = s3Config()
  if (config) {
    await objectFolder(config, config.privatePrefix).put(name, data, { contentType })
    return
  }
  const filePath = await storedFilePath(name, mediaDir)
  if (!filePath) throw new Error(`Tên tệp xem trước không hợp lệ: "${name}".`)
  await fs.writeFile(filePath, data)
}

/** Removes derived files; missing ones are fine. */
export async function removeDerivedFiles(names: readonly (string | null | undefined)[]): Promise<void> {
  const config = s3Config()
  if (!config) return removeStoredFiles(names)
  const present = names.filter((name): name is string => Boolean(name))
  if (present.length) await objectFolder(config, config.privatePrefix).remove(present)
}
