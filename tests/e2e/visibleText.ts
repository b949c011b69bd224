import type { Page } from 'playwright-core'

/**
 * Everything a person reads on the page: the visible text, and the placeholders, titles, labels
 * and alternative texts that show on hover, in empty fields or to a screen reader. Code and JSON
 * (the admin's API view, code fields) are data, not interface, and are left out.
 */
export function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The API tab's JSON result (`.query-inspector__results`) is the document's data.
    const skip = 'pre, code, .monaco-editor, .query-inspector__results, script, style, noscript, template'
    const texts: string[] = []
    // innerText follows CSS (hidden parts are left out); the skipped parts are then taken away.
    // biome-ignore lint/performance/useDomNodeTextContent: only the rendered text is what a person reads
    const live = document.body.innerText
    // biome-ignore lint/performance/useDomNodeTextContent: the same rendered text, to subtract it
    const skipped = [...document.querySelectorAll<HTMLElement>(skip)].map((el) => el.innerText).filter(Boolean)
    let text = live
    for (const part of skipped) text = text.replace(part, ' ')
    texts.push(text)
    const attributes = ['placeholder', 'title', 'aria-label', 'alt', 'aria-placeholder', 'aria-description']
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      if (el.closest(skip) || el.closest('[aria-hidden="true"]')) continue
      const shown = el.checkVisibility?.() ?? true
      if (!shown && el.tagName !== 'INPUT') continue
      for (const name of attributes) {
        const value = el.getAttribute(name)
        if (value) texts.push(value)
      }
      if (el instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(el.type)) texts.push(el.value)
    }
    texts.push(document.title)
    return texts
  })
}
