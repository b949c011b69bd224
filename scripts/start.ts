// `npm start`: the whole product on the embedded database with demo content.
// Prepares and seeds the database, builds the admin and the site, starts the
// CMS (which rebuilds the site when editors publish) and serves the site.
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { IMPORT_VIEW_PATH } from '@dvctt/cms/components/procedures/paths'
import { getCmsPayload } from '@dvctt/cms/lib/getCmsPayload'
import { isProduction, readDatabaseUrl } from '@dvctt/cms/lib/env'
import { projectRoot } from '@dvctt/cms/lib/paths'

import { exitWithMessage, formatSeconds } from './lib/fail'
import { startAdmin } from './lib/admin'
import { buildSiteInChild, ensureAdminBuild, recordStartupBuild, settleContent, step } from './lib/boot'
import { assertPortFree, waitForHttp } from './lib/processes'
import { liveDir } from '@dvctt/site/publish'
import { serveSite } from './lib/site-server'
import { SAMPLE_CATALOGUE, SAMPLE_CATALOGUE_CHANGED } from './seed/catalogueFile'
import { DEMO_LOGIN, describeSummary, seedDemo } from './seed/index'

const started = Date.now()
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const demo = !isProduction()
const children: ChildProcess[] = []

process.env.PROJECT_ROOT = projectRoot
process.env.SERVER_URL ??= `http://localhost:${cmsPort}`
process.env.SITE_URL ??= `http://localhost:${sitePort}`

function startCms(): ChildProcess {
  const child = startAdmin(cmsPort, { DEMO_MODE: demo ? '1' : '0' })
  const log = fs.createWriteStream(path.join(projectRoot, '.tmp', 'cms.log'), { flags: 'a' })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  // Surface site rebuilds and errors; the rest goes to .tmp/cms.log.
  child.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (/dựng lại trang|Đã dựng|Dừng giữa lúc dựng|ERROR/.test(line)) console.log(`  [cms] ${line.trim()}`)
    }
  })
  children.push(child)
  return child
}

function stopAll(): void {
  for (const child of children) child.kill('SIGTERM')
}
process.on('SIGINT', () => {
  stopAll()
  process.exit(0)
})
process.on('SIGTERM', () => {
  stopAll()
  process.exit(0)
})

try {
  if (!demo) {
    throw new Error(
      '`npm start` là bản trình diễn (nạp nội dung mẫu của tỉnh Lai Châu, tài khoản demo). Máy chủ chính thức khởi động bằng ' +
        '`npm run serve` (xem docs/deploy.md). Không có gì được ghi.',
    )
  }
  fs.mkdirSync(path.join(projectRoot, '.tmp'), { recursive: true })
  const database = readDatabaseUrl()
  await assertPortFree(cmsPort, 'CMS')
  await assertPortFree(sitePort, 'trang công khai')

  step(`Đang chuẩn bị cơ sở dữ liệu (${database.kind})…`)
  const payload = await getCmsPayload({ migrate: true, log: (line) => console.log(`  ${line}`) })
  const { totalDocs } = await payload.count({ collection: 'materials', overrideAccess: true })
  if (totalDocs === 0) {
    step('Cơ sở dữ liệu trống: đang nạp nội dung mẫu của tỉnh Lai Châu…')
    const summary = await seedDemo(payload, { log: (line) => console.log(`  ${line}`) })
    console.log(`  ${describeSummary(summary)}`)
  }
  // Before anything is built or served (cms/uploads/backfillMediaVisibility.ts, cms/jobs/applySchedule.ts).
  await settleContent(payload)

  await Promise.all([ensureAdminBuild(), buildSiteInChild()])
  await recordStartupBuild(payload)
  await payload.destroy()

  step('Đang khởi động CMS…')
  const cms = startCms()
  // Serves the live release; each request follows the site symlink, so a rebuild swapped in is served at once.
  await serveSite(liveDir, sitePort)
  await waitForHttp(`http://localhost:${cmsPort}/api/users/me`, 60_000, cms)
  cms.on('exit', (code) => {
    console.error(`\n✖ CMS đã dừng (mã ${code}). Xem .tmp/cms.log rồi chạy lại \`npm start\`.`)
    stopAll()
    process.exit(1)
  })

  const lines = [
    '',
    `✔ Thư viện tài liệu tuyên truyền DVCTT đã sẵn sàng sau ${formatSeconds(Date.now() - started)}`,
    `  Quản trị (CMS):    http://localhost:${cmsPort}/admin`,
    demo
      ? `  Đăng nhập demo:    ${DEMO_LOGIN.email}  /  ${DEMO_LOGIN.password}`
      : '  (Chế độ production: không có tài khoản demo.)',
    `  Trang công khai:   http://localhost:${sitePort}/`,
    `  API REST/GraphQL:  http://localhost:${cmsPort}/api  ·  http://localhost:${cmsPort}/api/graphql`,
    ...(demo && fs.existsSync(SAMPLE_CATALOGUE)
      ? [
          `  Thử nạp danh mục TTHC: ${path.relative(process.cwd(), SAMPLE_CATALOGUE)} (bản sửa đổi: ${path.basename(SAMPLE_CATALOGUE_CHANGED)})`,
          `                     tại http://localhost:${cmsPort}/admin${IMPORT_VIEW_PATH}`,
        ]
      : []),
    '  Khi xuất bản hoặc gỡ tài liệu trong CMS, trang công khai tự dựng lại sau vài giây.',
    '  Nhấn Ctrl+C để dừng.',
    '',
  ]
  console.log(lines.join('\n'))
} catch (error) {
  stopAll()
  exitWithMessage(error, 'Không khởi động được thư viện')
}
