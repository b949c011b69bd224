/** The publisher: the one way the static site is built and made live (see ARCHITECTURE.md). */
export { publish, liveDir } from './publish'
export type { PublishRequest, PublishResult, PublishSuccess } from '@dvctt/cms/vocabulary/publish'
