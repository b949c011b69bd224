import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { ffmpegPath } from './describeVideoPoster'

/** The small rendition's shorter side at most (480p), for a USB stick and a phone on a weak connection. */
export const SMALL_VIDEO_SIDE = 480
/**
 * A transcode is bounded by the video's length: veryfast H.264 at 480p runs
 * several times faster than real time here; a stuck or hostile file is killed.
 */
const MIN_TIMEOUT_MS = 60_000
const TIMEOUT_PER_SECOND_MS = 2_000

export interface SmallVideo {
  data: Buffer
  width: number
  height: number
}

/** Landscape: height ≤ 480; portrait: width ≤ 480; never enlarged; even sides for H.264. */
const SCALE =
  `scale=w='if(gte(iw,ih),-2,min(${SMALL_VIDEO_SIDE},iw))':` +
  `h='if(gte(iw,ih),min(${SMALL_VIDEO_SIDE},ih),-2)',scale=trunc(iw/2)*2:trunc(ih/2)*2`

/** ffmpeg arguments: H.264 main at a capped low bit rate, mono-or-stereo AAC at 64 kb/s, moov atom first (faststart). */
export const smallVideoArgs = (input: string, output: string): string[] => [
  '-nostdin',
  '-hide_banner',
  '-loglevel',
  'error',
  '-protocol_whitelist',
  'file',
  '-i',
  input,
  '-map',
  '0:v:0',
  '-map',
  '0:a:0?',
  '-vf',
  SCALE,
  '-c:v',
  'libx264',
  '-preset',
  'veryfast',
  '-crf',
  '28',
  '-maxrate',
  '600k',
  '-bufsize',
  '1200k',
  '-profile:v',
  'main',
  '-pix_fmt',
  'yuv420p',
  '-c:a',
  'aac',
  '-b:a',
  '64k',
  '-movflags',
  '+faststart',
  '-f',
  'mp4',
  '-y',
  output,
]

function run(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-2000)))
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve(err)
      else
        reject(
          new Error(
            signal
              ? `ffmpeg quá thời gian (${Math.round(timeoutMs / 1000)} giây)`
              : `ffmpeg thoát với mã ${code}: ${err.trim().split('\n').at(-1) ?? ''}`,
          ),
        )
    })
  })
}

/** Reads the coded size of the first video stream from the MP4 ffmpeg wrote (its `tkhd` box). */
async function probeSize(file: string): Promise<{ width: number; height: number }> {
  const stderr = await run(
    ['-hide_banner', '-nostdin', '-loglevel', 'info', '-i', file, '-f', 'null', '-frames:v', '1', '-'],
    20_000,
  )
  const match = /Video: [^\n]*?, (\d{2,5})x(\d{2,5})/.exec(stderr)
  if (!match) throw new Error('không đọc được kích thước bản video nhỏ')
  return { width: Number(match[1]), height: Number(match[2]) }
}

/**
 * The small rendition of an uploaded video (H.264 ≤ 480p, AAC, faststart), made
 * once at upload so the offline pack never transcodes. Like the poster, the
 * untrusted file is read from a private temporary copy with only `file` allowed.
 */
export async function renderSmallVideo(video: Buffer, durationSeconds: number | null): Promise<SmallVideo> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dvctt-small-'))
  try {
    const input = path.join(dir, 'input')
    const output = path.join(dir, 'small.mp4')
    await fs.writeFile(input, video)
    const timeout = Math.max(MIN_TIMEOUT_MS, (durationSeconds ?? 0) * TIMEOUT_PER_SECOND_MS)
    await run(smallVideoArgs(input, output), timeout)
    const size = await probeSize(output)
    return { data: await fs.readFile(output), ...size }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
