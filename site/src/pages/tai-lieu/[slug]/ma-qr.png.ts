import type { APIRoute, GetStaticPaths } from 'astro'

import { qrPng, qrResponse } from '../../../lib/qrCode'
import { materialQrPaths, qrScanUrl } from '../../../lib/qrPages'
import { absoluteUrl } from '../../../lib/urls'

/** A material's QR code as a print PNG (≥ 1200 px, 1-bit), built with its page (lib/qrPages.ts). */
export const getStaticPaths = materialQrPaths satisfies GetStaticPaths

export const GET: APIRoute<{ url: string }> = async ({ props, site }) =>
  qrResponse.png(qrPng(qrScanUrl(absoluteUrl(props.url, site))))
