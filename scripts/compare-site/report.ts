// The comparison's report for a person (Vietnamese): counts, then the files that differ, with where.
import fs from 'node:fs'
import path from 'node:path'

import { type Comparison, firstDifference, normaliseNames } from './outputs'

const LISTED = 15

const list = (files: string[]): string[] => [
  ...files.slice(0, LISTED).map((file) => `    ${file}`),
  ...(files.length > LISTED ? [`    … và ${files.length - LISTED} tệp nữa`] : []),
]

export function isIdentical(c: Comparison): boolean {
  return (
    c.pages.different.length + c.pages.onlyHashedNames.length + c.otherFiles.different.length === 0 &&
    c.missing.length + c.added.length + c.hashed.onlyBefore.length + c.hashed.onlyAfter.length === 0
  )
}

interface Sides {
  before: string
  after: string
  beforeOut: string
  afterOut: string
}

export function describe(c: Comparison, sides: Sides): string {
  const pageCount = c.pages.identical + c.pages.onlyHashedNames.length + c.pages.different.length
  const lines = [
    `So sánh bản dựng trang mẫu: ${sides.before} → ${sides.after}`,
    `  trang và dữ liệu (HTML, XML, JSON, …): ${pageCount} tệp chung; ${c.pages.identical} giống từng byte, ` +
      `${c.pages.onlyHashedNames.length} chỉ khác tên tệp gói có mã băm, ${c.pages.different.length} khác`,
    `  tệp khác (media, PDF, ảnh, …): ${c.otherFiles.identical} giống từng byte, ${c.otherFiles.different.length} khác`,
    `  gói có mã băm (_astro/, pagefind/): ${c.hashed.sameContent} cùng nội dung, ${c.hashed.onlyBefore.length} chỉ ở bản trước, ` +
      `${c.hashed.onlyAfter.length} chỉ ở bản sau`,
    `  tệp mất: ${c.missing.length}; tệp mới: ${c.added.length}`,
  ]
  if (c.pages.different.length > 0) {
    lines.push('  Trang khác nội dung:', ...list(c.pages.different))
    const first = c.pages.different[0] as string
    const read = (dir: string) => fs.readFileSync(path.join(dir, first))
    lines.push(`  Chỗ khác đầu tiên trong ${first}, ${firstDifference(read(sides.beforeOut), read(sides.afterOut))}`)
  }
  if (c.pages.onlyHashedNames.length > 0)
    lines.push('  Trang chỉ khác tên gói có mã băm:', ...list(c.pages.onlyHashedNames))
  if (c.otherFiles.different.length > 0) lines.push('  Tệp khác:', ...list(c.otherFiles.different))
  if (c.missing.length > 0) lines.push('  Tệp mất:', ...list(c.missing))
  if (c.added.length > 0) lines.push('  Tệp mới:', ...list(c.added))
  const changed = c.hashed.onlyBefore.filter((file) =>
    c.hashed.onlyAfter.some((other) => normaliseNames(other) === normaliseNames(file)),
  )
  const pairedName = (file: string) => changed.some((before) => normaliseNames(before) === normaliseNames(file))
  if (changed.length > 0) lines.push('  Gói đổi nội dung (cùng tên, mã băm mới):', ...list(changed.map(normaliseNames)))
  const gone = c.hashed.onlyBefore.filter((file) => !pairedName(file))
  const added = c.hashed.onlyAfter.filter((file) => !pairedName(file))
  if (gone.length > 0) lines.push('  Gói chỉ ở bản trước:', ...list(gone))
  if (added.length > 0) lines.push('  Gói chỉ ở bản sau:', ...list(added))
  lines.push(isIdentical(c) ? '✔ Hai bản dựng giống hệt nhau.' : '✖ Hai bản dựng khác nhau (xem danh sách ở trên).')
  lines.push(`  Bản dựng: ${sides.beforeOut} và ${sides.afterOut}`)
  return lines.join('\n')
}
