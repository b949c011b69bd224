import type { Payload } from 'payload'

import type { Media } from '../payload-types'
import { s3Config } from './config'
import { objectFolder } from './objects'
import { publish, storedFiles, withdraw } from './publicCopies'

const PAGE = 500

/**
 * Makes `public/` hold exactly the files of publicly visible media: copies the
 * missing ones, removes the others. The hooks keep it so file by file; this
 * repairs what they could not (files moved from disk with `aws s3 sync`, a
 * publish whose transaction was rolled back after the copy). The listing is
 * taken before the query, so a publish or unpublish running meanwhile is never undone.
 */
export async function reconcilePublicCopies(payload: Payload): Promise<{ copied: number; removed: number }> {
  const config = s3Config()
  if (!config) return { copied: 0, removed: 0 }
  const present = new Set(await objectFolder(config, config.publicPrefix).list())
  const expected = new Set<string>()
  const missing: ReturnType<typeof storedFiles> = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'media',
      where: { publiclyVisible: { equals: true } },
      depth: 0,
      limit: PAGE,
      page,
      overrideAccess: true,
      select: {
        filename: true,
        mimeType: true,
        sizes: true,
        preview: true,
        smallVideo: true,
        broadcast: true,
        social: true,
      },
    })
    for (const file of result.docs.flatMap((doc) => storedFiles(doc as Partial<Media>))) {
      expected.add(file.name)
      if (!present.has(file.name)) missing.push(file)
    }
    if (!result.hasNextPage) break
  }
  const extra = [...present].filter((name) => !expected.has(name))
  await publish(config, missing)
  await withdraw(config, extra)
  return { copied: missing.length, removed: extra.length }
}
