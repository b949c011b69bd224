import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import type { RenderedPreview } from './describePdfPreview'

/** The poster's longest side, in pixels, like the PDF preview. */
const POSTER_MAX_SIDE = 800
/** A poster is one decoded frame; anything slower is a stuck or hostile file. */
const FFMPEG_TIMEOUT_MS = 20_000
/** Where in the video to take the frame (a first frame is often black); clamped to the duration. */
const POSTER_AT_SECONDS = 1

const require = createRequire(import.meta.url)

/**
 * ffmpeg comes from the npm registry (@ffmpeg-installer/ffmpeg ships a static
 * Linux binary in its tarball), so `npm start` needs nothing from Debian.
 */
export function ffmpegPath(): string {
  const installer = require('@ffmpeg-installer/ffmpeg') as { path: string }
  return installer.path
}

function runFfmpeg(args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    let err = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), FFMPEG_TIMEOUT_MS)
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-2000)))
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0 && out.length) resolve(Buffer.concat(out))
      else
        reject(
          new Error(
            signal
              ? `ffmpeg quá thời gian (${FFMPEG_TIMEOUT_MS / 1000} giây)`
              : `ffmpeg thoát với mã ${code}: ${err.trim().split('\n').at(-1) ?? ''}`,
          ),
        )
    })
  })
}

/**
 * One frame of a video as a WebP poster. The untrusted file is read from a
 * private temporary copy, with only the `file` protocol allowed, so a crafted
 * playlist or reference cannot make ffmpeg fetch anything.
 */
export async function renderVideoPoster(video: Buffer, durationSeconds: number | null): Promise<RenderedPreview> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dvctt-poster-'))
  try {
    const input = path.join(dir, 'input')
    await fs.writeFile(input, video)
    const at = durationSeconds && durationSeconds > 2 * POSTER_AT_SECONDS ? POSTER_AT_SECONDS : 0
    const png = await runFfmpeg([
      '-nostdin',
      '-hide_banner',
      '-loglevel',
      'error',
      '-protocol_whitelist',
      'file',
      '-ss',
      String(at),
      '-i',
      input,
      '-frames:v',
      '1',
      '-an',
      '-f',
      'image2pipe',
      '-vcodec',
      'png',
      'pipe:1',
    ])
    const { data, info } = await sharp(png)
      .resize({ width: POSTER_MAX_SIDE, height: POSTER_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true })
    return { data, width: info.width, height: info.height }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
