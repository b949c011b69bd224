/**
 * npm run migrate [-- --status]
 *
 * Brings the database in DATABASE_URL to this release's schema by applying the
 * committed migrations (cms/migrations/<dialect>/) that it has not had yet, each
 * in its own transaction. A library made by an earlier release before migrations
 * existed is recognised first and upgraded without losing a row. `--status`
 * only lists what is applied and what is pending. MongoDB needs no migration.
 */
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { exitWithMessage, formatSeconds } from './lib/fail'

const { values } = parseArgs({
  options: { status: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
})

let payload: Payload | undefined
try {
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  const { migrationState, databaseKindOf: migrationStateKind } = await import('@dvctt/cms/lib/migrations')
  const log = (line: string) => console.log(`› ${line}`)
  if (values.check) {
    // For developers and CI: the committed migrations cover every field the code declares.
    const { default: config } = await import('@dvctt/cms/config')
    const { getPayload } = await import('payload')
    payload = await getPayload({ config })
    const { schemaDrift, DRIFT_ADVICE } = await import('@dvctt/cms/lib/migrate/schemaDrift')
    const kind = migrationStateKind(payload)
    const drift = kind === 'mongodb' ? [] : await schemaDrift(payload, kind)
    if (drift.length > 0) throw new Error(`${DRIFT_ADVICE}\n${drift.join('\n')}`)
    console.log(`✔ Các bước nâng cấp ${kind} khớp với lược đồ trong mã nguồn.`)
  } else if (values.status) {
    const { getPayload } = await import('payload')
    const { default: config } = await import('@dvctt/cms/config')
    payload = await getPayload({ config })
    const state = await migrationState(payload)
    console.log(
      `Cơ sở dữ liệu ${state.kind}: đã áp dụng ${state.applied.length} bước, còn ${state.pending.length} bước chờ.`,
    )
    for (const name of state.applied) console.log(`  ✓ ${name}`)
    for (const name of state.pending) console.log(`  … ${name} (chưa áp dụng)`)
    for (const name of state.unknown)
      console.log(`  ! ${name} (phiên bản này không biết bước này: cơ sở dữ liệu mới hơn mã nguồn)`)
  } else {
    const started = Date.now()
    payload = await getCmsPayload({ migrate: true, log })
    const state = await migrationState(payload)
    const took = formatSeconds(Date.now() - started)
    console.log(
      state.kind === 'mongodb'
        ? `✔ MongoDB không cần bước nâng cấp; chỉ mục đã được tạo (${took}).`
        : `✔ Cơ sở dữ liệu ${state.kind} đã ở phiên bản mới nhất (${state.applied.length} bước, ${took}).`,
    )
  }
} catch (error) {
  await payload?.destroy().catch(() => undefined)
  exitWithMessage(error, values.check ? 'Kiểm tra bước nâng cấp chưa đạt' : 'Không nâng cấp được cơ sở dữ liệu')
}
await payload?.destroy().catch(() => undefined)
process.exit(0)
