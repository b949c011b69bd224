/**
 * A short radio jingle as 16-bit mono PCM WAV, synthesised in code: a
 * pentatonic tune over a soft drone reminiscent of the khèn (Hmong mouth organ).
 * It stands in for a recorded spot; real spots replace it in the admin.
 */
export interface JingleOptions {
  /** MIDI note numbers of the tune, one per beat; 0 is a rest. */
  melody: readonly number[]
  beatSeconds?: number
  droneNote?: number
  sampleRate?: number
}

export interface Wav {
  data: Buffer
  durationSeconds: number
}

export function renderJingleWav(options: JingleOptions): Wav {
  const sampleRate = options.sampleRate ?? 22050
  const beat = options.beatSeconds ?? 0.42
  const tail = 0.8
  const durationSeconds = Math.round((options.melody.length * beat + tail) * 100) / 100
  const total = Math.floor(durationSeconds * sampleRate)
  const samples = new Float32Array(total)

  const drone = midiToHz(options.droneNote ?? 50)
  for (let i = 0; i < total; i++) {
    const t = i / sampleRate
    const swell = Math.min(1, t / 0.6) * Math.min(1, (durationSeconds - t) / 0.6)
    const vibrato = 1 + 0.004 * Math.sin(2 * Math.PI * 5 * t)
    samples[i] =
      0.12 *
      swell *
      (Math.sin(2 * Math.PI * drone * vibrato * t) + 0.5 * Math.sin(2 * Math.PI * drone * 1.5 * vibrato * t))
  }

  options.melody.forEach((note, index) => {
    if (note <= 0) return
    const freq = midiToHz(note)
    const start = Math.floor(index * beat * sampleRate)
    const length = Math.floor(beat * 1.6 * sampleRate)
    for (let j = 0; j < length && start + j < total; j++) {
      const t = j / sampleRate
      const envelope = Math.min(1, t / 0.015) * Math.exp(-3.2 * t)
      const tone =
        Math.sin(2 * Math.PI * freq * t) +
        0.35 * Math.sin(4 * Math.PI * freq * t) +
        0.12 * Math.sin(6 * Math.PI * freq * t)
      samples[start + j] = (samples[start + j] ?? 0) + 0.34 * envelope * tone
    }
  })

  return { data: encodeWav(samples, sampleRate), durationSeconds }
}

function midiToHz(note: number): number {
  return 440 * 2 ** ((note - 69) / 12)
}

function encodeWav(samples: Float32Array, sampleRate: number): Buffer {
  const bytesPerSample = 2
  const dataSize = samples.length * bytesPerSample
  const buffer = Buffer.alloc(44 + dataSize)
  buffer.write('RIFF', 0, 'ascii')
  buffer.writeUInt32LE(36 + dataSize, 4)
  buffer.write('WAVE', 8, 'ascii')
  buffer.write('fmt ', 12, 'ascii')
  buffer.writeUInt32LE(16, 16) // PCM header size
  buffer.writeUInt16LE(1, 20) // PCM
  buffer.writeUInt16LE(1, 22) // mono
  buffer.writeUInt32LE(sampleRate, 24)
  buffer.writeUInt32LE(sampleRate * bytesPerSample, 28)
  buffer.writeUInt16LE(bytesPerSample, 32)
  buffer.writeUInt16LE(16, 34)
  buffer.write('data', 36, 'ascii')
  buffer.writeUInt32LE(dataSize, 40)
  samples.forEach((sample, i) => {
    const clamped = Math.max(-1, Math.min(1, sample))
    buffer.writeInt16LE(Math.round(clamped * 32767), 44 + i * bytesPerSample)
  })
  return buffer
}
