import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { cmsBuildState, resetCmsBuildState } from '../../site/src/cms/state'
import { formatClock, loadTranscript, parseTranscript } from '../../site/src/cms/transcript'
import type { MaterialView } from '../../site/src/cms/types'

const VTT = `WEBVTT
Kind: captions
Language: vi

1
00:00:00.000 --> 00:00:04.000
Xin chào bà con!

2
00:01:23.500 --> 00:01:27.000 align:start
<v Cán bộ xã>Chụp giấy chứng sinh</v>
thật &amp; rõ

3
00:00:30.000 --> 00:00:31.000

`

/** A material with a player whose first captions file is `filename`. */
function materialWithCaptions(filename: string): MaterialView {
  const captions = { src: `/tep/${filename}`, label: 'Phụ đề', filename }
  return {
    title: 'Video thử',
    player: { kind: 'video', src: '/tep/v.mp4', mimeType: 'video/mp4', captions: [captions] },
    transcriptFile: captions,
  } as MaterialView
}

afterEach(() => {
  resetCmsBuildState()
  vi.restoreAllMocks()
})

describe('parseTranscript', () => {
  it('gives each cue its start, end and plain text, markup and entities resolved', () => {
    expect(parseTranscript(VTT)).toEqual([
      { start: 0, end: 4, text: 'Xin chào bà con!' },
      { start: 83.5, end: 87, text: 'Chụp giấy chứng sinh thật & rõ' },
    ])
  })

  it('refuses a file that is not WebVTT', () => {
    expect(() => parseTranscript('1\n00:00:01,000 --> 00:00:02,000\nSRT, không phải VTT\n')).toThrow(/WEBVTT/)
  })
})

describe('formatClock', () => {
  it.each([
    [0, '00:00'],
    [83.9, '01:23'],
    [3599, '59:59'],
    [3723, '1:02:03'],
  ])('%s s is %s', (seconds, clock) => {
    expect(formatClock(seconds)).toBe(clock)
  })
})

describe('loadTranscript', () => {
  it('reads the captions from the media folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-'))
    fs.writeFileSync(path.join(dir, 'ok.vtt'), VTT)
    cmsBuildState().mediaOrigin = { type: 'directory', dir }
    await expect(loadTranscript(materialWithCaptions('ok.vtt'))).resolves.toHaveLength(2)
  })

  it.each([
    ['a missing file', null],
    ['a broken file', 'không phải phụ đề'],
  ])('gives no transcript and a Vietnamese warning for %s', async (_, content) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-'))
    if (content !== null) fs.writeFileSync(path.join(dir, 'bad.vtt'), content)
    cmsBuildState().mediaOrigin = { type: 'directory', dir }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await expect(loadTranscript(materialWithCaptions('bad.vtt'))).resolves.toEqual([])
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Không đọc được phụ đề "bad.vtt" của tài liệu "Video thử"'),
    )
  })
})
