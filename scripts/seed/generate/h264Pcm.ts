/**
 * A deliberately tiny H.264 (Baseline) encoder for still slides: each slide is
 * an IDR picture of I_PCM macroblocks (raw samples, so no transform or entropy
 * coding is needed), followed by P pictures whose macroblocks are all skipped
 * (they repeat the slide at almost no cost). Any H.264 decoder plays it; it is
 * only meant for demo content that needs a real, playable MP4 without ffmpeg.
 */

class BitWriter {
  private readonly bytes: number[] = []
  private current = 0
  private bitCount = 0

  bit(value: number): void {
    this.current = (this.current << 1) | (value & 1)
    this.bitCount++
    if (this.bitCount === 8) {
      this.bytes.push(this.current)
      this.current = 0
      this.bitCount = 0
    }
  }

  bits(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bit((value >>> i) & 1)
  }

  /** Unsigned Exp-Golomb. */
  ue(value: number): void {
    const v = value + 1
    const length = Math.floor(Math.log2(v))
    this.bits(0, length)
    this.bits(v, length + 1)
  }

  /** Signed Exp-Golomb. */
  se(value: number): void {
    this.ue(value <= 0 ? -2 * value : 2 * value - 1)
  }

  get aligned(): boolean {
    return this.bitCount === 0
  }

  alignZero(): void {
    while (!this.aligned) this.bit(0)
  }

  byteArray(values: Uint8Array): void {
    if (!this.aligned) throw new Error('BitWriter: byte data must start on a byte boundary')
    for (const value of values) this.bytes.push(value)
  }

  /** rbsp_trailing_bits: a stop bit, then zeros to the byte boundary. */
  trailing(): Uint8Array {
    this.bit(1)
    this.alignZero()
    return Uint8Array.from(this.bytes)
  }
}

/** Adds emulation-prevention bytes and the one-byte NAL header. */
function nal(refIdc: number, type: number, rbsp: Uint8Array): Buffer {
  const out: number[] = [(refIdc << 5) | type]
  let zeros = 0
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push(3)
      zeros = 0
    }
    out.push(byte)
    zeros = byte === 0 ? zeros + 1 : 0
  }
  return Buffer.from(out)
}

export const PROFILE_BASELINE = 66
export const CONSTRAINT_FLAGS = 0xc0
export const LEVEL = 31
const LOG2_MAX_FRAME_NUM = 8

export interface FrameGeometry {
  width: number
  height: number
}

export const macroblocks = (g: FrameGeometry) => ({ across: Math.ceil(g.width / 16), down: Math.ceil(g.height / 16) })

export function sequenceParameterSet(g: FrameGeometry): Buffer {
  const { across, down } = macroblocks(g)
  const w = new BitWriter()
  w.bits(PROFILE_BASELINE, 8)
  w.bits(CONSTRAINT_FLAGS, 8)
  w.bits(LEVEL, 8)
  w.ue(0) // seq_parameter_set_id
  w.ue(LOG2_MAX_FRAME_NUM - 4)
  w.ue(2) // pic_order_cnt_type 2: output order = decoding order
  w.ue(1) // max_num_ref_frames
  w.bit(0) // gaps_in_frame_num_value_allowed_flag
  w.ue(across - 1)
  w.ue(down - 1)
  w.bit(1) // frame_mbs_only_flag
  w.bit(1) // direct_8x8_inference_flag
  const cropRight = (across * 16 - g.width) / 2
  const cropBottom = (down * 16 - g.height) / 2
  if (cropRight || cropBottom) {
    w.bit(1)
    w.ue(0)
    w.ue(cropRight)
    w.ue(0)
    w.ue(cropBottom)
  } else {
    w.bit(0)
  }
  w.bit(0) // vui_parameters_present_flag
  return nal(3, 7, w.trailing())
}

export function pictureParameterSet(): Buffer {
  const w = new BitWriter()
  w.ue(0) // pic_parameter_set_id
  w.ue(0) // seq_parameter_set_id
  w.bit(0) // entropy_coding_mode_flag: CAVLC
  w.bit(0) // bottom_field_pic_order_in_frame_present_flag
  w.ue(0) // num_slice_groups_minus1
  w.ue(0) // num_ref_idx_l0_default_active_minus1
  w.ue(0) // num_ref_idx_l1_default_active_minus1
  w.bit(0) // weighted_pred_flag
  w.bits(0, 2) // weighted_bipred_idc
  w.se(0) // pic_init_qp_minus26
  w.se(0) // pic_init_qs_minus26
  w.se(0) // chroma_qp_index_offset
  w.bit(1) // deblocking_filter_control_present_flag
  w.bit(0) // constrained_intra_pred_flag
  w.bit(0) // redundant_pic_cnt_present_flag
  return nal(3, 8, w.trailing())
}

/** Planar 4:2:0 picture, dimensions padded to whole macroblocks. */
export interface YuvFrame {
  y: Uint8Array
  u: Uint8Array
  v: Uint8Array
  /** Padded width in samples (a multiple of 16). */
  stride: number
}

export function idrSlice(g: FrameGeometry, frame: YuvFrame, idrPicId: number): Buffer {
  const { across, down } = macroblocks(g)
  const w = new BitWriter()
  w.ue(0) // first_mb_in_slice
  w.ue(7) // slice_type: I (all slices)
  w.ue(0) // pic_parameter_set_id
  w.bits(0, LOG2_MAX_FRAME_NUM) // frame_num
  w.ue(idrPicId & 0xffff)
  w.bit(0) // no_output_of_prior_pics_flag
  w.bit(0) // long_term_reference_flag
  w.se(0) // slice_qp_delta
  w.ue(1) // disable_deblocking_filter_idc
  const luma = new Uint8Array(256)
  const cb = new Uint8Array(64)
  const cr = new Uint8Array(64)
  const chromaStride = frame.stride / 2
  for (let my = 0; my < down; my++) {
    for (let mx = 0; mx < across; mx++) {
      w.ue(25) // mb_type I_PCM
      w.alignZero() // pcm_alignment_zero_bit
      for (let row = 0; row < 16; row++) {
        luma.set(
          frame.y.subarray((my * 16 + row) * frame.stride + mx * 16, (my * 16 + row) * frame.stride + mx * 16 + 16),
          row * 16,
        )
      }
      for (let row = 0; row < 8; row++) {
        const start = (my * 8 + row) * chromaStride + mx * 8
        cb.set(frame.u.subarray(start, start + 8), row * 8)
        cr.set(frame.v.subarray(start, start + 8), row * 8)
      }
      w.byteArray(luma)
      w.byteArray(cb)
      w.byteArray(cr)
    }
  }
  return nal(3, 5, w.trailing())
}

/** A P picture in which every macroblock is skipped: it shows the previous picture again. */
export function skipSlice(g: FrameGeometry, frameNum: number): Buffer {
  const { across, down } = macroblocks(g)
  const w = new BitWriter()
  w.ue(0) // first_mb_in_slice
  w.ue(5) // slice_type: P (all slices)
  w.ue(0) // pic_parameter_set_id
  w.bits(frameNum % (1 << LOG2_MAX_FRAME_NUM), LOG2_MAX_FRAME_NUM)
  w.bit(0) // num_ref_idx_active_override_flag
  w.bit(0) // ref_pic_list_modification_flag_l0
  w.bit(0) // adaptive_ref_pic_marking_mode_flag
  w.se(0) // slice_qp_delta
  w.ue(1) // disable_deblocking_filter_idc
  w.ue(across * down) // mb_skip_run: the whole picture
  return nal(2, 1, w.trailing())
}
