import type { Material } from '@dvctt/cms/payload-types'

/**
 * A tiny content model for seed bodies. The same blocks become the material's
 * Lexical body in the CMS and the text of its printable PDF, so both say the same.
 */
export type Block =
  | { h2: string }
  | { h3: string }
  | { p: string }
  | { ul: readonly string[] }
  | { ol: readonly string[] }
  | { link: string; url: string; before?: string }

export type LexicalBody = NonNullable<Material['body']>
type LexicalNode = LexicalBody['root']['children'][number]

const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value.normalize('NFC'),
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const paragraph = (children: LexicalNode[]): LexicalNode => ({
  type: 'paragraph',
  children,
  textFormat: 0,
  textStyle: '',
  ...element,
})

const list = (items: readonly string[], ordered: boolean): LexicalNode => ({
  type: 'list',
  listType: ordered ? 'number' : 'bullet',
  tag: ordered ? 'ol' : 'ul',
  start: 1,
  children: items.map((item, index) => ({ type: 'listitem', value: index + 1, children: [text(item)], ...element })),
  ...element,
})

function toNode(block: Block): LexicalNode {
  if ('h2' in block) return { type: 'heading', tag: 'h2', children: [text(block.h2)], ...element }
  if ('h3' in block) return { type: 'heading', tag: 'h3', children: [text(block.h3)], ...element }
  if ('p' in block) return paragraph([text(block.p)])
  if ('ul' in block) return list(block.ul, false)
  if ('ol' in block) return list(block.ol, true)
  const link: LexicalNode = {
    type: 'link',
    // Link nodes are version 3 in Payload's Lexical: they carry a stable id.
    version: 3,
    id: `seed-${Math.abs(hash(block.url)).toString(36)}`,
    fields: { linkType: 'custom', url: block.url, newTab: true },
    children: [text(block.link)],
    direction: 'ltr',
    format: '',
    indent: 0,
  }
  return paragraph(block.before ? [text(`${block.before} `), link] : [link])
}

/** Serialised Lexical editor state, as Payload's richText field stores it. */
export function toLexical(blocks: readonly Block[]): LexicalBody {
  return { root: { type: 'root', children: blocks.map(toNode), ...element } }
}

/** Plain text of the blocks, e.g. for search-friendly summaries or captions. */
export function blocksToPlainText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if ('h2' in block) return [block.h2]
    if ('h3' in block) return [block.h3]
    if ('p' in block) return [block.p]
    if ('ul' in block) return [...block.ul]
    if ('ol' in block) return block.ol.map((item, i) => `${i + 1}. ${item}`)
    return [`${block.before ?? ''} ${block.link}: ${block.url}`.trim()]
  })
}

function hash(value: string): number {
  let h = 0
  for (const char of value) h = (Math.imul(31, h) + char.charCodeAt(0)) | 0
  return h
}
