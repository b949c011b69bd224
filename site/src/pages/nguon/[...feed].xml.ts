import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro'

import { getSiteData } from '../../cms'
import { feedPaths, renderFeed } from '../../lib/feeds'

/** RSS 2.0 feeds under /nguon/: the library, each unit, topic and kind (addresses in src/lib/feeds.ts). */
export const getStaticPaths = (async () => feedPaths(await getSiteData())) satisfies GetStaticPaths

type Props = InferGetStaticPropsType<typeof getStaticPaths>

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(renderFeed(props.source, 'rss', site), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  })
