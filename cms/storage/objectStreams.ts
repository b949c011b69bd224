import fs from 'node:fs'
import type { Readable } from 'node:stream'

import { GetObjectCommand, HeadBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3'

import type { S3Config } from './config'
import { s3Client } from './objects'

const isMissing = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound')

export interface ObjectStream {
  body: Readable
  size: number
  contentType: string | undefined
}

/**
 * An object's bytes as a stream (backup: videos can be hundreds of MB), with
 * its size and type; null when there is no such object.
 */
export async function openObject(config: S3Config, key: string): Promise<ObjectStream | null> {
  try {
    const object = await s3Client(config).send(new GetObjectCommand({ Bucket: config.bucket, Key: key }))
    return {
      body: object.Body as Readable,
      size: object.ContentLength ?? 0,
      contentType: object.ContentType,
    }
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

/** Uploads a file from disk, streamed, as the object `key`. */
export async function putObjectFile(
  config: S3Config,
  key: string,
  file: string,
  headers: { contentType: string; contentDisposition?: string },
): Promise<void> {
  const { size } = await fs.promises.stat(file)
  await s3Client(config).send(
    new PutObjectCommand({
      Bucket: config.bucket,
      Key: key,
      Body: fs.createReadStream(file),
      ContentLength: size,
      ContentType: headers.contentType,
      ContentDisposition: headers.contentDisposition,
    }),
  )
}

/** Why the configured bucket cannot be reached with these credentials, or null when it can. */
export async function bucketProblem(config: S3Config): Promise<string | null> {
  try {
    await s3Client(config).send(new HeadBucketCommand({ Bucket: config.bucket }))
    return null
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
    if (status === 404) return `không có bucket ${config.bucket}`
    if (status === 403) return `khóa truy cập S3 không được phép dùng bucket ${config.bucket}`
    return `không kết nối được tới bucket ${config.bucket} (${error instanceof Error ? error.message || error.name : String(error)})`
  }
}
