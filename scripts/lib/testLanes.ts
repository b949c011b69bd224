// Runs Vitest once per lane, all lanes at once (scripts/test.ts says why). The first lane prints
// as it goes; the others write to a file each, printed whole when they end, so that no two
// reports are interleaved line by line.
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
  log?: string
  done: Promise<number>
}

function startLane(args: string[], index: number): Lane {
  const log = index === 0 ? undefined : path.join(projectRoot, '.tmp', `test-lane-${index + 1}.log`)
  let stdio: 'inherit' | ['ignore', number, number] = 'inherit'
  if (log) {
    fs.mkdirSync(path.dirname(log), { recursive: true })
    const fd = fs.openSync(log, 'w')
    stdio = ['ignore', fd, fd]
  }
  const child = spawn(process.execPath, [vitest, 'run', ...args], { cwd: projectRoot, stdio })
  const done = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`\n✖ Không chạy được Vitest: ${error.message}\n`)
      resolve(1)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
  return { child, log, done }
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
  console.log(`${passed ? '✔ Kiểm thử đạt' : '✖ Kiểm thử chưa đạt'} sau ${formatSeconds(Date.now() - started)}.`)
  process.exit(passed ? 0 : 1)
}
