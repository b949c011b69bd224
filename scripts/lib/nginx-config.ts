import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'
import { LARGEST_SIZE_LIMIT } from '@dvctt/cms/uploads/policy'

import { oembedFilters, oembedMaps } from './nginx-oembed'

/** The template every install and tests/e2e/nginx.test.ts render: deploy/nginx/dvctt.conf. */
export const NGINX_TEMPLATE = path.join(projectRoot, 'deploy', 'nginx', 'dvctt.conf')

export interface NginxConfigOptions {
  /** Public host name(s), space-separated, e.g. `thuvien.laichau.gov.vn`. */
  serverName: string
  /** The live site symlink (`<app>/site/dist`); nginx serves the release it points to. */
  siteRoot: string
  /** Where the CMS (`npm run serve`) listens: `host:port`. */
  cms: string
  cert: string
  certKey: string
  /** `443` in production; `127.0.0.1:<port>` in tests. */
  httpsListen: string
  /** `80` in production. */
  httpListen: string
  /** Also send the build's .br files (needs libnginx-mod-http-brotli-static; nginx refuses the directive without it). */
  brotliStatic?: boolean
}

export const DEFAULT_NGINX_OPTIONS: Omit<NginxConfigOptions, 'serverName'> = {
  siteRoot: path.join(projectRoot, 'site', 'dist'),
  cms: '127.0.0.1:3000',
  cert: '/etc/ssl/dvctt/fullchain.pem',
  certKey: '/etc/ssl/dvctt/privkey.pem',
  httpsListen: '443',
  httpListen: '80',
}

/** The multipart envelope around the largest file: field names, boundaries, the JSON `_payload` part. */
const MULTIPART_MARGIN = 10 * 1024 * 1024

/** `client_max_body_size`, in whole megabytes so that nginx reads it plainly. */
export function maxBodySize(): string {
  return `${Math.ceil((LARGEST_SIZE_LIMIT + MULTIPART_MARGIN) / (1024 * 1024))}m`
}

const portOf = (listen: string): string => listen.slice(listen.lastIndexOf(':') + 1)

// Anything nginx would read as syntax (a space in a path, a quote, a brace) stops the rendering.
const SAFE_VALUE = /^[A-Za-z0-9_.:/@[\]*-]+$/

/**
 * Fills the template's @NAME@ slots. Refuses a value nginx would misread, and
 * a slot left unfilled, rather than writing a configuration that fails to load.
 */
export function renderNginxConfig(
  options: NginxConfigOptions,
  template = fs.readFileSync(NGINX_TEMPLATE, 'utf8'),
): string {
  const httpsPort = portOf(options.httpsListen)
  const values: Record<string, string> = {
    SERVER_NAME: options.serverName.trim().split(/\s+/).join(' '),
    SITE_ROOT: options.siteRoot,
    CMS: options.cms,
    CERT: options.cert,
    CERT_KEY: options.certKey,
    HTTPS_LISTEN: options.httpsListen,
    HTTP_LISTEN: options.httpListen,
    HTTPS_PORT_SUFFIX: httpsPort === '443' ? '' : `:${httpsPort}`,
    MAX_BODY: maxBodySize(),
  }
  for (const [name, value] of Object.entries(values)) {
    const words = name === 'SERVER_NAME' ? value.split(' ') : [value]
    if (name !== 'HTTPS_PORT_SUFFIX' && (!value || !words.every((word) => SAFE_VALUE.test(word)))) {
      throw new Error(
        `Giá trị «${value}» của ${name} không dùng được trong cấu hình nginx (trống, hoặc có dấu cách, dấu nháy, ngoặc). ` +
          'Chưa ghi tệp cấu hình nào. Hãy sửa giá trị rồi chạy lại.',
      )
    }
  }
  // Generated from the code's own tables, never from the technician's input.
  const generated: Record<string, string> = {
    OEMBED_MAPS: oembedMaps(),
    OEMBED_FILTERS: oembedFilters(),
    BROTLI_STATIC: options.brotliStatic ? 'brotli_static on;' : '# brotli_static on;  (nginx-config --brotli)',
  }
  const rendered = template.replace(/@([A-Z_]+)@/g, (slot, name: string) => values[name] ?? generated[name] ?? slot)
  const left = rendered.match(/@[A-Z_]+@/g)
  if (left)
    throw new Error(
      `Mẫu cấu hình nginx còn chỗ chưa điền: ${[...new Set(left)].join(', ')}. Chưa ghi tệp cấu hình nào.`,
    )
  return rendered
}
