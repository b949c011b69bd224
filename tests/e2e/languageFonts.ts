import type { Page } from 'playwright-core'

/**
 * The characters of `strings` that the page's font stack (the font of `selector`) draws as the
 * missing-glyph box: each character is painted on a canvas and compared, pixel for pixel and by
 * width, with an unassigned code point (U+0378), which no font has. Chromium falls back through
 * every installed font before it draws that box, so a match means no font can show the letter.
 */
export function tofuCharacters(page: Page, selector: string, strings: string[]): Promise<string[]> {
  return page.evaluate(
    ({ selector, strings }) => {
      const element = document.querySelector(selector)
      if (!element) throw new Error(`no ${selector}`)
      const canvas = document.createElement('canvas')
      canvas.width = 96
      canvas.height = 96
      const context = canvas.getContext('2d', { willReadFrequently: true })
      if (!context) throw new Error('no 2d canvas')
      context.font = `48px ${getComputedStyle(element).fontFamily}`
      const paint = (ch: string): string => {
        context.clearRect(0, 0, 96, 96)
        context.fillText(ch, 16, 64)
        const pixels = context.getImageData(0, 0, 96, 96).data
        let hash = 0
        for (let i = 3; i < pixels.length; i += 4) hash = (hash * 31 + (pixels[i] ?? 0) * (i + 1)) | 0
        return `${context.measureText(ch).width}:${hash}`
      }
      const box = paint('\u0378')
      const characters = new Set([...strings.join('').normalize('NFC')].filter((ch) => ch.trim() !== ''))
      return [...characters].filter((ch) => paint(ch) === box)
    },
    { selector, strings },
  )
}
