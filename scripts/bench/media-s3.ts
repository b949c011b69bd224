import type { Section } from './report'

/** Variables that switch the CMS to S3 storage (cms/storage/config.ts): blanked for the local-disk run. */
export const S3_VARIABLES = [
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'MEDIA_PUBLIC_URL',
] as const

export const S3_SKIPPED =
  'bỏ qua S3: đặt S3_TEST_ENDPOINT, S3_TEST_ACCESS_KEY_ID, S3_TEST_SECRET_ACCESS_KEY (và S3_TEST_REGION) để đo thêm trên S3, ví dụ với versitygw (.ci/versitygw.sh)'

/** The figures storage changes: upload-to-ready times. The raw sharp and check figures never touch storage. */
const STORED_FIGURES = ['seconds', 'pdf20MbSeconds', 'mp450MbSeconds'] as const

const round = (value: number): number => Math.round(value * 100) / 100

/** `s3_<figure>` (seconds on S3) and `s3Ratio_<figure>` (S3 time / local-disk time: above 1, S3 is slower). */
export function compareWithS3(disk: Section, s3: Section): Section {
  const figures: Section = {}
  for (const name of STORED_FIGURES) {
    const onDisk = disk[name]
    const onS3 = s3[name]
    if (typeof onDisk !== 'number' || typeof onS3 !== 'number') continue
    figures[`s3_${name}`] = onS3
    figures[`s3Ratio_${name}`] = round(onS3 / onDisk)
  }
  return figures
}
