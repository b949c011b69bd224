import type { Payload } from 'payload'

import { readServerUrl } from '../lib/env'
import { type PublicState, renderPreview } from './render'
import { verifyPreviewToken } from './token'

/**
 * GET /xem-truoc/<token> on the CMS server (cms/app/(preview)/): the material's
 * latest version in the site's design, for whoever holds a valid, unexpired
 * link made by the admin's "Xem trước" button. Never cached, never indexed,
 * never sent on as a Referer (the token is in the address).
 */
const PRIVATE_HEADERS = {
  'Cache-Control': 'no-store, max-age=0',
  'X-Robots-Tag': 'noindex, nofollow, noarchive',
  'Referrer-Policy': 'no-referrer',
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
})

/** A small page of its own: a refused or failed preview has no site design to borrow. */
function messagePage(status: number, heading: string, text: string): Response {
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>${escapeHtml(heading)}</title>
<style>body{font-family:system-ui,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.6;color:#1f2937}h1{font-size:1.5rem;color:#9b1c1c}</style>
</head><body><h1>${escapeHtml(heading)}</h1><p>${escapeHtml(text)}</p></body></html>`
  return new Response(html, {
    status,
    headers: {
      ...PRIVATE_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
    },
  })
}

const HOW_TO_GET_A_LINK = 'Hãy mở tài liệu trong trang quản trị và bấm «Xem trước» để lấy liên kết mới.'

const BANNER: Record<PublicState, string> = {
  nothing: 'tài liệu chưa xuất bản. Người dân chưa thấy trang này.',
  'older-version': 'bản đang sửa, chưa xuất bản. Người dân vẫn thấy bản đã xuất bản trước đó.',
  'same-as-preview': 'giống bản đang công khai.',
}

/**
 * Points the site's links at the public site (they are relative to it) and the
 * version's media at this CMS (`/api/media/file/…`, where an unpublished file
 * can be read), and marks the page as a preview.
 */
export function adaptPreviewHtml(
  html: string,
  options: {
    pageUrl: string
    cmsOrigin: string
    siteUrl: string
    siteBase: string
    expiresAt: Date
    publicState: PublicState
    /** With media on S3, the site links published files here (MEDIA_PUBLIC_URL); a draft's files are not there. */
    publicFilesUrl?: string
  },
): string {
  const base = `/${options.siteBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
  const filePrefix = `${base}tep/`
  const siteRoot = new URL(options.siteUrl).origin + '/'
  const mediaRoot = `${options.cmsOrigin}/api/media/file/`
  const banner =
    `<div role="note" data-preview-banner style="position:sticky;top:0;z-index:1000;background:#fef3c7;color:#78350f;border-bottom:2px solid #d97706;padding:.6rem 1rem;font:600 1rem/1.4 system-ui,sans-serif">` +
    `Bản xem trước — ${BANNER[options.publicState]} ` +
    `Liên kết hết hạn lúc ${escapeHtml(timeFormat.format(options.expiresAt))}.</div>`
  const prefixes = [filePrefix, ...(options.publicFilesUrl ? [options.publicFilesUrl] : [])]
  const withFilesFromCms = prefixes.reduce(
    (page, prefix) =>
      page
        .replaceAll(`"${prefix}`, `"${mediaRoot}`)
        .replaceAll(` ${prefix}`, ` ${mediaRoot}`)
        .replaceAll(`,${prefix}`, `,${mediaRoot}`),
    html,
  )
  return (
    withFilesFromCms
      // In-page links ("skip to content") stay on this page despite <base>.
      .replaceAll('href="#', `href="${escapeHtml(options.pageUrl.split('#')[0] ?? '')}#`)
      .replace(
        /<head>/i,
        `<head><base href="${escapeHtml(siteRoot)}"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">`,
      )
      .replace(/<body([^>]*)>/i, (body) => `${body}${banner}`)
  )
}

export async function handlePreview(request: Request, token: string, payload: Payload): Promise<Response> {
  // Tokens are base64url and dots: anything percent-encoded is not one of ours.
  const check = verifyPreviewToken(payload.secret, token)
  if (!check.ok) {
    if (check.problem === 'expired' && check.expiresAt) {
      return messagePage(
        403,
        'Liên kết xem trước đã hết hạn',
        `Liên kết này chỉ dùng được đến ${timeFormat.format(check.expiresAt)}. Tài liệu không bị thay đổi. ${HOW_TO_GET_A_LINK}`,
      )
    }
    return messagePage(
      404,
      'Không tìm thấy bản xem trước',
      `Liên kết xem trước không đúng hoặc đã bị sửa. Bản xem trước chỉ mở được bằng liên kết do trang quản trị tạo ra. ${HOW_TO_GET_A_LINK}`,
    )
  }
  let rendered
  try {
    rendered = await renderPreview(payload, check.materialId, check.createdAt)
  } catch (error) {
    payload.logger.error({ err: error, msg: `Preview of material ${check.materialId} failed` })
    const reason = error instanceof Error ? error.message : String(error)
    return messagePage(
      500,
      'Không dựng được bản xem trước',
      `Lỗi: ${reason}. Tài liệu không bị thay đổi và trang công khai vẫn giữ nguyên. Hãy thử tải lại sau ít phút; nếu lỗi lặp lại, gửi thông báo này cho quản trị viên.`,
    )
  }
  if (!rendered) {
    return messagePage(
      404,
      'Không tìm thấy tài liệu',
      'Tài liệu của liên kết xem trước này không còn nữa (có thể đã bị xóa). Hãy quay lại danh sách tài liệu trong trang quản trị.',
    )
  }
  const siteUrl = process.env.SITE_URL?.trim() || 'http://localhost:4321'
  const cmsOrigin = new URL(request.url).origin || readServerUrl()
  const siteOrigin = new URL(siteUrl).origin
  const html = adaptPreviewHtml(rendered.html, {
    pageUrl: request.url,
    cmsOrigin,
    siteUrl,
    siteBase: process.env.SITE_BASE?.trim() || '/',
    expiresAt: check.expiresAt,
    publicState: rendered.publicState,
    publicFilesUrl: payload.collections.media.config.custom?.publicFilesUrl,
  })
  return new Response(html, {
    status: 200,
    headers: {
      ...PRIVATE_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      // The page needs no script; its links lead to the public site.
      'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' ${siteOrigin} data:; media-src 'self'; base-uri ${siteOrigin}; form-action ${siteOrigin}; frame-ancestors 'self'`,
      'Server-Timing': `astro;dur=${rendered.buildMs};desc="${rendered.cached ? 'cache' : 'build'}"`,
    },
  })
}
