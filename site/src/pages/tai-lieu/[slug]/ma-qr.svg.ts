import type { APIRoute, GetStaticPaths } from 'astro'

import { qrResponse, qrSvg } from '../../../lib/qrCode'
import { materialQrPaths, qrScanUrl } from '../../../lib/qrPages'
import { absoluteUrl } from '../../../lib/urls'

/** A material's QR code (SVG), built with its page (lib/qrPages.ts). */
export const getStaticPaths = materialQrPaths satisfies GetStaticPaths

export const GET: APIRoute<{ url: string }> = async ({ props, site }) =>
  qrResponse.svg(await qrSvg(qrScanUrl(absoluteUrl(props.url, site))))
