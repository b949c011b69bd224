import type { AstroIntegration } from 'astro'

import { writeBuildRecord } from '../cms/buildRecord'
import { cmsBuildState } from '../cms/state'
import { siteBuildInput } from '../lib/buildScope'

/**
 * Writes the release's bookkeeping (cms/buildRecord.ts) for the publisher,
 * into the folder it named, outside the served output. Runs at
 * `astro:build:generated`, before publishCmsMedia's build:done releases the data.
 */
export function buildRecord(): AstroIntegration {
  return {
    name: 'dvctt:build-record',
    hooks: {
      'astro:build:generated': async () => {
        const { metaDir } = siteBuildInput()
        const state = cmsBuildState()
        const data = await state.data
        if (!metaDir || !data) return
        writeBuildRecord(metaDir, data, state.scope)
      },
    },
  }
}
