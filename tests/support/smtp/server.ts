/**
 * The SMTP server the e-mail tests deliver to: the one .ci/smtp.sh started (SMTP_TEST_URL and
 * SMTP_TEST_MAILDIR), or else one started here with the same install (`bash .ci/smtp.sh install`,
 * which fetches aiosmtpd from PyPI once). No server is a failure with the reason, never a skip.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

const root = path.resolve(import.meta.dirname, '..', '..', '..')

export type SmtpTestServer = { url: string; maildir: string; stop: () => Promise<void> }

function installedPython(): string {
  if (process.env.SMTP_TEST_PYTHON) return process.env.SMTP_TEST_PYTHON
  try {
    return execFileSync('bash', [path.join(root, '.ci/smtp.sh'), 'install'], { encoding: 'utf8' }).trim()
  } catch (error) {
    throw new Error(
      `No SMTP server for the e-mail tests: \`bash .ci/smtp.sh install\` failed (${(error as Error).message.trim()}). Install python3 with venv, or set SMTP_TEST_URL and SMTP_TEST_MAILDIR (source .ci/smtp.sh).`,
    )
  }
}

function waitForPort(child: ChildProcess, log: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream })
    lines.on('line', (line) => {
      const port = /^READY (\d+)$/.exec(line)?.[1]
      if (port) resolve(Number(port))
    })
    child.once('exit', (code) => reject(new Error(`The test SMTP server exited (code ${code}): ${log()}`)))
  })
}

export async function startSmtpServer(tmpDir: string): Promise<SmtpTestServer> {
  const { SMTP_TEST_URL: url, SMTP_TEST_MAILDIR: maildir } = process.env
  if (url && maildir) return { url, maildir, stop: async () => undefined }
  const python = installedPython()
  const own = path.join(tmpDir, `smtp-${process.pid}`)
  fs.rmSync(own, { recursive: true, force: true })
  let stderr = ''
  const child = spawn(python, [path.join(root, '.ci/smtp-maildir.py'), own, '0', '--exit-with-stdin'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const port = await waitForPort(child, () => stderr)
  return {
    url: `smtp://127.0.0.1:${port}`,
    maildir: own,
    stop: async () => {
      child.kill()
      fs.rmSync(own, { recursive: true, force: true })
    },
  }
}
