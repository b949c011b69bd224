import type { UnitStanding } from '../../reporting/types'

/** How the dashboard names a standing. */
export const STANDING_LABELS: Record<UnitStanding, string> = {
  met: 'Đạt',
  'not-yet': 'Chưa đạt',
  'no-data': 'Chưa có số liệu',
}
