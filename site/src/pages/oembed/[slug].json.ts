import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro'

import { getSiteData } from '../../cms'
import { oembedFor, oembedInBuildScope } from '../../lib/oembed'

/** Static oEmbed JSON per published material, found through the discovery link on its page. */
export const getStaticPaths = (async () => {
  const data = await getSiteData()
  return data.materials
    .filter((material) => oembedInBuildScope(material.slug))
    .map((material) => ({ params: { slug: material.slug }, props: { material } }))
}) satisfies GetStaticPaths

type Props = InferGetStaticPropsType<typeof getStaticPaths>

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(JSON.stringify(oembedFor(props.material, site)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
