import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro'

import { getSiteData } from '../../cms'
import { feedPaths, renderFeed } from '../../lib/feeds'

/** Atom feeds under /nguon/: the library, each unit, topic and kind (addresses in src/lib/feeds.ts). */
export const getStaticPaths = (async () => feedPaths(await getSiteData())) satisfies GetStaticPaths

type Props = InferGetStaticPropsType<typeof getStaticPaths>

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(renderFeed(props.source, 'atom', site), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  })
