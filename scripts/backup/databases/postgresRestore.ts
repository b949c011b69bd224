import os from 'node:os'
import path from 'node:path'

import { RestoreRefused } from '../refusal'
import {
  clientConnection,
  PAYLOAD_SCHEMA,
  postgresClient,
  quoteIdent,
  runClientTool,
  serverMajorVersion,
  withPgClient,
} from './postgresTools'
import type { DatabaseRestorer } from './restorer'
import { POSTGRES_ENTRY } from './types'

const hidePassword = (url: string): string => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')

/** 12 looks, 250 ms apart. */
const CONNECTION_CHECKS = 12

export const postgresRestorer: DatabaseRestorer = {
  stagingParent: () => os.tmpdir(),

  async checkTarget(url) {
    let others: { count: number; who: string }
    try {
      others = await withPgClient(url, async (client) => {
        // A connection its client has just closed stays in pg_stat_activity until its server
        // process ends: look again for a few seconds before calling it a running CMS.
        for (let attempt = 1; ; attempt++) {
          const { rows } = await client.query<{ count: string; who: string | null }>(
            `SELECT count(*) AS count, string_agg(DISTINCT coalesce(nullif(application_name, ''), client_addr::text, 'cục bộ'), ', ') AS who
               FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
          )
          const found = { count: Number(rows[0]?.count ?? 0), who: rows[0]?.who ?? '' }
          if (found.count === 0 || attempt >= CONNECTION_CHECKS) return found
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
      })
    } catch (error) {
      throw new RestoreRefused(
        [
          `không kết nối được cơ sở dữ liệu PostgreSQL ${hidePassword(url)} (${error instanceof Error ? error.message : String(error)})`,
        ],
        'Kiểm tra DATABASE_URL và máy chủ PostgreSQL; một cơ sở dữ liệu mới phải được tạo trước (createdb hoặc CREATE DATABASE) rồi chạy lại.',
      )
    }
    if (others.count > 0) {
      throw new RestoreRefused(
        [`đang có ${others.count} kết nối khác tới cơ sở dữ liệu (${others.who}): CMS có thể đang chạy`],
        'Dừng CMS (systemctl stop dvctt-cms, hoặc Ctrl-C ở cửa sổ npm start) và các chương trình khác đang dùng cơ sở dữ liệu này, rồi chạy lại lệnh khôi phục.',
      )
    }
  },

  checkStaged: async () => [],

  /**
   * One transaction: drop the schema, load the dump. A failure anywhere rolls
   * the whole of it back and the old data stays; once committed there is
   * nothing left to undo.
   */
  async replace(url, stagedDir) {
    const psql = await withPgClient(url, async (client) => postgresClient('psql', await serverMajorVersion(client)))
    const { dbname, env } = clientConnection(url)
    try {
      await runClientTool(
        psql,
        [
          '--no-psqlrc',
          '--quiet',
          '--single-transaction',
          '--set=ON_ERROR_STOP=1',
          `--command=DROP SCHEMA IF EXISTS ${quoteIdent(PAYLOAD_SCHEMA)} CASCADE`,
          `--file=${path.join(stagedDir, POSTGRES_ENTRY)}`,
          `--dbname=${dbname}`,
        ],
        env,
      )
    } catch (error) {
      throw new Error(
        `không nạp được bản sao lưu vào PostgreSQL; giao dịch đã được hoàn tác, dữ liệu cũ còn nguyên (${error instanceof Error ? error.message : String(error)})`,
        { cause: error },
      )
    }
    return { commit: async () => undefined, rollback: async () => undefined }
  },
}
