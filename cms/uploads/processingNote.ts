import type { Media } from '../payload-types'

/**
 * Adds what could not be made from an upload to the media record's «Ghi chú xử lý tệp», after what an
 * earlier hook wrote, in one voice: the original is always kept, then each problem, then what to do.
 */
export function noteProblem(data: Partial<Media>, problem: string, advice?: string): void {
  const sentence = `${problem}.${advice ? ` ${advice}` : ''}`
  data.processingNote = data.processingNote
    ? `${data.processingNote} Ngoài ra, ${sentence}`
    : `Tệp gốc đã được lưu, nhưng ${sentence}`
}

export const problemReason = (error: unknown): string => (error instanceof Error ? error.message : String(error))
