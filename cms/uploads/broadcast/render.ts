import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { readDurationSeconds } from '../describeDuration'
import {
  type Ebur128Summary,
  firstPassFilter,
  isSilent,
  parseEbur128Summary,
  parseLoudnormJson,
  secondPassFilter,
} from './loudness'
import { lastLogLine, runFfmpegForLog } from './runFfmpeg'
import { BROADCAST_FORMAT, BROADCAST_TARGET, broadcastTimeoutMs } from './settings'

export interface BroadcastRendition {
  /** null for a silent file (below the -70 LUFS gate). */
  integratedLufs: number | null
  truePeakDbtp: number | null
  data: Buffer
  durationSeconds: number | null
  bitRateKbps: number
}

/** A video whose container holds no sound: nothing to broadcast, and nothing wrong. */
const NO_AUDIO = /does not contain any stream|matches no streams|Stream specifier ':a'/i

/** The MP3 encoder shifts tonal material by up to ~1.5 dB at 64 kbit/s: beyond this, one corrected encode. */
const CORRECT_ABOVE_LU = 0.5

type Said = (log: string) => string

/** Second pass (plus a correction gain) into the MP3, then ebur128 on the MP3 itself. */
async function encodeAndMeasure(
  input: string,
  output: string,
  filter: string,
  timeoutMs: number,
  said: Said,
): Promise<Ebur128Summary> {
  const { bitRateKbps, sampleRate, channels } = BROADCAST_FORMAT
  const encode = await runFfmpegForLog(
    [
      ...['-i', input, '-vn', '-map', '0:a:0', '-map_metadata', '-1', '-af', filter],
      ...['-ac', String(channels), '-ar', String(sampleRate), '-c:a', 'libmp3lame', '-b:a', `${bitRateKbps}k`],
      ...['-f', 'mp3', '-y', output],
    ],
    timeoutMs,
  )
  if (encode.code !== 0) throw new Error(`ffmpeg không tạo được bản MP3: ${said(encode.log)}`)
  const check = await runFfmpegForLog(['-i', output, '-af', 'ebur128=peak=true', '-f', 'null', '-'], timeoutMs)
  const summary = check.code === 0 ? parseEbur128Summary(check.log) : null
  if (!summary) throw new Error(`không đo lại được độ to của bản phát thanh: ${said(check.log)}`)
  return summary
}

/**
 * The loudspeaker version of an upload's sound: ffmpeg's two-pass loudnorm to EBU R128, mono MP3
 * (settings.ts), then measured again with the ebur128 filter so the record states what the file is,
 * not what was aimed at (and corrected once when the encoder moved it). `null` for a video without a
 * sound track; throws (in Vietnamese) when ffmpeg cannot decode the file. The untrusted file is read
 * from a private temporary copy, `file` protocol only.
 */
export async function renderBroadcast(
  source: Buffer,
  options: { durationSeconds: number | null },
): Promise<BroadcastRendition | null> {
  const timeoutMs = broadcastTimeoutMs(options.durationSeconds)
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dvctt-broadcast-'))
  try {
    const input = path.join(dir, 'input')
    const output = path.join(dir, 'broadcast.mp3')
    await fs.writeFile(input, source)
    // ffmpeg names its input in errors: the note shows «tệp», not a temporary path.
    const said: Said = (log) => lastLogLine(log).replaceAll(`${input}: `, '').replaceAll(dir, '')
    const first = await runFfmpegForLog(
      ['-i', input, '-vn', '-map', '0:a:0', '-af', firstPassFilter, '-f', 'null', '-'],
      timeoutMs,
    )
    if (first.code !== 0 && NO_AUDIO.test(first.log)) return null
    const measured = first.code === 0 ? parseLoudnormJson(first.log) : null
    if (!measured) throw new Error(`ffmpeg không đọc được âm thanh của tệp: ${said(first.log) || 'không rõ lý do'}`)
    const filter = secondPassFilter(measured, BROADCAST_FORMAT.sampleRate)
    let summary = await encodeAndMeasure(input, output, filter, timeoutMs, said)
    // Never raised past the -1 dBTP ceiling.
    const gain = Math.min(
      BROADCAST_TARGET.integratedLufs - summary.integratedLufs,
      BROADCAST_TARGET.truePeakDbtp - summary.truePeakDbtp,
    )
    if (!isSilent(measured) && Number.isFinite(gain) && Math.abs(gain) > CORRECT_ABOVE_LU)
      summary = await encodeAndMeasure(input, output, `${filter},volume=${gain.toFixed(2)}dB`, timeoutMs, said)
    const data = await fs.readFile(output)
    const durationSeconds = await readDurationSeconds(data, 'audio/mpeg').catch(() => null)
    // Silence measures -70 LUFS and a peak of -inf: recorded as unknown, not as figures.
    const figure = (value: number) => (Number.isFinite(value) && value > -70 ? value : null)
    return {
      integratedLufs: figure(summary.integratedLufs),
      truePeakDbtp: figure(summary.truePeakDbtp),
      data,
      durationSeconds,
      bitRateKbps: BROADCAST_FORMAT.bitRateKbps,
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
