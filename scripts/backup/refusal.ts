/**
 * A restore that stopped before changing anything: what is wrong, that the
 * current data is untouched, and what to do.
 */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused'

  constructor(
    readonly problems: string[],
    readonly advice: string,
  ) {
    super(
      [
        'Không khôi phục:',
        ...problems.map((problem) => `  - ${problem}.`),
        'Chưa có gì bị thay đổi: cơ sở dữ liệu và tệp media hiện tại (thư mục media hoặc bucket S3) vẫn nguyên như trước.',
        ...(advice ? [advice] : []),
      ].join('\n'),
    )
  }
}
