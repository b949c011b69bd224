import type { CheckboxField } from 'payload'

import { isEditorialTeamField } from '../../access'
import { label } from '../../lib/label'
import { type MaterialKind, PRINT_TEMPLATE_KINDS } from '../../vocabulary'

/**
 * A poster or leaflet the site turns into a print kit for every unit it
 * reaches (A4 and A3 PDFs stamped with the unit's name, hotline, one-stop desk
 * and a QR code; site/src/lib/printKit.ts). What the province prints in every
 * commune is the editorial team's choice, as the validity dates are.
 */
export const printTemplateField: CheckboxField = {
  name: 'printTemplate',
  type: 'checkbox',
  defaultValue: false,
  label: label('Dùng làm mẫu in cho đơn vị', 'Print template for units'),
  access: { create: isEditorialTeamField, update: isEditorialTeamField },
  admin: {
    position: 'sidebar',
    condition: (data) => PRINT_TEMPLATE_KINDS.includes(data?.kind as MaterialKind),
    description: label(
      'Trang công khai tạo sẵn bản PDF khổ A4 và A3 cho từng đơn vị áp dụng, có tên đơn vị, đường dây nóng, địa chỉ và giờ làm việc của Bộ phận Một cửa cùng mã QR tới tài liệu.',
      'The site makes A4 and A3 PDFs for each unit it applies to, stamped with its name, hotline, one-stop desk and a QR code to the material.',
    ),
  },
}
