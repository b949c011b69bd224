import type { Media } from '@dvctt/cms/payload-types'

import { SEED_CONTEXT, SeedError, type SeedContext, explain } from './context'

export interface MediaAsset {
  filename: string
  alt: string
  mimetype: string
  /** Called only when the file is not in the library yet, so a second run generates nothing. */
  render: () => Promise<Buffer> | Buffer
  durationSeconds?: number
}

/**
 * Uploads generated files once. A file counts as present when a media document
 * has its filename or its alt text: Payload renames an upload (x-1.jpg) when a
 * file of that name is already on disk, so the alt text is the stable key.
 */
export class MediaLibrary {
  private readonly byFilename = new Map<string, Media['id']>()
  private readonly byAlt = new Map<string, Media['id']>()
  /** Assets already settled in this run, so a cover shared by ten materials is counted once. */
  private readonly settled = new Map<string, Media['id']>()

  constructor(private readonly ctx: SeedContext) {}

  async preload(assets: readonly Pick<MediaAsset, 'filename' | 'alt'>[]): Promise<void> {
    const chunk = 200
    for (let start = 0; start < assets.length; start += chunk) {
      const slice = assets.slice(start, start + chunk)
      const result = await this.ctx.payload.find({
        collection: 'media',
        where: {
          or: [{ filename: { in: slice.map((a) => a.filename) } }, { alt: { in: slice.map((a) => a.alt) } }],
        },
        pagination: false,
        depth: 0,
      })
      for (const doc of result.docs) {
        if (doc.filename) this.byFilename.set(doc.filename, doc.id)
        if (doc.alt) this.byAlt.set(doc.alt, doc.id)
      }
    }
  }

  /** The media id for this asset, uploading it first if the library does not have it. */
  async ensure(asset: MediaAsset): Promise<Media['id']> {
    const settled = this.settled.get(asset.filename)
    if (settled !== undefined) return settled
    const known = this.byFilename.get(asset.filename) ?? this.byAlt.get(asset.alt)
    if (known !== undefined) {
      this.ctx.count('media', 'skipped')
      this.settled.set(asset.filename, known)
      return known
    }
    let data: Buffer
    try {
      data = await asset.render()
    } catch (error) {
      throw new SeedError(`Không tạo được tệp mẫu "${asset.filename}": ${explain(error)}`, { cause: error })
    }
    try {
      const doc = await this.ctx.payload.create({
        collection: 'media',
        data: { alt: asset.alt, durationSeconds: asset.durationSeconds },
        file: { data, mimetype: asset.mimetype, name: asset.filename, size: data.length },
        context: SEED_CONTEXT,
      })
      this.settled.set(asset.filename, doc.id)
      this.ctx.count('media', 'created')
      return doc.id
    } catch (error) {
      throw new SeedError(
        `Không tải lên được tệp "${asset.filename}" (${asset.mimetype}, ${Math.round(data.length / 1024)} KB) vào thư viện tệp: ${explain(error)}`,
        { cause: error },
      )
    }
  }
}
