import { APIError } from 'payload'

/**
 * Why an upload was refused, in words for the editor. Thrown by the checks;
 * the hook turns it into an HTTP error that names the file.
 */
export class UploadRefusal extends Error {
  constructor(
    /** What is wrong, e.g. "tệp PDF bị hỏng, không đọc được". */
    readonly reason: string,
    /** What the editor can do about it. */
    readonly advice: string,
    readonly status: 400 | 413 = 400,
  ) {
    super(reason)
    this.name = 'UploadRefusal'
  }
}

/** The message an editor sees: which file, why, what was kept, what to do. */
export function refusalMessage(fileName: string, refusal: UploadRefusal): string {
  return (
    `Tệp "${fileName}" bị từ chối: ${refusal.reason}. ` +
    'Tệp chưa được lưu; các trường khác trong biểu mẫu vẫn giữ nguyên. ' +
    refusal.advice
  )
}

export function toApiError(fileName: string, refusal: UploadRefusal): APIError {
  return new APIError(
    refusalMessage(fileName, refusal),
    refusal.status,
    { file: fileName, reason: refusal.reason },
    true,
  )
}
