/** What a citizen reads next to a download: sizes and durations in Vietnamese. */
import { describe, expect, it } from 'vitest'

import { formatDuration, formatFileSize } from '../../site/src/lib/format'
import { describeFormat, isPassiveMimeType } from '../../cms/uploads/describeFormat'

describe('download facts', () => {
  it.each([
    [2_400_000, '2,4 MB'],
    [350_000, '350 kB'],
    [21_282_540, '21 MB'],
  ])('writes %i bytes as "%s"', (bytes, text) => {
    expect(formatFileSize(bytes).replace(/\u00a0/g, ' ')).toBe(text)
  })

  it.each([
    [185, '3 phút 05 giây'],
    [45, '45 giây'],
    [600, '10 phút'],
    [3720, '1 giờ 02 phút'],
    [null, ''],
  ])('writes %s seconds as "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })

  it('labels formats by type and serves only passive types inline', () => {
    expect(describeFormat('application/pdf')).toBe('PDF')
    expect(describeFormat('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('DOCX')
    expect(describeFormat('application/octet-stream', 'ban-goc.odt')).toBe('ODT')
    expect(isPassiveMimeType('image/png')).toBe(true)
    expect(isPassiveMimeType('video/mp4')).toBe(true)
    expect(isPassiveMimeType('image/svg+xml')).toBe(false)
    expect(isPassiveMimeType('text/html; charset=utf-8')).toBe(false)
    expect(isPassiveMimeType('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(false)
  })
})
