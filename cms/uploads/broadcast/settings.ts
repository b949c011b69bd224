/**
 * The broadcast rendition's targets (docs/phat-thanh.md says why, in Vietnamese).
 *
 * EBU R128: -23 LUFS integrated. The true-peak ceiling is -1 dBTP; loudnorm aims 0.5 dB lower
 * because the MP3 encoder's filtering can lift peaks a little above what loudnorm measured.
 * LRA 7 LU: outdoor horn loudspeakers play over village noise, where quiet passages of a wider
 * range are lost; speech rarely exceeds it, so most spots keep loudnorm's linear (gain-only) mode.
 */
export const BROADCAST_TARGET = { integratedLufs: -23, truePeakDbtp: -1, loudnormTruePeak: -1.5, lra: 7 } as const

/**
 * Mono MP3, 64 kbit/s CBR, 44.1 kHz: what IP loudspeaker receivers (cụm thu phát thanh ứng dụng CNTT-VT)
 * and the older FM/wired stations' players all decode; speech through horn speakers carries nothing above
 * ~8 kHz, and at 0.48 MB a minute a spot downloads over a weak 3G link.
 */
export const BROADCAST_FORMAT = { bitRateKbps: 64, sampleRate: 44_100, channels: 1 } as const

/** A stuck or hostile file must not hold the save: at least 60 s, plus half the running time, under nginx's 600 s. */
export function broadcastTimeoutMs(durationSeconds: number | null): number {
  const seconds = 60 + 0.5 * (durationSeconds ?? 600)
  return Math.min(540, seconds) * 1000
}
