import { build } from 'esbuild'

/**
 * One small script for the browser, bundled and minified by esbuild: the embed widget (a file of its own
 * on portals) and the pages' usage beacon (inlined into each page). Nothing newer than ES2017: old portal
 * visitors' browsers, and no helpers pulled in.
 */
export async function bundleBrowserScript(
  entry: string,
  options: { format: 'iife' | 'esm'; define?: Record<string, string> },
): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: options.format,
    target: 'es2017',
    write: false,
    legalComments: 'none',
    define: options.define ?? {},
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error(`esbuild không tạo được mã cho trình duyệt từ ${entry}.`)
  return file.text.trim()
}
