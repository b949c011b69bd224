import type { APIRoute, GetStaticPaths } from 'astro'

import { qrPng, qrResponse } from '../../../lib/qrCode'
import { procedureQrPaths } from '../../../lib/qrPages'
import { absoluteUrl } from '../../../lib/urls'

/** A procedure's QR code as a print PNG (≥ 1200 px, 1-bit), built with its page (lib/qrPages.ts). */
export const getStaticPaths = procedureQrPaths satisfies GetStaticPaths

export const GET: APIRoute<{ url: string }> = async ({ props, site }) =>
  qrResponse.png(qrPng(absoluteUrl(props.url, site)))
