import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The demo and CI build the admin once and serve it with `next start`.
  typescript: { ignoreBuildErrors: true },
  // Upload description loads these at run time from node_modules: a native canvas, pdf.js's
  // worker files and the ffmpeg binary's package cannot be bundled.
  serverExternalPackages: [
    '@napi-rs/canvas',
    'pdfjs-dist',
    '@ffmpeg-installer/ffmpeg',
    'music-metadata',
    'docx',
    'pdf-lib',
    '@pdf-lib/fontkit',
  ],
  // Minifying the server bundle renames classes, so REST error bodies said `"name":"r"` instead of
  // `ValidationError`: API clients and the technician's logs need the real error names.
  experimental: { serverMinification: false },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        ],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
