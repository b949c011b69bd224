import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro'

import { getSiteData } from '../../cms'
import { broadcastPaths, renderBroadcastFeed } from '../../lib/broadcastFeeds'

/** Podcast feeds for loudspeakers under /phat-thanh/: the province and each commune (src/lib/broadcastFeeds.ts). */
export const getStaticPaths = (async () => broadcastPaths(await getSiteData())) satisfies GetStaticPaths

type Props = InferGetStaticPropsType<typeof getStaticPaths>

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(renderBroadcastFeed(props.source, site), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  })
