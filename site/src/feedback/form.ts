/**
 * The feedback form with JavaScript (issue 19): a live character count, the challenge solver loaded only
 * once the form is in view (module) or focused (challenge fetched and solved), and an inline submission
 * (JSON) whose Vietnamese answer or error shows in place; on error the text stays. Without JavaScript the
 * same form is a plain POST to the CMS (its no-JS path), which ends back on the page, at #gop-y-da-gui.
 */
import type { FeedbackSettings, SolverModule } from './settings'

const number = (n: number) => n.toLocaleString('vi-VN')
/** A solved challenge older than this is solved again before sending (the CMS lets challenges expire). */
const FRESH_MS = 4 * 60_000

export function startForm(form: HTMLFormElement, settings: FeedbackSettings): void {
  const text = form.elements.namedItem('text') as HTMLTextAreaElement
  const count = form.querySelector<HTMLElement>('[data-count]')
  const status = form.querySelector<HTMLElement>('[data-status]') as HTMLElement
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]') as HTMLButtonElement
  // The limits are the textarea's own (minlength, maxlength: cms/vocabulary/feedback.ts, written by the page).
  const min = text.minLength
  const max = text.maxLength
  let solver: Promise<SolverModule> | undefined
  let solving: { at: number; payload: Promise<string> } | undefined
  let busy = false

  const showCount = () => {
    if (!count) return
    const length = text.value.trim().length
    count.textContent = `${number(length)}/${number(max)} ký tự`
    count.classList.toggle('feedback__count--off', length > 0 && (length < min || length > max))
  }
  const say = (message: string, tone: 'ok' | 'error' | '') => {
    status.textContent = message
    status.className = `feedback__status${tone ? ` feedback__status--${tone}` : ''}`
  }
  const load = () => {
    solver ??= import(/* @vite-ignore */ new URL(settings.s, location.href).href) as Promise<SolverModule>
    return solver
  }
  const solve = () => {
    if (!solving || Date.now() - solving.at > FRESH_MS) {
      const payload = load().then((m) => m.solve(`${new URL(settings.f, location.href).href}/challenge`))
      solving = { at: Date.now(), payload }
      // A failed attempt is forgotten: the next focus or send tries again.
      payload.catch(() => {
        if (solving?.payload === payload) solving = undefined
      })
    }
    return solving.payload
  }

  text.addEventListener('input', showCount)
  showCount()
  form.addEventListener('focusin', () => void solve().catch(() => undefined), { once: true })
  if ('IntersectionObserver' in window) {
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      seen.disconnect()
      void load().catch(() => undefined)
    })
    seen.observe(form)
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (busy) return
    busy = true
    button.disabled = true
    say('Đang gửi góp ý…', '')
    try {
      const altcha = await solve()
      // Used once: the next message gets a challenge of its own.
      solving = undefined
      const body: Record<string, string> = { altcha }
      new FormData(form).forEach((value, key) => {
        if (typeof value === 'string') body[key] = value
      })
      const response = await fetch(new URL(settings.f, location.href).href, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message?: string }[] }
      if (response.ok) {
        form.reset()
        showCount()
        say(answer.message || 'Cảm ơn bạn, góp ý đã được gửi.', 'ok')
      } else {
        const reason = answer.errors?.[0]?.message || `Máy chủ trả lỗi ${response.status}.`
        say(`${reason} Nội dung bạn viết vẫn còn trong ô; sửa lại hoặc gửi lại sau.`, 'error')
      }
    } catch (error) {
      const reason = error instanceof Error && error.message ? error.message : 'Không kết nối được máy chủ.'
      say(`${reason} Nội dung bạn viết vẫn còn trong ô.`, 'error')
    } finally {
      busy = false
      button.disabled = false
    }
  })
}
