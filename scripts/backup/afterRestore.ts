import { createLocalReq } from 'payload'

type Log = (line: string) => void

/**
 * The restored database is brought up to this code's schema, and a full site
 * rebuild is queued through Payload's job queue (as the dashboard's «Dựng lại
 * ngay» does). The restore runs with the CMS stopped, so the CMS runs that
 * job when it starts again; nothing here builds the site itself. With S3
 * storage on, the bucket's `public/` copies are made to match the restored records.
 */
export async function migrateAndQueueRebuild(log: Log): Promise<string[]> {
  const notes: string[] = []
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  let payload: Awaited<ReturnType<typeof getCmsPayload>>
  try {
    log('› Nâng cấp cấu trúc cơ sở dữ liệu nếu cần…')
    payload = await getCmsPayload({ migrate: true, log: (line) => log(`  ${line}`) })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(
      `dữ liệu và tệp media đã được khôi phục, nhưng chưa nâng cấp được cấu trúc cơ sở dữ liệu: ${reason}`,
      { cause: error },
    )
  }
  try {
    payload.logger.level = 'warn'
    const { isS3Storage } = await import('@dvctt/cms/storage/config')
    if (isS3Storage()) {
      log('› Tạo lại bản công khai (public/) trong bucket theo dữ liệu vừa khôi phục…')
      const { reconcilePublicCopies } = await import('@dvctt/cms/storage/reconcile')
      const { copied, removed } = await reconcilePublicCopies(payload)
      notes.push(`Bucket S3: đã chép ${copied} tệp công khai vào public/, gỡ ${removed} tệp không còn công khai.`)
    }
    if (process.env.SITE_AUTO_REBUILD === '0') {
      notes.push(
        'SITE_AUTO_REBUILD=0 nên không xếp lịch dựng lại trang: chạy npm run build:site để dựng trang công khai từ dữ liệu vừa khôi phục.',
      )
      return notes
    }
    const { queueSiteRebuild } = await import('@dvctt/cms/hooks/requestSiteRebuild')
    const req = await createLocalReq({}, payload)
    await queueSiteRebuild(req, 'restore', { scope: 'full' }, 0)
    notes.push(
      'Đã xếp lịch dựng lại toàn bộ trang công khai: CMS sẽ dựng ngay khi được khởi động lại (npm start hoặc npm run serve).',
    )
    return notes
  } finally {
    await payload.destroy().catch(() => undefined)
  }
}
