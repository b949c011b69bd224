import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Media } from '../payload-types'
import { uploadServingHeaders } from '../uploads/servingHeaders'
import type { DocId } from '../vocabulary'
import { type S3Config, s3Config } from './config'
import { copyObject, objectFolder } from './objects'

type StoredFile = { name: string; contentType: string }

/** The original, every rendition, the preview and the small video: what a published material's page and downloads link to. */
export function storedFiles(media: Partial<Media>): StoredFile[] {
  const files = new Map<string, string>()
  if (media.filename) files.set(media.filename, media.mimeType ?? 'application/octet-stream')
  for (const size of Object.values(media.sizes ?? {}))
    if (size?.filename) files.set(size.filename, size.mimeType ?? 'application/octet-stream')
  if (media.preview?.filename) files.set(media.preview.filename, 'image/webp')
  if (media.smallVideo?.filename) files.set(media.smallVideo.filename, 'video/mp4')
  if (media.broadcast?.filename) files.set(media.broadcast.filename, 'audio/mpeg')
  for (const social of Object.values(media.social ?? {})) if (social?.filename) files.set(social.filename, 'image/jpeg')
  return [...files].map(([name, contentType]) => ({ name, contentType }))
}

/** The public copy carries the type and disposition the CMS's own file route sends. */
const headersFor = (contentType: string) => ({
  contentType,
  contentDisposition: uploadServingHeaders(contentType)['Content-Disposition'],
})

export async function publish(config: S3Config, files: StoredFile[]): Promise<void> {
  const privateFolder = objectFolder(config, config.privatePrefix)
  const publicFolder = objectFolder(config, config.publicPrefix)
  for (const file of files)
    await copyObject(config, privateFolder.key(file.name), publicFolder.key(file.name), headersFor(file.contentType))
}

export async function withdraw(config: S3Config, names: string[]): Promise<void> {
  if (names.length) await objectFolder(config, config.publicPrefix).remove(names)
}

/**
 * Keeps `public/` equal to the files of publicly visible media: called when
 * materials' hooks flip `publiclyVisible` (collections/Materials/hooks/updateMediaVisibility.ts).
 * Nothing to do on local disk, where the site build copies published files itself.
 */
export async function syncPublicCopies(req: PayloadRequest, ids: DocId[], visible: boolean): Promise<void> {
  const config = s3Config()
  if (!config || ids.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const files = docs.flatMap(storedFiles)
  if (visible) await publish(config, files)
  else
    await withdraw(
      config,
      files.map((file) => file.name),
    )
}

/** A replaced file of a public media document: the new files go public, the old ones leave. */
export const syncPublicCopiesOnChange: CollectionAfterChangeHook<Media> = async ({ doc, previousDoc }) => {
  const config = s3Config()
  if (!config) return doc
  const now = doc.publiclyVisible ? storedFiles(doc) : []
  const kept = new Set(now.map((file) => file.name))
  const gone = storedFiles(previousDoc ?? {})
    .map((file) => file.name)
    .filter((name) => !kept.has(name))
  await publish(config, now)
  await withdraw(config, gone)
  return doc
}

export const removePublicCopiesOnDelete: CollectionAfterDeleteHook<Media> = async ({ doc }) => {
  const config = s3Config()
  if (config)
    await withdraw(
      config,
      storedFiles(doc).map((file) => file.name),
    )
}
