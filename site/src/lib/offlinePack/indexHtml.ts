import { languageTag } from '@dvctt/cms/vocabulary'

import type { Unit } from '../../cms/types'
import { formatDate, formatFileSize } from '../format'
import { escapeHtml as e } from '../html'
import { absoluteUrl } from '../urls'
import type { PackFile, PackMaterial } from './plan'

/** A relative link inside the pack: each path segment encoded, so any stored name opens from file://. */
const rel = (path: string): string => path.split('/').map(encodeURIComponent).join('/')

const STYLE = `body{font:16px/1.5 system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin:0 0 .25rem}article{border-top:1px solid #ccc;padding:1rem 0}
.muted{color:#555}ul{padding-left:1.2rem}li{margin:.5rem 0}audio,video{display:block;max-width:100%;margin:.25rem 0}
nav ol{columns:2 18rem}a{color:#0b3d91}`

function fileHtml(file: PackFile): string {
  const link = `<a href="${e(rel(file.path))}">${e(file.label)}</a> <span class="muted">(${e(file.detail)}, ${e(formatFileSize(file.bytes))})</span>`
  if (file.kind === 'audio')
    return `<li>${link}<audio controls preload="metadata" src="${e(rel(file.path))}"></audio></li>`
  if (file.kind === 'video')
    return `<li>${link}<video controls preload="metadata" width="480" src="${e(rel(file.path))}"></video></li>`
  return `<li>${link}</li>`
}

function materialHtml({ material, files }: PackMaterial, site: URL | undefined): string {
  const lang = languageTag(material.language)
  const list = files.length
    ? `<ul>${files.map(fileHtml).join('')}</ul>`
    : '<p class="muted">Tài liệu này không có tệp in, âm thanh hay video; xem nội dung trên trang web khi có mạng.</p>'
  return `<article id="${e(material.slug)}" lang="${e(lang)}">
<h2>${e(material.title)}</h2>
<p class="muted" lang="vi">${e(material.kind.label)} · ${e(material.languageLabel)} · cập nhật ${e(formatDate(material.updatedAt))}</p>
${material.summary ? `<p>${e(material.summary)}</p>` : ''}
${list}
<p class="muted" lang="vi">Trên mạng: ${e(absoluteUrl(material.url, site))}</p>
</article>`
}

/**
 * The pack's front page: plain HTML and CSS, Vietnamese, relative links only,
 * no script and nothing fetched, so it works from a USB stick opened in any
 * browser with no network. Audio and video play in <audio> and <video>.
 */
export function renderIndexHtml(unit: Unit, materials: PackMaterial[], builtAt: Date, site: URL | undefined): string {
  const toc = materials
    .map(({ material }) => `<li><a href="#${e(material.slug)}">${e(material.title)}</a></li>`)
    .join('')
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gói ngoại tuyến: ${e(unit.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Tài liệu tuyên truyền dịch vụ công trực tuyến: ${e(unit.name)}</h1>
<p>Gói ngoại tuyến gồm ${materials.length} tài liệu đang có hiệu lực, tạo ngày ${e(formatDate(builtAt))}. Mở tệp này bằng trình duyệt trên máy tính hoặc điện thoại; không cần mạng. Bản in (PDF) mở bằng trình đọc PDF; âm thanh và video phát ngay trên trang.</p>
<nav aria-label="Danh sách tài liệu"><h2>Danh sách tài liệu</h2><ol>${toc}</ol></nav>
<main>
${materials.map((m) => materialHtml(m, site)).join('\n')}
</main>
</body>
</html>
`
}
