/**
 * The thank-you page's script (pages/gop-y/da-gui.astro, inlined): points «Quay lại» at the page the
 * citizen wrote from, read from `?ve=` and kept only when it is a path on this site (backPath.ts).
 */
import { safeBackPath } from './backPath'

const link = document.querySelector<HTMLAnchorElement>('a[data-back]')
const back = link && safeBackPath(new URLSearchParams(location.search).get('ve'), link.dataset.base ?? '/')
if (link && back) {
  link.href = back
  link.textContent = 'Quay lại trang bạn vừa xem'
}
