import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro'

import { getSiteData } from '../../../../cms'
import { inBuildScope } from '../../../../lib/buildScope'
import { embedRoutes, type EmbedList } from '../../../../lib/embed'
import { embedList, jsonResponse } from '../../../../lib/embedList'
import { paths } from '../../../../lib/urls'

/**
 * The embed widget's lists: one per unit (every material reaching it through
 * the hierarchy, as on its unit page), per topic and per kind.
 */
export const getStaticPaths = (async () => {
  const data = await getSiteData()
  const lists: { group: 'don-vi' | 'chu-de' | 'loai'; slug: string; list: () => EmbedList }[] = [
    ...data.units.flatMap((u) =>
      u.slug
        ? [
            {
              group: 'don-vi' as const,
              slug: u.slug,
              list: () => embedList(u.name, paths.unit(u.slug ?? ''), data.byReachedUnit.get(String(u.id)) ?? []),
            },
          ]
        : [],
    ),
    ...data.topics.flatMap((t) =>
      t.slug
        ? [
            {
              group: 'chu-de' as const,
              slug: t.slug,
              list: () => embedList(t.name, paths.topic(t.slug ?? ''), data.byTopic.get(String(t.id)) ?? []),
            },
          ]
        : [],
    ),
    ...data.kinds.map((k) => ({
      group: 'loai' as const,
      slug: k.path,
      list: () => embedList(k.label, paths.kind(k.path), data.byKind.get(k.value) ?? []),
    })),
  ]
  return lists
    .filter(({ group, slug }) => inBuildScope(embedRoutes.list(group, slug)))
    .map(({ group, slug, list }) => ({ params: { group, slug }, props: { list } }))
}) satisfies GetStaticPaths

type Props = InferGetStaticPropsType<typeof getStaticPaths>

export const GET: APIRoute<Props> = ({ props }) => jsonResponse(props.list())
