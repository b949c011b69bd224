/** WebVTT captions: one cue per line of the script, evenly timed. */
export interface Cue {
  text: string
  seconds: number
}

export function renderVtt(cues: readonly Cue[]): Buffer {
  let at = 0
  const blocks = cues.map((cue, index) => {
    const start = at
    at += cue.seconds
    return `${index + 1}\n${timestamp(start)} --> ${timestamp(at)}\n${cue.text.normalize('NFC')}`
  })
  return Buffer.from(`WEBVTT\nKind: captions\nLanguage: vi\n\n${blocks.join('\n\n')}\n`, 'utf8')
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000)
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor((ms % 3_600_000) / 60_000)
  const s = Math.floor((ms % 60_000) / 1000)
  const rest = ms % 1000
  return `${pad(h)}:${pad(m)}:${pad(s)}.${String(rest).padStart(3, '0')}`
}

const pad = (n: number): string => String(n).padStart(2, '0')
