import { CreateBucketCommand, DeleteBucketCommand, PutBucketPolicyCommand } from '@aws-sdk/client-s3'

import type { S3Config } from './config'
import { objectFolder, s3Client } from './objects'

/**
 * The bucket policy that lets anyone read `public/*` and nothing else: every
 * upload under `media/` stays private. Applied once when the bucket is made
 * (docs/deploy.md shows it for a technician's own tools).
 */
export function publicReadPolicy(config: S3Config): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: ['s3:GetObject'],
        Resource: [`arn:aws:s3:::${config.bucket}/${config.publicPrefix}/*`],
      },
    ],
  })
}

/** Creates the bucket and gives it the public-read policy on `public/*` only. */
export async function createMediaBucket(config: S3Config): Promise<void> {
  const client = s3Client(config)
  await client.send(new CreateBucketCommand({ Bucket: config.bucket }))
  await client.send(new PutBucketPolicyCommand({ Bucket: config.bucket, Policy: publicReadPolicy(config) }))
}

/** Empties both prefixes and removes the bucket (tests). */
export async function removeMediaBucket(config: S3Config): Promise<void> {
  for (const prefix of [config.privatePrefix, config.publicPrefix]) {
    const folder = objectFolder(config, prefix)
    await folder.remove(await folder.list())
  }
  await s3Client(config).send(new DeleteBucketCommand({ Bucket: config.bucket }))
}
