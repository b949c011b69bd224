import type { CatalogueItem } from '../../lib/procedureCatalogue'

/** The list the page rendered (every procedure, grouped by field), which works without JavaScript. */
export interface RenderedRows {
  items: CatalogueItem[]
  rows: Map<string, HTMLElement>
  sections: HTMLElement[]
}

/** Reads the rendered rows from their data attributes. */
export function readRows(): RenderedRows {
  const rows = new Map<string, HTMLElement>()
  const items: CatalogueItem[] = []
  for (const el of document.querySelectorAll<HTMLElement>('[data-catalogue-row]')) {
    const item = {
      code: el.dataset.code ?? '',
      field: el.dataset.field ?? '',
      level: el.dataset.level ?? '',
      cap: el.dataset.cap ?? '',
    }
    items.push(item)
    rows.set(item.code, el)
  }
  return { items, rows, sections: [...document.querySelectorAll<HTMLElement>('[data-catalogue-section]')] }
}

/** Shows the rows of `visible` and hides the rest, the field sections left empty, and the table of contents. */
export function showOnly(rendered: RenderedRows, visible: CatalogueItem[]): void {
  const shown = new Set(visible.map((item) => item.code))
  for (const [code, el] of rendered.rows) el.hidden = !shown.has(code)
  for (const section of rendered.sections) section.hidden = !section.querySelector('[data-catalogue-row]:not([hidden])')
  const toc = document.querySelector<HTMLElement>('[data-catalogue-toc]')
  if (toc) toc.hidden = true
}
