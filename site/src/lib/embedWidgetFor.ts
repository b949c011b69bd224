import type { MaterialView } from '../cms/types'
import type { WidgetOptions } from './embedCodes'
import { href } from './urls'

/**
 * The widget offered on a material's page: the list the material is most
 * likely embedded with, its owner unit's, else its first topic's, else its kind's.
 */
export function embedWidgetFor(material: MaterialView): {
  widget: Omit<WidgetOptions, 'linkUrl'> & { linkPath: string }
  widgetWhat: string
} {
  const unit = material.ownerUnit?.slug ? material.ownerUnit : null
  const topic = material.topics.find((t) => t.slug)
  if (unit?.slug)
    return {
      widget: {
        group: 'don-vi',
        slug: unit.slug,
        linkPath: href(`/don-vi/${unit.slug}/`),
        linkText: `Tài liệu tuyên truyền dịch vụ công trực tuyến của ${unit.name}`,
      },
      widgetWhat: `tài liệu áp dụng cho ${unit.name}`,
    }
  if (topic?.slug)
    return {
      widget: {
        group: 'chu-de',
        slug: topic.slug,
        linkPath: href(`/chu-de/${topic.slug}/`),
        linkText: `Tài liệu tuyên truyền dịch vụ công trực tuyến: ${topic.name}`,
      },
      widgetWhat: `tài liệu chủ đề ${topic.name}`,
    }
  return {
    widget: {
      group: 'loai',
      slug: material.kind.path,
      linkPath: href(`/loai/${material.kind.path}/`),
      linkText: `${material.kind.label}: tài liệu tuyên truyền dịch vụ công trực tuyến`,
    },
    widgetWhat: `${material.kind.label.toLowerCase()} của thư viện`,
  }
}
