import type { APIRoute, GetStaticPaths } from 'astro'

import { getSiteData } from '../../../cms'
import { cmsBuildState } from '../../../cms/state'
import type { MaterialView } from '../../../cms/types'
import { inBuildScope } from '../../../lib/buildScope'
import { qrFiles } from '../../../lib/qrPages'
import { routes } from '../../../lib/routes'
import { socialKitZip } from '../../../lib/socialKit'
import { socialPostText } from '../../../lib/socialPost'
import { absoluteUrl } from '../../../lib/urls'

/**
 * «Bộ ảnh mạng xã hội» (issue 20 §4): a material's social renditions and post text as one ZIP, built with its
 * page (same scope) from the files the CMS stored at upload; only for materials whose cover has them.
 */
export const getStaticPaths = (async () => {
  const data = await getSiteData()
  return data.materials
    .filter((m) => m.socialImages.length > 0 && inBuildScope(routes.material(m.slug)))
    .map((material) => ({ params: { slug: material.slug }, props: { material } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ material: MaterialView }> = async ({ props: { material }, site }) => {
  const origin = cmsBuildState().mediaOrigin
  if (!origin) throw new Error('Chưa biết nơi lấy tệp của CMS để đóng gói bộ ảnh mạng xã hội.')
  const text = socialPostText({
    title: material.title,
    summary: material.summary,
    url: absoluteUrl(material.url, site),
    qrImageUrl: absoluteUrl(qrFiles(material.url).png, site),
  })
  const zip = await socialKitZip(material.socialImages, text, origin)
  return new Response(new Uint8Array(zip), { headers: { 'content-type': 'application/zip' } })
}
