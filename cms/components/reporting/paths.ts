/** Where the targets dashboard lives under the admin route, and its year parameter. */
export const TARGETS_VIEW_PATH = '/chi-tieu-ke-hoach'
export const YEAR_PARAM = 'nam'
