import { BROADCAST_TARGET } from './settings'

/** What loudnorm's first pass measured, as its second pass takes it back. */
export interface LoudnormMeasurement {
  input_i: string
  input_tp: string
  input_lra: string
  input_thresh: string
  target_offset: string
}

/** The JSON block loudnorm prints at the end of a pass (`print_format=json`). */
export function parseLoudnormJson(log: string): LoudnormMeasurement | null {
  const start = log.lastIndexOf('{')
  const end = log.lastIndexOf('}')
  if (start < 0 || end < start) return null
  try {
    const parsed = JSON.parse(log.slice(start, end + 1)) as Partial<LoudnormMeasurement>
    const keys = ['input_i', 'input_tp', 'input_lra', 'input_thresh', 'target_offset'] as const
    // Silence measures «-inf»: still a measurement (the caller encodes it without gain).
    const isFigure = (value: unknown) =>
      typeof value === 'string' && (/^[+-]?inf$/.test(value) || Number.isFinite(Number(value)))
    if (!keys.every((key) => isFigure(parsed[key]))) return null
    return parsed as LoudnormMeasurement
  } catch {
    return null
  }
}

const { integratedLufs, loudnormTruePeak, lra } = BROADCAST_TARGET
const TARGET = `I=${integratedLufs}:TP=${loudnormTruePeak}:LRA=${lra}`

/** Downmixed to mono first: the loudspeakers play one channel, so that is the signal to measure. */
export const firstPassFilter = `aformat=channel_layouts=mono,loudnorm=${TARGET}:print_format=json`

/** Below EBU R128's absolute gate (-70 LUFS) there is nothing to normalise: a silent file is encoded as it is. */
export const isSilent = (m: LoudnormMeasurement): boolean => !(Number(m.input_i) > -70)

export function secondPassFilter(m: LoudnormMeasurement, sampleRate: number): string {
  if (isSilent(m)) return `aformat=channel_layouts=mono,aresample=${sampleRate}`
  const measured = `measured_I=${m.input_i}:measured_TP=${m.input_tp}:measured_LRA=${m.input_lra}:measured_thresh=${m.input_thresh}:offset=${m.target_offset}`
  // loudnorm resamples to 192 kHz internally; back to the broadcast rate before the encoder.
  return `aformat=channel_layouts=mono,loudnorm=${TARGET}:${measured}:linear=true,aresample=${sampleRate}`
}

export interface Ebur128Summary {
  integratedLufs: number
  truePeakDbtp: number
}

/** The summary ffmpeg's `ebur128=peak=true` filter prints at the end: «I: -23.0 LUFS» and «Peak: -1.6 dBFS». */
export function parseEbur128Summary(log: string): Ebur128Summary | null {
  const summary = log.slice(log.lastIndexOf('Summary:'))
  const integrated = summary.match(/I:\s+(-?[\d.]+|-inf)\s+LUFS/)
  const peak = summary.match(/Peak:\s+(-?[\d.]+|-inf)\s+dBFS/)
  if (!integrated || !peak) return null
  const value = (text: string | undefined) =>
    text === '-inf' || text === undefined ? Number.NEGATIVE_INFINITY : Number(text)
  return { integratedLufs: value(integrated[1]), truePeakDbtp: value(peak[1]) }
}
