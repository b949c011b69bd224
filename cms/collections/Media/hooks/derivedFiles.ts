import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Media } from '../../../payload-types'
import { removeDerivedFiles, storeDerivedFile } from '../../../storage/files'
import { SOCIAL_IMAGES } from '../../../vocabulary/socialImages'

/**
 * The files the CMS makes beside an upload (a PDF's first-page preview or a video's poster, a video's
 * small rendition, the loudspeaker MP3, the social-media images): one owner for writing and removing
 * them, whichever hook made them. A hook makes its bytes in beforeChange and keeps them here; they are
 * written once the record is saved (a refused upload leaves no file), the files a replaced upload left
 * behind are removed, and a deleted record takes its files with it (Payload removes only the original
 * and its image sizes).
 */
export interface DerivedFile {
  filename: string
  data: Buffer
  contentType: string
}

const PENDING = 'media.derivedFiles'

/** Every derived file a media record names. */
export const derivedFilenames = (doc: Partial<Media> | null | undefined): (string | null | undefined)[] => [
  doc?.preview?.filename,
  doc?.smallVideo?.filename,
  doc?.broadcast?.filename,
  ...SOCIAL_IMAGES.map(({ key }) => doc?.social?.[key]?.filename),
]

const pendingOf = (req: PayloadRequest): DerivedFile[] => {
  const pending = req.context[PENDING]
  return Array.isArray(pending) ? (pending as DerivedFile[]) : []
}

/** Keeps a derived file's bytes in the request until the record is saved. */
export function keepDerivedFile(req: PayloadRequest, file: DerivedFile): void {
  req.context[PENDING] = [...pendingOf(req), file]
}

/** Writes the files the upload's hooks made and removes those the replaced file left behind. */
export const storeDerivedFiles: CollectionAfterChangeHook<Media> = async ({ doc, previousDoc, req }) => {
  const pending = pendingOf(req)
  delete req.context[PENDING]
  for (const file of pending) await storeDerivedFile(file.filename, file.data, file.contentType)
  const current = new Set(derivedFilenames(doc))
  await removeDerivedFiles(derivedFilenames(previousDoc).filter((name) => name && !current.has(name)))
  return doc
}

/** Payload deletes the original and its image sizes; the derived files are ours to remove. */
export const removeDerivedFilesOf: CollectionAfterDeleteHook<Media> = async ({ doc }) => {
  await removeDerivedFiles(derivedFilenames(doc))
}
