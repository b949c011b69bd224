import type { Config, Plugin } from 'payload'

import { publicGraphQLRules } from './graphqlLimits'
import {
  invalidateAfterChange,
  invalidateAfterDelete,
  invalidateAfterGlobalChange,
  invalidateOnCommit,
} from './invalidateOnChange'
import { GRAPHQL_MAX_COMPLEXITY, requestsPerMinute } from './limits'

/**
 * The public API's config side (the request side is ./guardRoutes.ts, used by
 * the /api route handlers): every collection and global empties the anonymous
 * list cache when it changes, and GraphQL gets a complexity ceiling and the
 * anonymous list-argument rule.
 */
export const publicApiPlugin =
  (): Plugin =>
  (config: Config): Config => {
    // A bad PUBLIC_API_REQUESTS_PER_MINUTE stops the start with its message, not the first request.
    requestsPerMinute()
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), invalidateAfterChange],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateAfterDelete],
        },
      })),
      globals: (config.globals ?? []).map((global) => ({
        ...global,
        hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), invalidateAfterGlobalChange] },
      })),
      graphQL: {
        ...config.graphQL,
        maxComplexity: GRAPHQL_MAX_COMPLEXITY,
        validationRules: (args) => [...(config.graphQL?.validationRules?.(args) ?? []), ...publicGraphQLRules(args)],
      },
      onInit: async (payload) => {
        invalidateOnCommit(payload)
        await config.onInit?.(payload)
      },
    }
  }
