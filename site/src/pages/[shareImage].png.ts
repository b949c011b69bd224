import type { APIRoute, GetStaticPaths } from 'astro'

import { inBuildScope } from '../lib/buildScope'
import { SHARE_IMAGE, shareImagePng } from '../lib/shareImage'

/**
 * The home page's link-preview image, /chia-se.png (lib/shareImage.ts). Only
 * full builds make it (it depends on the configuration alone): a CMS preview
 * or an incremental publish keeps the live release's copy.
 */
export const getStaticPaths = (() =>
  inBuildScope(SHARE_IMAGE.path)
    ? [{ params: { shareImage: SHARE_IMAGE.path.replace(/^\//, '').replace(/\.png$/, '') } }]
    : []) satisfies GetStaticPaths

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await shareImagePng()), { headers: { 'content-type': 'image/png' } })
