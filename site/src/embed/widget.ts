/**
 * The embed widget (issue 6), bundled to /nhung/widget.js by
 * src/integrations/embedWidget.ts. A unit portal pastes:
 *
 *   <a href="https://…/don-vi/xa-sin-ho/">Tài liệu tuyên truyền DVCTT của Xã Sìn Hồ</a>
 *   <script src="https://…/nhung/widget.js" data-unit="xa-sin-ho" data-limit="5" async></script>
 *
 * and gets the unit's current materials from the static JSON lists beside the
 * script (/nhung/du-lieu/…), in a Shadow DOM. Until a list has arrived the
 * link stays as it is, so JavaScript off or the library out of reach leaves a
 * plain link. Unknown values give an empty state with a link, never an error
 * on the host.
 *
 * Written for hostile hosts: old libraries patch Array.prototype (enumerable
 * methods, replaced map/forEach), so this file uses only index loops over
 * arrays, no for…in/for…of, spread or Array helpers; every size is in px, since
 * a host may set `html { font-size }`; the shadow root's wrapper resets
 * inheritance with `all: initial`. No cookies, no storage.
 *
 * Usage (issue 17): once the list is shown, one `embed-widget` beacon per material
 * shown, with the host page's host name, after the host's load event in idle time;
 * nothing under Do Not Track or Global Privacy Control, nor on the library's own
 * pages (the embed preview), nor when the site was built without a beacon address.
 */

import type { EmbedItem } from '../lib/embed'
// The usage beacon's pure rules: the only site code bundled into the widget.
import { afterLoad, beaconBody, countingAllowed, hostOf, type PrivacySignals, sendBeacon } from '../usage/beaconCore'

/** Where usage is posted (siteConfig.usageEndpoint, set by esbuild's define in integrations/embedWidget.ts); '' for none. */
declare const __DVCTT_USAGE_URL__: string

/** One entry of the static lists (`/nhung/du-lieu/…`), as the site writes them. */
type Item = EmbedItem

interface List {
  name: string
  url: string
  total: number
  items: Item[]
}

type Group = 'don-vi' | 'chu-de' | 'loai'

const GROUP_NAMES: Record<Group, { what: string; index: string; all: string }> = {
  'don-vi': { what: 'đơn vị', index: '/don-vi/', all: 'Xem danh sách đơn vị' },
  'chu-de': { what: 'chủ đề', index: '/chu-de/', all: 'Xem danh sách chủ đề' },
  loai: { what: 'loại tài liệu', index: '/loai/', all: 'Xem các loại tài liệu' },
}

const LANGUAGES: Record<string, string> = { vi: 'tiếng Việt', hmn: 'tiếng Mông', tai: 'tiếng Thái', dao: 'tiếng Dao' }
/** BCP 47 tags of the stored languages (cms/vocabulary/languages.ts; kept here so the widget stays small). */
const LANGUAGE_TAGS: Record<string, string> = { hmn: 'hmn', tai: 'blt', dao: 'ium' }

// Every rule starts with .w: `.w *` resets what the host could pass down, and a bare `a` or `li` would lose to it.
const STYLES =
  '.w{all:initial;display:block;box-sizing:border-box;max-width:640px;padding:12px 14px;border:1px solid #d8dee4;border-radius:8px;background:#fff;' +
  "color:#1f2328;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;text-align:left}" +
  '.w *{box-sizing:border-box;font:inherit;color:inherit;margin:0;padding:0}' +
  '.w .h{font-size:13px;font-weight:700;letter-spacing:.02em;color:#9b1c1c;margin-bottom:4px}' +
  '.w ul{list-style:none}' +
  '.w li{display:flex;gap:10px;align-items:flex-start;padding:8px 0;border-top:1px solid #eef0f2}' +
  '.w li:first-child{border-top:0}' +
  '.w img{display:block;flex:none;width:64px;height:44px;object-fit:cover;border-radius:4px;background:#f6f4ef}' +
  '.w a{color:#0b57a4;text-decoration:none}.w a:hover{text-decoration:underline}.w a:focus-visible{outline:3px solid #f2a900;outline-offset:2px}' +
  '.w .t{font-weight:600}.w .m{display:block;font-size:13px;color:#57606a}' +
  '.w .f{margin-top:8px;font-size:14px}.w .e{color:#57606a}'

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text) node.textContent = text
  return node
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = el('a', className, text)
  a.href = href
  a.target = '_blank'
  a.rel = 'noopener'
  return a
}

/** "2026-11-30" → "30/11/2026". */
function date(iso: string): string {
  const parts = String(iso).split('-')
  return parts.length === 3 ? parts[2] + '/' + parts[1] + '/' + parts[0] : ''
}

function has(list: string[], value: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true
  return false
}

/**
 * Where the widget goes: in place of the host's fallback link, written just
 * before the script tag (found now, when the script starts), or else before
 * the script. Returns the function that puts a box there, in a shadow root.
 */
function mountPoint(script: HTMLScriptElement): (content: HTMLElement) => void {
  const before = script.previousElementSibling
  const fallback = before && before.tagName === 'A' ? before : null
  const host = document.createElement('div')
  host.setAttribute('data-dvctt-widget', '')

  return (content: HTMLElement) => {
    if (!host.attachShadow) return
    const root = host.attachShadow({ mode: 'open' })
    const style = document.createElement('style')
    style.textContent = STYLES
    root.appendChild(style)
    root.appendChild(content)
    const parent = script.parentNode
    if (!parent) return
    if (fallback && fallback.parentNode === parent) parent.replaceChild(host, fallback)
    else parent.insertBefore(host, script)
    script.setAttribute('data-dvctt-widget', 'done')
  }
}

/** A box that says what is wrong, with a link (`href`, already absolute) to where to look. */
function emptyBox(message: string, href: string, label: string): HTMLElement {
  const box = el('div', 'w')
  box.setAttribute('lang', 'vi')
  box.appendChild(el('p', 'e', message))
  const more = el('p', 'f')
  more.appendChild(link(href, label))
  box.appendChild(more)
  return box
}

/** One material: its picture if it has one, its title (a link), kind, date and language. */
function itemRow(item: Item, abs: (path: string) => string): HTMLLIElement {
  const li = el('li')
  if (item.i) {
    const img = el('img')
    img.src = abs(item.i)
    img.alt = ''
    img.loading = 'lazy'
    img.decoding = 'async'
    img.width = 64
    img.height = 44
    li.appendChild(img)
  }
  const text = el('div')
  const title = link(abs(item.u), item.t, 't')
  // The box is Vietnamese; a title in another language says which.
  const tag = LANGUAGE_TAGS[item.l]
  if (tag) title.setAttribute('lang', tag)
  text.appendChild(title)
  let meta = item.k + ' · ' + date(item.d)
  if (item.l !== 'vi' && LANGUAGES[item.l]) meta += ' · ' + LANGUAGES[item.l]
  text.appendChild(el('span', 'm', meta))
  li.appendChild(text)
  return li
}

/** One embed load per material shown, counted under the host page's host name (see the file's comment). */
function countShown(picked: Item[], base: string): void {
  const endpoint = __DVCTT_USAGE_URL__
  if (!endpoint || !countingAllowed(navigator as PrivacySignals, window as PrivacySignals)) return
  const host = hostOf(location.href)
  if (!host || host === hostOf(base)) return
  const url = new URL(endpoint, base).href
  afterLoad(() => {
    for (let i = 0; i < picked.length; i++) {
      const id = (picked[i] as Item).m
      if (id !== undefined && id !== null) sendBeacon(url, beaconBody(id, 'embed-widget', undefined, host))
    }
  })
}

function start(script: HTMLScriptElement): void {
  script.setAttribute('data-dvctt-widget', 'pending')
  const base = script.src
  const read = (name: string) => (script.getAttribute('data-' + name) || '').trim().toLowerCase()
  const unit = read('unit')
  const topic = read('topic')
  const kind = read('kind')
  const lang = read('lang')
  const limitValue = parseInt(read('limit'), 10)
  const limit = limitValue > 0 ? Math.min(limitValue, 60) : 5
  const abs = (path: string) => new URL(path, base).href

  // The first filter given picks the list; the others filter it.
  let group: Group | null = null
  let slug = ''
  if (unit) (group = 'don-vi'), (slug = unit)
  else if (topic) (group = 'chu-de'), (slug = topic)
  else if (kind) (group = 'loai'), (slug = kind)

  // The host's fallback link, written just before the script tag, is what the widget replaces.
  const show = mountPoint(script)
  const empty = (message: string, href: string, label: string) => show(emptyBox(message, abs(href), label))

  if (group && !SLUG.test(slug)) {
    empty(
      'Mã ' + GROUP_NAMES[group].what + ' «' + slug + '» không hợp lệ.',
      '..' + GROUP_NAMES[group].index,
      GROUP_NAMES[group].all,
    )
    return
  }
  const file = group ? 'du-lieu/' + group + '/' + slug + '.json' : 'du-lieu/tat-ca.json'
  if (typeof fetch !== 'function') return

  const getJson = <T>(path: string): Promise<T> =>
    fetch(new URL(path, base).href, { credentials: 'omit' }).then((response) => {
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status)
      return response.json() as Promise<T>
    })
  // The host's link stays as it is: the library (or just its lists) is out of reach.
  const offline = () => script.setAttribute('data-dvctt-widget', 'offline')

  getJson<List>(file).then(render, () => {
    if (!group) return offline()
    const names = GROUP_NAMES[group]
    // A missing list is a 404 without CORS headers on most hosts, which reads like a network error:
    // the table of contents tells an unknown value from a library out of reach.
    getJson<Record<Group, string[]>>('du-lieu/muc-luc.json').then((index) => {
      const known = index && index[group as Group]
      if (known && typeof known.length === 'number' && !has(known, slug))
        empty(
          'Thư viện không có ' + names.what + ' «' + slug + '». Hãy kiểm tra mã trong đoạn mã nhúng.',
          '..' + names.index,
          names.all,
        )
      else offline()
    }, offline)
  })

  function render(list: List): void {
    const items = list && list.items
    if (!items || typeof items.length !== 'number') return
    const picked: Item[] = []
    for (let i = 0; i < items.length && picked.length < limit; i++) {
      const item = items[i]
      if (!item) continue
      if (topic && group !== 'chu-de' && !has(item.c || [], topic)) continue
      if (kind && group !== 'loai' && item.kp !== kind) continue
      if (lang && item.l !== lang) continue
      picked[picked.length] = item
    }
    const box = el('div', 'w')
    box.setAttribute('lang', 'vi')
    box.appendChild(el('p', 'h', 'Tài liệu tuyên truyền dịch vụ công trực tuyến · ' + list.name))
    if (!picked.length) {
      const why =
        lang && !LANGUAGES[lang]
          ? 'Ngôn ngữ «' + lang + '» không có trong thư viện.'
          : 'Chưa có tài liệu phù hợp với lựa chọn này.'
      box.appendChild(el('p', 'e', why))
    } else {
      const ul = el('ul')
      for (let i = 0; i < picked.length; i++) ul.appendChild(itemRow(picked[i] as Item, abs))
      box.appendChild(ul)
    }
    const more = el('p', 'f')
    more.appendChild(link(abs(list.url), 'Xem tất cả ' + list.total + ' tài liệu trên thư viện'))
    box.appendChild(more)
    show(box)
    countShown(picked, base)
  }
}

function boot(): void {
  let script = document.currentScript as HTMLScriptElement | null
  if (!script || !script.src) {
    // Loaded by a tag manager or as a module: take the first widget tag not started yet.
    const all = document.getElementsByTagName('script')
    for (let i = 0; i < all.length; i++) {
      const candidate = all[i] as HTMLScriptElement
      if (/\/nhung\/widget\.js(\?|#|$)/.test(candidate.src) && !candidate.hasAttribute('data-dvctt-widget')) {
        script = candidate
        break
      }
    }
  }
  if (!script || script.hasAttribute('data-dvctt-widget')) return
  start(script)
}

try {
  boot()
} catch (error) {
  // Never break the host page: its plain link stays, and the reason goes to the console for its web editor.
  if (typeof console !== 'undefined') console.warn('Tiện ích nhúng Thư viện DVCTT không chạy được:', error)
}
