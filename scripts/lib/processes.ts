import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'

export type Env = Record<string, string | undefined>

/** Runs a command to completion, inheriting output; rejects with its exit code. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Env; quiet?: boolean },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${[command, ...args].join(' ')} thoát với mã ${code}\n${output.slice(-4000)}`)),
    )
  })
}

export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', () =>
      reject(
        new Error(
          `cổng ${port} (${what}) đang bị chương trình khác dùng. Tắt chương trình đó hoặc đặt biến môi trường khác, ví dụ CMS_PORT=3100 SITE_PORT=4400`,
        ),
      ),
    )
    server.listen(port, '0.0.0.0', () => server.close(() => resolve()))
  })
}

export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`máy chủ CMS đã dừng (mã ${child.exitCode}) trước khi sẵn sàng`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} không phản hồi sau ${Math.round(timeoutMs / 1000)} giây`)
}

/** A TCP port nothing listens on right now (for servers started by tests and benchmarks). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}
