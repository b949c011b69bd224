import type { CheckboxField, UIField } from 'payload'

import { label } from '../../lib/label'

/**
 * «Cần người bản ngữ duyệt»: a Hmong, Thái or Dao text someone wrote or machine-translated without a
 * native speaker's check. Shown in the sidebar and as a list column, so the province can hand those
 * materials to a reviewer; the seed marks every minority-language text it makes with it.
 */
export const needsNativeReviewField: CheckboxField = {
  name: 'needsNativeReview',
  type: 'checkbox',
  defaultValue: false,
  label: label('Cần người bản ngữ duyệt', 'Needs a native reviewer'),
  admin: {
    position: 'sidebar',
    condition: (data) => data?.language != null && data.language !== 'vi',
    description: label(
      'Đánh dấu khi bản tiếng dân tộc chưa được người nói tiếng đó đọc lại. Bỏ đánh dấu sau khi đã duyệt.',
      'Tick while the minority-language text has not been checked by a native speaker.',
    ),
  },
}

/**
 * «Bản ngôn ngữ» in the sidebar: the original and its versions with links, and the languages still missing
 * (components/languages/LanguageVersionsPanel.tsx, data from languageVersions/versions.ts). No column.
 */
export const languageVersionsField: UIField = {
  name: 'languageVersionsPanel',
  type: 'ui',
  label: label('Bản ngôn ngữ', 'Language versions'),
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: { Field: '/components/languages/LanguageVersionsPanel#LanguageVersionsPanel' },
  },
}
