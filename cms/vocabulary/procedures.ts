import { label } from './label'

/** How much of a procedure can be done online (mức độ dịch vụ công trực tuyến). */
export const ONLINE_LEVELS = [
  { value: 'full', label: label('Toàn trình', 'Fully online') },
  { value: 'partial', label: label('Một phần', 'Partly online') },
] as const

/** Which level of government carries a procedure out (cấp thực hiện). */
export const IMPLEMENTING_LEVELS = [
  { value: 'province', label: label('Cấp tỉnh', 'Province') },
  { value: 'commune', label: label('Cấp xã', 'Commune') },
] as const
