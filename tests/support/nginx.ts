import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { renderNginxConfig } from '../../scripts/lib/nginx-config'
import { freePort } from '../../scripts/lib/processes'

export { freePort }

export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx'

/** A self-signed certificate for `localhost` and 127.0.0.1, made now with Debian's openssl. */
export function makeSelfSignedCert(dir: string): { cert: string; key: string; pem: string } {
  fs.mkdirSync(dir, { recursive: true })
  const cert = path.join(dir, 'cert.pem')
  const key = path.join(dir, 'key.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'pipe' },
  )
  return { cert, key, pem: fs.readFileSync(cert, 'utf8') }
}

export interface RunningNginx {
  /** `https://localhost:<port>` */
  httpsUrl: string
  httpUrl: string
  /** The certificate to trust (it is its own CA). */
  ca: string
  /** The rendered deploy/nginx/dvctt.conf, as nginx loaded it. */
  config: string
  log: () => string
  stop: () => Promise<void>
}

/** A main nginx.conf of our own: every path nginx writes goes into `dir`, nothing under /var. */
function mainConfig(dir: string): string {
  const runAs = process.getuid?.() === 0 ? 'user root;' : ''
  return `${runAs}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/dvctt.conf;
}
`
}

function waitForPort(port: number, child: ChildProcess, log: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      if (child.exitCode !== null) return reject(new Error(`nginx exited (${child.exitCode}):\n${log()}`))
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve()
      })
      socket.once('error', () => {
        socket.destroy()
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${port}:\n${log()}`))
        else setTimeout(attempt, 50)
      })
    }
    attempt()
  })
}

/**
 * Debian's nginx in the foreground (a child of the test, `daemon off`), with
 * deploy/nginx/dvctt.conf rendered for `siteRoot` and `cms` on two free ports.
 */
export async function startNginx(options: { dir: string; siteRoot: string; cms: string }): Promise<RunningNginx> {
  if (!fs.existsSync(NGINX_BIN))
    throw new Error(`nginx not installed: run \`apt-get install -y nginx\` (looked for ${NGINX_BIN})`)
  const dir = path.resolve(options.dir)
  fs.mkdirSync(dir, { recursive: true })
  const { cert, key, pem } = makeSelfSignedCert(path.join(dir, 'tls'))
  const [httpsPort, httpPort] = [await freePort(), await freePort()]
  const config = renderNginxConfig({
    serverName: 'localhost',
    siteRoot: options.siteRoot,
    cms: options.cms,
    cert,
    certKey: key,
    httpsListen: `127.0.0.1:${httpsPort}`,
    httpListen: `127.0.0.1:${httpPort}`,
  })
  fs.writeFileSync(path.join(dir, 'dvctt.conf'), config)
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir))
  const child = spawn(NGINX_BIN, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const log = (): string => output
  await waitForPort(httpsPort, child, log)
  await waitForPort(httpPort, child, log)
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGQUIT')
    })
  return {
    httpsUrl: `https://localhost:${httpsPort}`,
    httpUrl: `http://localhost:${httpPort}`,
    ca: pem,
    config,
    log,
    stop,
  }
}
