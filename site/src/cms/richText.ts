import type { SerializedLinkNode, SerializedRelationshipNode, SerializedUploadNode } from '@payloadcms/richtext-lexical'
import {
  convertLexicalToHTML,
  type HTMLConverter,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'
import { idOf } from '@dvctt/cms/vocabulary'

import { escapeHtml, safeHref } from '../lib/html'
import { pictureHtml } from '../lib/picture'
import { downloadView, imageView } from './media'
import { headingLevels, list, listitem } from './richTextStructure'
import type { Material, MaterialRef, Media } from './types'

type Body = Material['body']
type EditorState = Parameters<typeof convertLexicalToHTML>[0]['data']

export interface RichTextContext {
  /** Media referenced by published materials, by ID. */
  mediaById: Map<string, Media>
  /** Published materials only: an internal link to anything else renders as plain text. */
  materialById: Map<string, MaterialRef>
}

type LinkNode = Pick<SerializedLinkNode, 'fields' | 'children'>

/**
 * Lexical → HTML for a material body. Links to other materials resolve only
 * when the target is published, uploads use the stored renditions under /tep/,
 * and nodes the site does not know render nothing rather than "unknown node".
 */
export function richTextToHtml(body: Body | undefined, { mediaById, materialById }: RichTextContext): string {
  if (!body?.root) return ''

  const link: HTMLConverter<LinkNode> = ({ node, nodesToHTML }) => {
    const inner = nodesToHTML({ nodes: node.children }).join('')
    const fields = node.fields
    let target: string | null = null
    if (fields.linkType === 'internal') {
      const doc = fields.doc
      target =
        doc?.relationTo === 'materials'
          ? (materialById.get(idOf(doc.value as { id: string | number } | string | number) ?? '')?.url ?? null)
          : null
    } else {
      target = safeHref(fields.url)
    }
    if (!target) return `<span>${inner}</span>`
    const external = /^https?:/i.test(target)
    const rel = fields.newTab || external ? ' rel="noopener noreferrer"' : ''
    return `<a href="${escapeHtml(target)}"${fields.newTab ? ' target="_blank"' : ''}${rel}>${inner}</a>`
  }

  const upload: HTMLConverter<Pick<SerializedUploadNode, 'relationTo' | 'value' | 'fields'>> = ({ node }) => {
    if (node.relationTo !== 'media') return ''
    const media = mediaById.get(idOf(node.value as Media | string | number) ?? '')
    if (!media) return ''
    const alt = typeof node.fields?.alt === 'string' ? node.fields.alt : null
    const image = imageView(media, alt)
    if (image) {
      const caption =
        typeof node.fields?.caption === 'string' && node.fields.caption
          ? `<figcaption>${escapeHtml(node.fields.caption)}</figcaption>`
          : ''
      return `<figure class="prose-figure">${pictureHtml(image, { sizes: '(min-width: 56rem) 48rem, 100vw' })}${caption}</figure>`
    }
    const file = downloadView(media.filename ?? 'Tệp', media)
    return file
      ? `<p><a href="${escapeHtml(file.href)}">${escapeHtml(file.label)}</a> (${escapeHtml([file.format, file.size].filter(Boolean).join(', '))})</p>`
      : ''
  }

  const relationship: HTMLConverter<Pick<SerializedRelationshipNode, 'relationTo' | 'value'>> = ({ node }) => {
    if (node.relationTo !== 'materials') return ''
    const ref = materialById.get(idOf(node.value as { id: string | number } | string | number) ?? '')
    return ref
      ? `<p class="prose-related">Xem thêm: <a href="${escapeHtml(ref.url)}">${escapeHtml(ref.title)}</a></p>`
      : ''
  }

  const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    heading: headingLevels(body.root as never),
    list,
    listitem,
    link,
    autolink: link,
    upload,
    relationship,
    unknown: () => '',
  })

  return convertLexicalToHTML({
    data: body as unknown as EditorState,
    converters,
    disableContainer: true,
    disableIndent: true,
  })
}
