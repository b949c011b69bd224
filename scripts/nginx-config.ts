/**
 * bash scripts/run.sh nginx-config --server-name <tên miền> [--out <tệp>] [--site-root …] [--cms host:port]
 *   [--cert …] [--cert-key …] [--brotli]
 *
 * Writes the nginx configuration for this install from deploy/nginx/dvctt.conf
 * (docs/deploy.md). Without --out it prints it. The file is written through a
 * temporary file and a rename, so a refused value never leaves half a file.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { exitWithMessage } from './lib/fail'
import { DEFAULT_NGINX_OPTIONS, renderNginxConfig } from './lib/nginx-config'

const USAGE =
  'Cách dùng: bash scripts/run.sh nginx-config --server-name <tên miền> --out /srv/dvctt/nginx-dvctt.conf (xem docs/deploy.md, bước 6)'

try {
  let values: Partial<Record<'server-name' | 'out' | 'site-root' | 'cms' | 'cert' | 'cert-key', string>> & {
    brotli?: boolean
  }
  try {
    ;({ values } = parseArgs({
      options: {
        'server-name': { type: 'string' },
        out: { type: 'string' },
        'site-root': { type: 'string' },
        cms: { type: 'string' },
        cert: { type: 'string' },
        'cert-key': { type: 'string' },
        brotli: { type: 'boolean' },
      },
      strict: true,
    }))
  } catch (error) {
    throw new Error(`tùy chọn không hợp lệ (${error instanceof Error ? error.message : String(error)}). ${USAGE}`)
  }
  if (!values['server-name']) throw new Error(`Thiếu tên miền (--server-name). ${USAGE}`)
  const config = renderNginxConfig({
    ...DEFAULT_NGINX_OPTIONS,
    serverName: values['server-name'],
    siteRoot: path.resolve(values['site-root'] ?? DEFAULT_NGINX_OPTIONS.siteRoot),
    // The CMS's own variables (npm run serve), when the technician set them in this shell.
    cms: values.cms ?? `${process.env.CMS_HOST || '127.0.0.1'}:${process.env.CMS_PORT || '3000'}`,
    cert: values.cert ?? DEFAULT_NGINX_OPTIONS.cert,
    certKey: values['cert-key'] ?? DEFAULT_NGINX_OPTIONS.certKey,
    brotliStatic: values.brotli === true,
  })
  if (!values.out) process.stdout.write(config)
  else {
    const tmp = `${values.out}.tmp-${process.pid}`
    fs.writeFileSync(tmp, config)
    fs.renameSync(tmp, values.out)
    console.log(`✔ Đã ghi cấu hình nginx vào ${values.out}. Kiểm tra bằng «nginx -t» rồi «systemctl reload nginx».`)
  }
} catch (error) {
  exitWithMessage(error, 'Không tạo được cấu hình nginx')
}
