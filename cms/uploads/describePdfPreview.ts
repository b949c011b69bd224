import { createCanvas } from '@napi-rs/canvas'
import sharp from 'sharp'

/** The preview's longest side, in pixels: enough for a thumbnail card and a print check. */
const PREVIEW_MAX_SIDE = 800

export interface RenderedPreview {
  data: Buffer
  width: number
  height: number
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfjsLoading: Promise<PdfJs> | undefined

/** pdf.js is large; load it on the first PDF, not when the CMS starts. */
function loadPdfJs(): Promise<PdfJs> {
  // pdf.js refuses to run when Array.prototype has enumerable extras; drizzle-kit
  // (Payload's schema push in development) adds `random`. Hiding it from for…in changes nothing else.
  for (const key in []) {
    const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, key)
    if (descriptor) Object.defineProperty(Array.prototype, key, { ...descriptor, enumerable: false })
  }
  pdfjsLoading ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return pdfjsLoading
}

/**
 * Draws the first page of a PDF into a WebP image, in-process (pdf.js on
 * @napi-rs/canvas, both from npm), so the server needs no poppler or ghostscript.
 * Scripts, fonts from the network and form actions are off: the PDF is untrusted.
 */
export async function renderPdfFirstPage(pdfBytes: Buffer): Promise<RenderedPreview> {
  const pdfjs = await loadPdfJs()
  const loading = pdfjs.getDocument({
    data: new Uint8Array(pdfBytes),
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  })
  try {
    const document = await loading.promise
    const page = await document.getPage(1)
    const unscaled = page.getViewport({ scale: 1 })
    const scale = PREVIEW_MAX_SIDE / Math.max(unscaled.width, unscaled.height)
    const viewport = page.getViewport({ scale })
    const width = Math.max(1, Math.round(viewport.width))
    const height = Math.max(1, Math.round(viewport.height))
    const canvas = createCanvas(width, height)
    const context = canvas.getContext('2d')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, width, height)
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise
    const png = await canvas.encode('png')
    const data = await sharp(png).webp({ quality: 80 }).toBuffer()
    return { data, width, height }
  } finally {
    await loading.destroy()
  }
}
