import { parseBuffer } from 'music-metadata'

/**
 * Seconds of playback, read from the container (MP4/M4A boxes, WebM, MP3
 * frames, WAV header) in pure JS: no ffprobe needed on the server.
 * `null` when the container states no duration.
 */
export async function readDurationSeconds(data: Buffer, mimeType: string): Promise<number | null> {
  const metadata = await parseBuffer(data, { mimeType, size: data.length }, { duration: true, skipCovers: true })
  // A video without sound (the seed's slideshows) has its length only on the track, not the container.
  const trackSeconds = metadata.format.trackInfo.map((track) => track.duration ?? 0)
  const seconds = metadata.format.duration ?? (trackSeconds.length ? Math.max(...trackSeconds) : undefined)
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 100) / 100 : null
}
