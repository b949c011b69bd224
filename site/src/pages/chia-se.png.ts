import type { APIRoute } from 'astro'

import { shareImagePng } from '../lib/shareImage'

/** The link-preview image of the home page (lib/shareImage.ts). */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await shareImagePng()), { headers: { 'content-type': 'image/png' } })
