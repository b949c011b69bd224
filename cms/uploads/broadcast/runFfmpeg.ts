import { spawn } from 'node:child_process'

import { ffmpegPath } from '../describeVideoPoster'

export interface FfmpegRun {
  code: number | null
  /** The last 64 kB of ffmpeg's log: loudnorm and ebur128 print their figures there. */
  log: string
}

const LOG_KEEP = 64 * 1024

/** Runs ffmpeg to completion and hands back its log; killed after `timeoutMs`. */
export function runFfmpegForLog(args: string[], timeoutMs: number): Promise<FfmpegRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), ['-nostdin', '-hide_banner', '-protocol_whitelist', 'file', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let log = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stderr.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-LOG_KEEP)
    })
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal) reject(new Error(`ffmpeg quá thời gian (${Math.round(timeoutMs / 1000)} giây)`))
      else resolve({ code, log })
    })
  })
}

/** ffmpeg's own last line, for a note a person reads («Invalid data found when processing input»). */
export const lastLogLine = (log: string): string =>
  log
    .trim()
    .split('\n')
    .filter((line) => line.trim())
    .at(-1)
    ?.trim() ?? ''
