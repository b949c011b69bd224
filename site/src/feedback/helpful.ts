/**
 * «… có giúp ích cho bạn không? Có / Không» (issue 19): one click, sent as the usage beacon's `helpful` or
 * `not-helpful` event (daily counters, no cookie, nothing stored in the browser), then «Cảm ơn bạn». Shown
 * only with JavaScript and a beacon address: without them a click could count nothing. The answer is the
 * reader's own explicit act, not tracking, so it is sent under Do Not Track too.
 */
import type { FeedbackSettings } from './settings'

export function startHelpful(settings: FeedbackSettings): void {
  const box = document.querySelector<HTMLElement>('[data-helpful]')
  if (!box || !settings.u) return
  const url = new URL(settings.u, location.href).href
  box.hidden = false
  box.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('button[value]')
    if (!button) return
    const body: Record<string, unknown> = { e: button.getAttribute('value') }
    if (settings.m !== undefined) body.m = settings.m
    if (settings.p !== undefined) body.p = settings.p
    if (navigator.sendBeacon) navigator.sendBeacon(url, JSON.stringify(body))
    box.querySelectorAll('button').forEach((b) => {
      b.disabled = true
    })
    const status = box.querySelector('[role="status"]')
    if (status) status.textContent = 'Cảm ơn bạn đã cho biết!'
  })
}
