// `npm run serve`: the production server (docs/deploy.md). Checks the environment,
// applies pending migrations, builds the admin and (when there is none) the site,
// then runs the CMS with its job runner in the foreground, logging to stdout for
// systemd's journal. Never seeds, never makes demo accounts; nginx serves the site.
import type { ChildProcess } from 'node:child_process'

import { createLocalReq, type Payload } from 'payload'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { startAdmin } from './lib/admin'
import {
  buildSiteInChild,
  ensureAdminBuild,
  hasLiveSite,
  recordStartupBuild,
  settleContent,
  siteCodeChangedSinceLiveBuild,
  step,
} from './lib/boot'
import { exitWithMessage, formatSeconds } from './lib/fail'
import { exitOnProductionEnvProblems } from './lib/production-env'
import { assertPortFree, waitForHttp } from './lib/processes'
import { liveDir } from '@dvctt/site/publish'

;(process.env as Record<string, string>).NODE_ENV = 'production'
process.env.PROJECT_ROOT = projectRoot

const started = Date.now()
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const cmsHost = process.env.CMS_HOST?.trim() || '127.0.0.1'
let cms: ChildProcess | undefined
/** Set when we were asked to stop (systemctl stop/restart, Ctrl-C): the CMS's exit is then expected, not a crash. */
let stopping = false

exitOnProductionEnvProblems('máy chủ')

async function reportAccounts(payload: Payload): Promise<void> {
  const demo = await payload.find({
    collection: 'users',
    where: { email: { like: '@demo.local' } },
    limit: 20,
    overrideAccess: true,
    depth: 0,
  })
  if (demo.totalDocs > 0) {
    console.warn(
      `  ⚠ Có ${demo.totalDocs} tài khoản demo trong cơ sở dữ liệu (${demo.docs.map((u) => u.email).join(', ')}): chúng bị từ chối đăng nhập ở production. ` +
        'Hãy xóa chúng trong Quản trị → Người dùng.',
    )
  }
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (users === demo.totalDocs) {
    console.log('  Chưa có tài khoản quản trị nào dùng được. Tạo tài khoản đầu tiên trên máy chủ:')
    console.log('    npm run create-admin -- --email <thư điện tử> --name "<họ và tên>"')
  }
  const { totalDocs: materials } = await payload.count({ collection: 'materials', overrideAccess: true })
  if (materials === 0)
    console.log(
      '  Thư viện đang trống (máy chủ chính thức không nạp nội dung mẫu; máy trình diễn: `npm run seed -- --confirm`).',
    )
}

/** After an upgrade the live site was made by the old code: a full rebuild is queued for the CMS's job runner. */
async function refreshSiteAfterUpgrade(payload: Payload): Promise<void> {
  if (!siteCodeChangedSinceLiveBuild()) return
  const { queueSiteRebuild } = await import('@dvctt/cms/hooks/requestSiteRebuild')
  await queueSiteRebuild(await createLocalReq({}, payload), 'upgrade', { scope: 'full' }, 0)
  console.log(
    '  Mã nguồn mới hơn bản trang công khai đang chạy: đã xếp một lần dựng lại toàn bộ (trang cũ vẫn phục vụ đến khi xong).',
  )
}

async function prepare(): Promise<void> {
  await assertPortFree(cmsPort, 'CMS')
  const { readDatabaseUrl } = await import('@dvctt/cms/lib/env')
  step(`Đang kết nối cơ sở dữ liệu (${readDatabaseUrl().kind}) và áp dụng các bước nâng cấp còn thiếu…`)
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  const payload = await getCmsPayload({ migrate: true, log: (line) => console.log(`  ${line}`) })
  try {
    await reportAccounts(payload)
    await settleContent(payload)
    await ensureAdminBuild()
    if (!hasLiveSite()) await buildSiteInChild()
    else await refreshSiteAfterUpgrade(payload)
    await recordStartupBuild(payload)
  } finally {
    await payload.destroy().catch(() => undefined)
  }
}

function stop(signal: NodeJS.Signals): void {
  stopping = true
  if (!cms || cms.exitCode !== null) process.exit(0)
  cms.once('exit', () => process.exit(0))
  cms.kill(signal)
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))

try {
  await prepare()
  step(`Đang khởi động CMS trên ${cmsHost}:${cmsPort}…`)
  cms = startAdmin(cmsPort, { DEMO_MODE: '0' }, cmsHost)
  cms.stdout?.pipe(process.stdout)
  cms.stderr?.pipe(process.stderr)
  const host = cmsHost.includes(':') ? `[${cmsHost}]` : cmsHost === '0.0.0.0' ? '127.0.0.1' : cmsHost
  await waitForHttp(`http://${host}:${cmsPort}/api/users/me`, 120_000, cms)
  cms.on('exit', (code, signal) => {
    if (stopping) return
    console.error(`✖ CMS đã dừng (mã ${code ?? signal}). systemd sẽ khởi động lại; xem \`journalctl -u dvctt-cms\`.`)
    process.exit(code || 1)
  })
  console.log(
    [
      `✔ Máy chủ production sẵn sàng sau ${formatSeconds(Date.now() - started)}`,
      `  CMS (sau nginx): ${process.env.SERVER_URL}/admin  ·  lắng nghe http://${host}:${cmsPort}`,
      `  Trang công khai: ${process.env.SITE_URL}  ·  nginx phục vụ ${liveDir}`,
    ].join('\n'),
  )
} catch (error) {
  cms?.kill('SIGTERM')
  exitWithMessage(error, 'Không khởi động được máy chủ production')
}
