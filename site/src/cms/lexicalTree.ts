import type { Material } from './types'

type Body = Material['body']

/** The shape every serialized Lexical node shares; enough to walk a tree. */
interface LexicalNodeLike {
  type?: unknown
  children?: unknown
  [key: string]: unknown
}

/** Visits every node of a Lexical body, depth first. */
export function walkLexical(body: Body | undefined, visit: (node: LexicalNodeLike) => void): void {
  const stack: unknown[] = body?.root ? [body.root] : []
  while (stack.length) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    const lexNode = node as LexicalNodeLike
    visit(lexNode)
    if (Array.isArray(lexNode.children))
      for (let i = lexNode.children.length - 1; i >= 0; i--) stack.push(lexNode.children[i])
  }
}

/** The body's words, for search folding. */
export function lexicalText(body: Body | undefined): string {
  const parts: string[] = []
  walkLexical(body, (node) => {
    if (node.type === 'text' && typeof node.text === 'string') parts.push(node.text)
  })
  return parts.join(' ')
}
