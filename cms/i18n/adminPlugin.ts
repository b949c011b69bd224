import type { CollectionConfig, Field, GlobalConfig, Plugin } from 'payload'

import { hasRole } from '../access'
import { storageFieldLabels, uploadFieldLabels, withLabels } from './uploadLabels'

type EditViews = NonNullable<NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']>['edit']

/** The document's «API» tab (raw JSON and query options) is for administrators only. */
function withAdminOnlyApiTab<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  const admin = entity.admin ?? {}
  const components = admin.components ?? {}
  const views = components.views ?? {}
  const edit: EditViews = views.edit ?? {}
  const api = edit.api ?? {}
  return {
    ...entity,
    admin: {
      ...admin,
      components: {
        ...components,
        views: {
          ...views,
          edit: { ...edit, api: { ...api, tab: { ...api.tab, condition: ({ req }) => hasRole(req.user, 'admin') } } },
        },
      },
    },
  }
}

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === ''

/**
 * A file's system fields (SHA-256, page count, duration, who uploaded it…) are filled by the
 * server after the upload: hide each while it is empty, so the create drawer shows no blank boxes.
 */
function hideEmptySystemFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    const admin = field.admin as { readOnly?: boolean; condition?: unknown } | undefined
    if (!('name' in field) || !admin?.readOnly || admin.condition || field.type === 'checkbox') return field
    const name = field.name
    return {
      ...field,
      admin: { ...admin, condition: (data: Record<string, unknown>) => !isEmpty(data?.[name]) },
    } as Field
  })
}

const withStorageLabels = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && field.name in storageFieldLabels && !('label' in field && field.label)
      ? ({ ...field, label: storageFieldLabels[field.name] } as Field)
      : field,
  )

function vietnameseCollection(collection: CollectionConfig): CollectionConfig {
  const withTab = withAdminOnlyApiTab(collection)
  if (!collection.upload) return withTab
  const fields = withStorageLabels(hideEmptySystemFields(withTab.fields))
  return { ...withTab, fields: withLabels(fields, uploadFieldLabels(collection)) }
}

/**
 * Vietnamese all the way, for what Payload builds itself: the upload fields' labels, the API tab
 * (administrators only), blank system fields. Goes last among the plugins, to see their fields.
 */
export const vietnameseAdminPlugin = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map(vietnameseCollection),
  globals: config.globals?.map(withAdminOnlyApiTab),
})
