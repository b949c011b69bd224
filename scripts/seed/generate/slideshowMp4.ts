import sharp from 'sharp'

import type { CoverDesign } from './coverImage'
import { loadFont } from './fonts'
import {
  idrSlice,
  macroblocks,
  pictureParameterSet,
  sequenceParameterSet,
  skipSlice,
  type FrameGeometry,
  type YuvFrame,
  CONSTRAINT_FLAGS,
  LEVEL,
  PROFILE_BASELINE,
} from './h264Pcm'
import { muxMp4 } from './mp4Mux'
import { svgTextBlock, svgTextLine } from './svgText'

export interface SlideshowInput {
  title: string
  cover: CoverDesign
  /** One caption per slide. */
  slides: readonly string[]
  secondsPerSlide: number
}

const GEOMETRY: FrameGeometry = { width: 640, height: 360 }
const FRAMES_PER_SECOND = 2
const TIMESCALE = 1000

/**
 * A silent 640×360 MP4: one slide per line of the script, in the cover's
 * colours. Lossless I_PCM pictures make it ≈350 KB per slide; fine for demo data.
 */
export async function renderSlideshowMp4(input: SlideshowInput): Promise<Buffer> {
  const sps = sequenceParameterSet(GEOMETRY)
  const pps = pictureParameterSet()
  const framesPerSlide = Math.max(1, Math.round(input.secondsPerSlide * FRAMES_PER_SECOND))
  const frameDuration = TIMESCALE / FRAMES_PER_SECOND
  const samples: { nalUnits: Buffer[]; duration: number; sync: boolean }[] = []
  for (const [index, caption] of input.slides.entries()) {
    const frame = await slideFrame(input, caption, index)
    samples.push({ nalUnits: [idrSlice(GEOMETRY, frame, index)], duration: frameDuration, sync: true })
    for (let n = 1; n < framesPerSlide; n++) {
      samples.push({ nalUnits: [skipSlice(GEOMETRY, n)], duration: frameDuration, sync: false })
    }
  }
  return muxMp4({
    ...GEOMETRY,
    sps: sps.subarray(0),
    pps: pps.subarray(0),
    profile: PROFILE_BASELINE,
    constraints: CONSTRAINT_FLAGS,
    level: LEVEL,
    samples,
    timescale: TIMESCALE,
  })
}

function slideSvg(input: SlideshowInput, caption: string, index: number): string {
  const { width: w, height: h } = GEOMETRY
  const [from, to, accent] = input.cover.palette
  const bold = loadFont('extraBold')
  const semi = loadFont('bold')
  const header = svgTextLine(semi, 'UBND TỈNH LAI CHÂU · DỊCH VỤ CÔNG TRỰC TUYẾN', 28, 38, {
    size: 15,
    fill: '#ffffff',
    opacity: 0.9,
  })
  const title = svgTextBlock(semi, input.title, 28, 70, w - 56, { size: 17, fill: accent, maxLines: 2, lineHeight: 22 })
  const body = svgTextBlock(bold, caption, 28, 150, w - 56, { size: 32, fill: '#ffffff', lineHeight: 40, maxLines: 4 })
  const counter = svgTextLine(semi, `${index + 1}/${input.slides.length}`, w - 28, h - 24, {
    size: 16,
    fill: '#ffffff',
    anchor: 'end',
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>`,
    `<rect width="${w}" height="${h}" fill="url(#bg)"/>`,
    `<rect x="28" y="${h - 40}" width="${((w - 120) * (index + 1)) / input.slides.length}" height="6" rx="3" fill="${accent}"/>`,
    header,
    title.svg,
    body.svg,
    counter,
    '</svg>',
  ].join('')
}

/** Renders a slide and converts it to BT.601 limited-range 4:2:0, padded to whole macroblocks. */
async function slideFrame(input: SlideshowInput, caption: string, index: number): Promise<YuvFrame> {
  const { across, down } = macroblocks(GEOMETRY)
  const stride = across * 16
  const rows = down * 16
  const { data } = await sharp(Buffer.from(slideSvg(input, caption, index)))
    .flatten({ background: '#000000' })
    .extend({ right: stride - GEOMETRY.width, bottom: rows - GEOMETRY.height, background: '#000000' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const y = new Uint8Array(stride * rows)
  const u = new Uint8Array((stride / 2) * (rows / 2))
  const v = new Uint8Array((stride / 2) * (rows / 2))
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < stride; col++) {
      const i = (row * stride + col) * 3
      const r = data[i] ?? 0
      const g = data[i + 1] ?? 0
      const b = data[i + 2] ?? 0
      y[row * stride + col] = clamp(16 + 0.257 * r + 0.504 * g + 0.098 * b)
    }
  }
  for (let row = 0; row < rows / 2; row++) {
    for (let col = 0; col < stride / 2; col++) {
      let r = 0
      let g = 0
      let b = 0
      for (const [dy, dx] of [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ] as const) {
        const i = ((row * 2 + dy) * stride + col * 2 + dx) * 3
        r += data[i] ?? 0
        g += data[i + 1] ?? 0
        b += data[i + 2] ?? 0
      }
      r /= 4
      g /= 4
      b /= 4
      u[row * (stride / 2) + col] = clamp(128 - 0.148 * r - 0.291 * g + 0.439 * b)
      v[row * (stride / 2) + col] = clamp(128 + 0.439 * r - 0.368 * g - 0.071 * b)
    }
  }
  return { y, u, v, stride }
}

/** 1..254 keeps samples inside limited range and away from 0, which old decoders reject in PCM. */
const clamp = (value: number): number => Math.max(1, Math.min(254, Math.round(value)))
