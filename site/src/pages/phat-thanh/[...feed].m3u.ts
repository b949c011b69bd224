import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro'

import { getSiteData } from '../../cms'
import { broadcastPaths, renderM3u } from '../../lib/broadcastFeeds'

/** M3U playlists of the current spots under /phat-thanh/: the province and each commune. */
export const getStaticPaths = (async () => broadcastPaths(await getSiteData())) satisfies GetStaticPaths

type Props = InferGetStaticPropsType<typeof getStaticPaths>

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(renderM3u(props.source, site), { headers: { 'content-type': 'audio/x-mpegurl; charset=utf-8' } })
