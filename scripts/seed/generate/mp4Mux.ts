/**
 * Minimal ISO BMFF (MP4) writer for one H.264 video track, with the index
 * (moov) before the data (mdat) so browsers can start playing at once.
 */

function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload)
  const header = Buffer.alloc(8)
  header.writeUInt32BE(body.length + 8, 0)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, body])
}

function fullBox(type: string, version: number, flags: number, ...payload: Buffer[]): Buffer {
  const vf = Buffer.alloc(4)
  vf.writeUInt32BE(((version & 0xff) << 24) | (flags & 0xffffff), 0)
  return box(type, vf, ...payload)
}

function u32(...values: number[]): Buffer {
  const b = Buffer.alloc(values.length * 4)
  values.forEach((v, i) => b.writeUInt32BE(v >>> 0, i * 4))
  return b
}

function u16(...values: number[]): Buffer {
  const b = Buffer.alloc(values.length * 2)
  values.forEach((v, i) => b.writeUInt16BE(v & 0xffff, i * 2))
  return b
}

const u8 = (...values: number[]): Buffer => Buffer.from(values)

const UNITY_MATRIX = u32(0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000)

export interface Mp4Track {
  width: number
  height: number
  sps: Buffer
  pps: Buffer
  profile: number
  constraints: number
  level: number
  /** Each sample is one access unit: NAL units without start codes. */
  samples: { nalUnits: Buffer[]; duration: number; sync: boolean }[]
  timescale: number
}

export function muxMp4(track: Mp4Track): Buffer {
  const sampleData = track.samples.map((s) => Buffer.concat(s.nalUnits.flatMap((unit) => [u32(unit.length), unit])))
  const duration = track.samples.reduce((sum, s) => sum + s.duration, 0)
  const ftyp = box('ftyp', Buffer.from('isom', 'latin1'), u32(0x200), Buffer.from('isomiso2avc1mp41', 'latin1'))

  const build = (chunkOffset: number): Buffer => {
    const avcC = box(
      'avcC',
      u8(1, track.profile, track.constraints, track.level, 0xff, 0xe1),
      u16(track.sps.length),
      track.sps,
      u8(1),
      u16(track.pps.length),
      track.pps,
    )
    const compressor = Buffer.alloc(32)
    const avc1 = box(
      'avc1',
      Buffer.alloc(6),
      u16(1), // data_reference_index
      Buffer.alloc(16), // pre_defined, reserved
      u16(track.width, track.height),
      u32(0x00480000, 0x00480000, 0), // 72 dpi, reserved
      u16(1), // frame_count
      compressor,
      u16(0x0018, 0xffff), // depth, pre_defined = -1
      avcC,
    )
    const stsd = fullBox('stsd', 0, 0, u32(1), avc1)
    const runs = runLengths(track.samples.map((s) => s.duration))
    const stts = fullBox('stts', 0, 0, u32(runs.length), ...runs.map(([count, delta]) => u32(count, delta)))
    const syncIndices = track.samples.flatMap((s, i) => (s.sync ? [i + 1] : []))
    const stss = fullBox('stss', 0, 0, u32(syncIndices.length, ...syncIndices))
    const stsc = fullBox('stsc', 0, 0, u32(1, 1, track.samples.length, 1))
    const stsz = fullBox('stsz', 0, 0, u32(0, sampleData.length, ...sampleData.map((d) => d.length)))
    const stco = fullBox('stco', 0, 0, u32(1, chunkOffset))
    const stbl = box('stbl', stsd, stts, stss, stsc, stsz, stco)
    const dinf = box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1)))
    const minf = box('minf', fullBox('vmhd', 0, 1, u16(0, 0, 0, 0)), dinf, stbl)
    const hdlr = fullBox(
      'hdlr',
      0,
      0,
      u32(0),
      Buffer.from('vide', 'latin1'),
      u32(0, 0, 0),
      Buffer.from('VideoHandler\0', 'latin1'),
    )
    const mdhd = fullBox('mdhd', 0, 0, u32(0, 0, track.timescale, duration), u16(0x55c4, 0)) // language "und"
    const mdia = box('mdia', mdhd, hdlr, minf)
    const tkhd = fullBox(
      'tkhd',
      0,
      3, // enabled, in movie
      u32(0, 0, 1, 0, duration),
      u32(0, 0),
      u16(0, 0, 0, 0), // layer, alternate_group, volume, reserved
      UNITY_MATRIX,
      u32(track.width << 16, track.height << 16),
    )
    const trak = box('trak', tkhd, mdia)
    const mvhd = fullBox(
      'mvhd',
      0,
      0,
      u32(0, 0, track.timescale, duration),
      u32(0x00010000),
      u16(0x0100, 0),
      u32(0, 0),
      UNITY_MATRIX,
      u32(0, 0, 0, 0, 0, 0),
      u32(2), // next_track_ID
    )
    return box('moov', mvhd, trak)
  }

  // The chunk offset does not change the moov size, so measure once and rebuild.
  const probe = build(0)
  const moov = build(ftyp.length + probe.length + 8)
  const mdat = box('mdat', ...sampleData)
  return Buffer.concat([ftyp, moov, mdat])
}

function runLengths(values: readonly number[]): [number, number][] {
  const runs: [number, number][] = []
  for (const value of values) {
    const last = runs[runs.length - 1]
    if (last && last[1] === value) last[0]++
    else runs.push([1, value])
  }
  return runs
}
