import type { HTMLConverter } from '@payloadcms/richtext-lexical/html'

import { escapeHtml } from '../lib/html'

interface TreeNode {
  type?: string
  tag?: string
  children?: TreeNode[]
}

const levelOf = (tag: string | undefined): number => Number(/^h([1-6])$/.exec(tag ?? '')?.[1] ?? 2)

/**
 * Heading levels for a body shown under the page's <h1>: the levels the editor
 * used, in order, become h2, h3… and a heading never goes more than one level
 * deeper than the one before it (so a body starting with «h3» reads as h2).
 * Screen-reader users navigate by these levels; a gap suggests a missing section.
 */
export function headingLevels(root: TreeNode): HTMLConverter<{ tag: string; children: unknown[] }> {
  const used = new Set<number>()
  const visit = (node: TreeNode): void => {
    if (node.type === 'heading') used.add(levelOf(node.tag))
    for (const child of node.children ?? []) visit(child)
  }
  visit(root)
  const rank = new Map([...used].sort((a, b) => a - b).map((level, i) => [level, Math.min(6, i + 2)]))
  let previous = 1
  return ({ node, nodesToHTML }) => {
    const level = Math.min(rank.get(levelOf(node.tag)) ?? 2, previous + 1)
    previous = level
    return `<h${level}>${nodesToHTML({ nodes: node.children as never }).join('')}</h${level}>`
  }
}

interface ListNode {
  tag?: string
  listType?: string
  start?: number
  children: unknown[]
}

/**
 * Lists as plain HTML: Payload's converter writes `value` on every <li>
 * (not allowed inside <ul>) and JSX attribute names (`readOnly`, `htmlFor`)
 * on checklists. A checklist item shows a disabled checkbox inside its label.
 */
export const list: HTMLConverter<ListNode> = ({ node, nodesToHTML }) => {
  const ordered = node.tag === 'ol'
  const kind = node.listType === 'check' ? 'check' : ordered ? 'number' : 'bullet'
  const start = ordered && node.start && node.start > 1 ? ` start="${node.start}"` : ''
  const tag = ordered ? 'ol' : 'ul'
  return `<${tag}${start} class="list-${kind}">${nodesToHTML({ nodes: node.children as never }).join('')}</${tag}>`
}

export const listitem: HTMLConverter<{ checked?: boolean; children: { type?: string }[] }> = ({
  node,
  nodesToHTML,
  parent,
}) => {
  const inner = nodesToHTML({ nodes: node.children as never }).join('')
  const nested = node.children.some((child) => child.type === 'list')
  if (nested) return `<li class="nestedListItem">${inner}</li>`
  if ((parent as { listType?: string }).listType !== 'check') return `<li>${inner}</li>`
  const state = node.checked ? 'đã xong' : 'chưa xong'
  return `<li class="list-item-checkbox"><label><input type="checkbox" disabled${node.checked ? ' checked' : ''} title="${escapeHtml(state)}"> ${inner}</label></li>`
}
