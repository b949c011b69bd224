import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'

import type { S3Config } from './config'

const clients = new WeakMap<S3Config, S3Client>()

/** One client per configuration (the SDK keeps connections alive). */
export function s3Client(config: S3Config): S3Client {
  let client = clients.get(config)
  if (!client) {
    client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Only checksums S3 asks for: some S3-compatible stores refuse the newer default ones.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
    clients.set(config, client)
  }
  return client
}

const isMissing = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound')

/**
 * The bucket seen as flat folders of files: `media/` (every upload, private)
 * and `public/` (copies of published files). Backup and benchmarks use this
 * too, so they never need to know the key layout.
 */
export interface ObjectFolder {
  readonly prefix: string
  key(name: string): string
  put(name: string, data: Buffer, headers: { contentType: string; contentDisposition?: string }): Promise<void>
  /** The bytes, or null when there is no such object. */
  get(name: string): Promise<Buffer | null>
  /** Every file name in the folder. */
  list(): Promise<string[]>
  remove(names: readonly string[]): Promise<void>
}

export function objectFolder(config: S3Config, prefix: string): ObjectFolder {
  const client = s3Client(config)
  const Bucket = config.bucket
  const key = (name: string) => `${prefix}/${name}`
  return {
    prefix,
    key,
    async put(name, data, headers) {
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key(name),
          Body: data,
          ContentType: headers.contentType,
          ContentDisposition: headers.contentDisposition,
        }),
      )
    },
    async get(name) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key(name) }))
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0)
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
    async list() {
      const names: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: `${prefix}/`, ContinuationToken }))
        for (const object of page.Contents ?? []) if (object.Key) names.push(object.Key.slice(prefix.length + 1))
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken)
      return names
    },
    async remove(names) {
      for (let start = 0; start < names.length; start += 1000) {
        const batch = names.slice(start, start + 1000)
        await client.send(
          new DeleteObjectsCommand({
            Bucket,
            Delete: { Objects: batch.map((name) => ({ Key: key(name) })), Quiet: true },
          }),
        )
      }
    },
  }
}

/** Copies an object inside the bucket, replacing its headers (the public copy's type and disposition). */
export async function copyObject(
  config: S3Config,
  from: string,
  to: string,
  headers: { contentType: string; contentDisposition?: string },
): Promise<void> {
  try {
    await s3Client(config).send(
      new CopyObjectCommand({
        Bucket: config.bucket,
        Key: to,
        CopySource: `${config.bucket}/${from.split('/').map(encodeURIComponent).join('/')}`,
        MetadataDirective: 'REPLACE',
        ContentType: headers.contentType,
        ContentDisposition: headers.contentDisposition,
      }),
    )
  } catch (error) {
    if (!isMissing(error)) throw error
    throw new Error(
      `Không chép được "${from}" sang "${to}" trong bucket ${config.bucket}: không có đối tượng "${from}".`,
      {
        cause: error,
      },
    )
  }
}
