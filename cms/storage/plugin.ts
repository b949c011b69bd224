import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionBeforeOperationHook, CollectionConfig, Config, Plugin } from 'payload'

import { type S3Config, S3_PRIVATE_PREFIX, s3Config } from './config'
import { removePublicCopiesOnDelete, syncPublicCopiesOnChange } from './publicCopies'
import { reconcilePublicCopies } from './reconcile'

const CLIENT_HANDLER = '@payloadcms/storage-s3/client#S3ClientUploadHandler'

const clientConfig = (config: S3Config) => ({
  region: config.region,
  endpoint: config.endpoint,
  forcePathStyle: config.forcePathStyle,
  credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  requestChecksumCalculation: 'WHEN_REQUIRED' as const,
  responseChecksumValidation: 'WHEN_REQUIRED' as const,
})

/** Uploads never go straight from the browser to the bucket: they would skip checkUpload. Drop the admin's client-upload provider. */
function withoutClientUploads(config: Config): Config {
  const admin = config.admin ?? {}
  const { [CLIENT_HANDLER]: _dropped, ...dependencies } = admin.dependencies ?? {}
  const providers = (admin.components?.providers ?? []).filter(
    (provider) =>
      !(typeof provider === 'object' && provider !== null && 'path' in provider && provider.path === CLIENT_HANDLER),
  )
  return { ...config, admin: { ...admin, dependencies, components: { ...admin.components, providers } } }
}

/**
 * The adapter parks its state in `req.context` (`skipCloudStorage` while it saves its own metadata,
 * `_payloadCloudStorage` with the file) and a nested save can leave them behind on a context object the
 * caller reuses (the seed passes one object to every create): the next upload was then silently never
 * written to the bucket. A new file starts from a clean slate.
 */
const clearStaleAdapterState: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.file) {
    delete req.context.skipCloudStorage
    delete req.context._payloadCloudStorage
  }
  return args
}

/** Our public-copy hooks run after the adapter's own, which uploads the files in afterChange. */
function withPublicCopies(collection: CollectionConfig, config: S3Config): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    // The site build links published files here instead of copying them (site/src/cms/sources/localApi.ts).
    custom: { ...collection.custom, publicFilesUrl: config.publicUrl },
    hooks: {
      ...hooks,
      beforeOperation: [clearStaleAdapterState, ...(hooks.beforeOperation ?? [])],
      afterChange: [...(hooks.afterChange ?? []), syncPublicCopiesOnChange],
      afterDelete: [...(hooks.afterDelete ?? []), removePublicCopiesOnDelete],
    },
  }
}

/**
 * Media on S3 (Payload's storage-s3 adapter) when S3_BUCKET is set, else on
 * local disk (MEDIA_DIR). The adapter's fields (`prefix`, `_objectKey`) are
 * in the schema either way, so switching needs no migration.
 */
export function mediaStoragePlugin(): Plugin {
  const config = s3Config()
  return (incoming) => {
    const applied = s3Storage({
      enabled: config !== null,
      alwaysInsertFields: true,
      bucket: config?.bucket ?? '',
      config: config ? clientConfig(config) : {},
      collections: { media: { prefix: S3_PRIVATE_PREFIX } },
    })(incoming) as Config
    const result = withoutClientUploads(applied)
    if (!config) return result
    return {
      ...result,
      onInit: async (payload) => {
        await result.onInit?.(payload)
        // The server (the process that runs jobs) repairs the public copies once at start, in the background.
        if (process.env.CMS_RUN_JOBS !== '1') return
        reconcilePublicCopies(payload)
          .then(({ copied, removed }) => {
            if (copied || removed)
              payload.logger.info(`S3: đã chép ${copied} tệp sang public/ và xoá ${removed} tệp không còn công khai.`)
          })
          .catch((error: unknown) =>
            payload.logger.error({ err: error, msg: 'S3: không đối chiếu được các bản sao công khai (public/).' }),
          )
      },
      collections: result.collections?.map((collection) =>
        collection.slug === 'media' ? withPublicCopies(collection, config) : collection,
      ),
    }
  }
}
