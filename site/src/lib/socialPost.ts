/**
 * The post text a communicator pastes under the social images (issue 20 §4): title, summary, the page's link and
 * its QR code (the PNG the site already makes, lib/qrPages.ts). Plain text, no markup: Zalo OA, Facebook and
 * TikTok captions take it as it is. Shown in a textarea on the material's page and packed in the ZIP.
 */
export interface SocialPostInput {
  title: string
  summary: string
  /** The material page's absolute address. */
  url: string
  /** Its QR code's absolute address (`…/ma-qr.png`). */
  qrImageUrl: string
}

export function socialPostText({ title, summary, url, qrImageUrl }: SocialPostInput): string {
  return [
    title.trim(),
    summary.trim(),
    `Xem, tải và chia sẻ tài liệu: ${url}`,
    `Mã QR để in hoặc đăng kèm: ${qrImageUrl}`,
  ]
    .filter(Boolean)
    .join('\n\n')
}
