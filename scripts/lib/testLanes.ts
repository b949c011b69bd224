// Runs Vitest once per lane, all lanes at once (scripts/test.ts says why). The first lane prints
// as it goes; the others write to a file each, printed whole when they end, so that no two
// reports are interleaved line by line. Every lane's report is also kept in .tmp/test-lane-N.log,
// and the failures of every lane are repeated last (see failureRecap), where a CI log's tail shows them.
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { formatSeconds } from './fail'

const require = createRequire(path.join(projectRoot, 'package.json'))
const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs')

interface Lane {
  child: ChildProcess
  /** Printed whole when the lane ends (lanes 2 and on). */
  log?: string
  logFile: string
  done: Promise<number>
}

function startLane(args: string[], index: number): Lane {
  const log = path.join(projectRoot, '.tmp', `test-lane-${index + 1}.log`)
  fs.mkdirSync(path.dirname(log), { recursive: true })
  const fd = fs.openSync(log, 'w')
  // The first lane goes to the terminal as well as to its file; the others to their file only.
  const child = spawn(process.execPath, [vitest, 'run', ...args], {
    cwd: projectRoot,
    stdio: index === 0 ? ['inherit', 'pipe', 'pipe'] : ['ignore', fd, fd],
    env: index === 0 ? { FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...process.env } : process.env,
  })
  if (index === 0) {
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const)
      stream?.on('data', (chunk: Buffer) => {
        out.write(chunk)
        fs.writeSync(fd, chunk)
      })
  }
  const done = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`\n✖ Không chạy được Vitest: ${error.message}\n`)
      resolve(1)
    })
    // 'close', not 'exit': the first lane's piped output has then all been written.
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
  return { child, log: index === 0 ? undefined : log, logFile: log, done }
}

export async function runLanes(laneArgs: string[][], started: number): Promise<never> {
  if (laneArgs.length > 1) {
    console.log(`› Chạy ${laneArgs.length} luồng kiểm thử song song; luồng 2 trở đi in ra khi xong:`)
    for (const [i, args] of laneArgs.entries())
      console.log(`  luồng ${i + 1}: ${args.filter((a) => a !== '--project').join(' ')}`)
  }
  const lanes = laneArgs.map(startLane)
  // Ctrl-C already reaches Vitest (same process group): wait for it, so its
  // teardown stops the test PostgreSQL cluster and drops the test databases.
  process.on('SIGINT', () => undefined)
  process.on('SIGTERM', () => {
    for (const lane of lanes) lane.child.kill('SIGTERM')
  })
  const codes: number[] = []
  for (const [i, lane] of lanes.entries()) {
    const code = await lane.done
    codes.push(code)
    if (lane.log) {
      console.log(`\n━━━ Luồng ${i + 1} (${lane.log}) ━━━`)
      process.stdout.write(fs.readFileSync(lane.log, 'utf8'))
    }
    if (lanes.length > 1) console.log(`› Luồng ${i + 1} ${code === 0 ? 'đạt' : 'chưa đạt'}.`)
  }
  const passed = codes.every((code) => code === 0)
  for (const [i, lane] of lanes.entries()) {
    if (codes[i] === 0) continue
    console.log(`\n━━━ Luồng ${i + 1} chưa đạt: tóm tắt (cả báo cáo: ${lane.logFile}) ━━━`)
    console.log(failureRecap(fs.readFileSync(lane.logFile, 'utf8')))
  }
  console.log(`${passed ? '✔ Kiểm thử đạt' : '✖ Kiểm thử chưa đạt'} sau ${formatSeconds(Date.now() - started)}.`)
  process.exit(passed ? 0 : 1)
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')

/**
 * What a lane's Vitest report says went wrong, for the end of the run: the failed tests and
 * unhandled errors Vitest lists after the run (from its first «Failed»/«Unhandled» heading), then its
 * summary lines. At most MAX_RECAP_LINES lines, colour codes removed.
 */
export function failureRecap(report: string, maxLines = 80): string {
  const lines = report.replace(ANSI, '').split('\n')
  const first = lines.findIndex((line) => /⎯{3,}.*(Failed|Unhandled)/.test(line))
  const summary = lines.filter((line) => /^\s*(Test Files|Tests|Errors|Duration)\s/.test(line))
  const details = first < 0 ? lines.filter((line) => /(FAIL|×|✗|Error)/.test(line)) : lines.slice(first)
  const kept = details.filter((line) => !/^\s*(Test Files|Tests|Errors|Start at|Duration)\s/.test(line))
  const cut = kept.length > maxLines ? [...kept.slice(0, maxLines), `… (${kept.length - maxLines} dòng nữa)`] : kept
  return [...cut, ...summary].join('\n')
}
