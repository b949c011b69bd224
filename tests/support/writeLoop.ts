/**
 * Editors at work during a backup: one after another, an upload (a media
 * record plus its original and rendition files) and a draft material that
 * carries it (the material row, its files row and its first version).
 */
import type { Payload } from 'payload'

import type { Unit } from '@dvctt/cms/payload-types'

import { materialData, uniqueSuffix } from './factories'
import { noiseJpeg, uploadFile } from './mediaFiles'

export type LoopWrite = { index: number; mediaId: string | number; materialId: string | number | null }

export interface WriteLoop {
  /** Writes finished so far, in order (a write whose material is not saved yet has materialId null). */
  readonly writes: LoopWrite[]
  readonly title: (index: number) => string
  /** Resolves once `count` writes are complete. */
  waitFor(count: number): Promise<void>
  stop(): Promise<LoopWrite[]>
}

export function startWriteLoop(payload: Payload, ownerUnit: Unit['id']): WriteLoop {
  const token = uniqueSuffix()
  const title = (index: number) => `Vòng ghi ${token} số ${index}`
  const writes: LoopWrite[] = []
  let stopping = false
  let failure: unknown

  const run = (async () => {
    for (let index = 0; !stopping; index++) {
      const image = await noiseJpeg(160, 120, index + 1)
      const media = await payload.create({
        collection: 'media',
        data: { alt: `Ảnh ${title(index)}` },
        file: uploadFile(image, 'image/jpeg', `vong-ghi-${token}-${index}.jpg`),
      })
      const write: LoopWrite = { index, mediaId: media.id, materialId: null }
      writes.push(write)
      const material = await payload.create({
        collection: 'materials',
        draft: true,
        data: {
          ...materialData({ ownerUnit }),
          title: title(index),
          kind: 'poster',
          files: [{ label: 'Ảnh', file: media.id }],
          _status: 'draft',
        },
      })
      write.materialId = material.id
    }
  })().catch((error: unknown) => {
    failure = error
  })

  return {
    writes,
    title,
    async waitFor(count) {
      while (writes.filter((write) => write.materialId !== null).length < count) {
        if (failure) throw failure
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    async stop() {
      stopping = true
      await run
      if (failure) throw failure
      return writes
    },
  }
}
