import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'
import { renderBroadcast } from '@dvctt/cms/uploads/broadcast/render'
import { ffmpegPath } from '@dvctt/cms/uploads/describeVideoPoster'

import type { Section } from './report'

const root = path.join(projectRoot, '.tmp', 'bench-reach')

/** A stereo WAV of speech-like sound (noise shaped to the voice band, syllable-rate bursts), `seconds` long. */
function speechLikeWav(seconds: number): Buffer {
  const file = path.join(root, `speech-${seconds}s.wav`)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(root, { recursive: true })
    const source = `anoisesrc=d=${seconds}:c=pink:r=44100:a=0.5,bandpass=f=800:width_type=o:w=3,volume='0.3+0.7*abs(sin(2*PI*2.5*t))':eval=frame,aformat=channel_layouts=stereo`
    const result = spawnSync(ffmpegPath(), [
      '-hide_banner',
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      source,
      '-y',
      file,
    ])
    if (result.status !== 0) throw new Error(`ffmpeg không tạo được tệp WAV đo thử: ${result.stderr.toString()}`)
  }
  return fs.readFileSync(file)
}

/**
 * Issue 20: broadcastRenditionSeconds, the upload-time broadcast rendition (two-pass loudnorm, MP3
 * encode, ebur128 check) of a 10-minute WAV (`--n` seconds instead, for a smoke run). Goal ≤ 0.5× real time.
 */
export async function benchReachBroadcast(seconds = 600): Promise<Section> {
  const wav = speechLikeWav(seconds)
  const started = performance.now()
  const rendition = await renderBroadcast(wav, { durationSeconds: seconds })
  const elapsed = (performance.now() - started) / 1000
  if (!rendition) throw new Error('tệp WAV đo thử không có âm thanh')
  return {
    broadcastAudioSeconds: seconds,
    broadcastRenditionSeconds: Math.round(elapsed * 10) / 10,
    broadcastRealTimeRatio: Math.round((elapsed / seconds) * 1000) / 1000,
    broadcastGoalRealTimeRatio: 0.5,
    broadcastMeasuredLufs: rendition.integratedLufs ?? 'im lặng',
    broadcastTruePeakDbtp: rendition.truePeakDbtp ?? 'im lặng',
    broadcastMp3Bytes: rendition.data.length,
  }
}
