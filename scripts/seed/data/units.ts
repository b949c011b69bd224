import type { Unit } from '@dvctt/cms/payload-types'

/**
 * Lai Châu's units as the plan names them (section VI), plus the communes and
 * wards of the two-level local government (from 1 July 2025) and, as
 * historical units, the districts that older plans still mention.
 */
export interface UnitSeed {
  name: string
  shortName?: string
  type: Unit['type']
  /** Name of the parent unit; omitted for the province and for Party bodies. */
  parent?: string
  historical?: boolean
  portalUrl?: string
  contact?: NonNullable<Unit['contact']>
}

export const PROVINCE = 'UBND tỉnh Lai Châu'
export const PROVINCE_PORTAL = 'https://laichau.gov.vn'
export const PROVINCE_DVC_PORTAL = 'https://dichvucong.laichau.gov.vn'

const OFFICE_HOURS = 'Sáng 7h30–11h30, chiều 13h30–17h00, từ thứ Hai đến thứ Sáu'
const SATURDAY_HOURS = 'Sáng 7h30–11h30, chiều 13h30–17h00, từ thứ Hai đến thứ Sáu; sáng thứ Bảy 7h30–11h30'

const PROVINCIAL_CENTRE = 'Trung tâm Hành chính – Chính trị tỉnh, phường Tân Phong, tỉnh Lai Châu'

const department = (
  name: string,
  shortName: string,
  host: string,
  hotline: string,
  building: string,
  type: Unit['type'] = 'department',
  parent: string = PROVINCE,
): UnitSeed => ({
  name,
  shortName,
  type,
  parent,
  portalUrl: `https://${host}.laichau.gov.vn`,
  contact: {
    hotline,
    email: `${host}@laichau.gov.vn`,
    oneStopAddress: `${building}, ${PROVINCIAL_CENTRE}`,
    oneStopHours: OFFICE_HOURS,
  },
})

export const PROVINCE_UNITS: readonly UnitSeed[] = [
  {
    name: PROVINCE,
    shortName: 'UBND tỉnh',
    type: 'province',
    portalUrl: PROVINCE_PORTAL,
    contact: {
      hotline: '0213 3876 555',
      email: 'ubnd@laichau.gov.vn',
      oneStopAddress: `Trung tâm Phục vụ hành chính công tỉnh, ${PROVINCIAL_CENTRE}`,
      oneStopHours: SATURDAY_HOURS,
    },
  },
  department('Văn phòng UBND tỉnh', 'VP UBND tỉnh', 'vpubnd', '0213 3876 318', 'Nhà A'),
  department('Sở Khoa học và Công nghệ', 'Sở KH&CN', 'skhcn', '0213 3876 696', 'Nhà C'),
  department('Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL', 'svhttdl', '0213 3876 233', 'Nhà D'),
  department('Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'sgddt', '0213 3876 409', 'Nhà E'),
  department('Sở Tài chính', 'Sở Tài chính', 'stc', '0213 3876 517', 'Nhà B'),
  department('Sở Nội vụ', 'Sở Nội vụ', 'snv', '0213 3876 129', 'Nhà A'),
  department('Sở Tư pháp', 'Sở Tư pháp', 'stp', '0213 3876 340', 'Nhà E'),
  department('Sở Nông nghiệp và Môi trường', 'Sở NN&MT', 'snnmt', '0213 3876 646', 'Nhà G'),
  department('Sở Xây dựng', 'Sở Xây dựng', 'sxd', '0213 3876 522', 'Nhà G'),
  department('Sở Y tế', 'Sở Y tế', 'syt', '0213 3876 115', 'Nhà H'),
  {
    ...department('Công an tỉnh Lai Châu', 'Công an tỉnh', 'congan', '0213 3876 113', 'Trụ sở Công an tỉnh', 'agency'),
    contact: {
      hotline: '0213 3876 113',
      email: 'congan@laichau.gov.vn',
      oneStopAddress: 'Bộ phận tiếp dân, Công an tỉnh Lai Châu, đường Võ Nguyên Giáp, phường Đoàn Kết',
      oneStopHours: SATURDAY_HOURS,
    },
  },
  department('Báo Lai Châu', 'Báo Lai Châu', 'baolaichau', '0213 3876 260', 'Tòa soạn Báo Lai Châu', 'agency'),
  department(
    'Đài Phát thanh và Truyền hình tỉnh Lai Châu',
    'Đài PTTH tỉnh',
    'laichautv',
    '0213 3876 480',
    'Trụ sở Đài PTTH tỉnh',
    'agency',
  ),
  {
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    shortName: 'Ban TG&DV Tỉnh ủy',
    type: 'agency',
    portalUrl: 'https://tinhuylaichau.vn',
    contact: { hotline: '0213 3876 205', email: 'btgdv@laichau.gov.vn', oneStopHours: OFFICE_HOURS },
  },
  {
    ...department(
      'Trung tâm Phục vụ hành chính công tỉnh',
      'TTPVHCC tỉnh',
      'hcc',
      '0213 3876 555',
      'Tầng 1, Nhà B',
      'agency',
      'Văn phòng UBND tỉnh',
    ),
    portalUrl: PROVINCE_DVC_PORTAL,
    contact: {
      hotline: '0213 3876 555',
      email: 'hcc@laichau.gov.vn',
      oneStopAddress: `Tầng 1, Nhà B, ${PROVINCIAL_CENTRE}`,
      oneStopHours: SATURDAY_HOURS,
    },
  },
]

/** [name, host name for the e-portal, hotline suffix, village or street of the office]. */
const LOCAL_UNITS: readonly (readonly [string, string, string, string])[] = [
  ['Phường Tân Phong', 'tanphong', '801', 'số 08 đường Trần Hưng Đạo'],
  ['Phường Đoàn Kết', 'doanket', '802', 'số 15 đường Lê Duẩn'],
  ['Xã Bình Lư', 'binhlu', '803', 'khu 2, trung tâm xã'],
  ['Xã Tam Đường', 'tamduong', '804', 'bản Hợp 1'],
  ['Xã Bản Bo', 'banbo', '805', 'bản Nà Bỏ'],
  ['Xã Khun Há', 'khunha', '806', 'bản Khun Há'],
  ['Xã Sìn Hồ', 'sinho', '807', 'khu 5, trung tâm xã'],
  ['Xã Hồng Thu', 'hongthu', '808', 'bản Hồng Thu Mán'],
  ['Xã Nậm Tăm', 'namtam', '809', 'bản Nậm Tăm'],
  ['Xã Pu Sam Cáp', 'pusamcap', '810', 'bản Pu Sam Cáp'],
  ['Xã Phong Thổ', 'phongtho', '811', 'khu 4, trung tâm xã'],
  ['Xã Dào San', 'daosan', '812', 'bản Dào San'],
  ['Xã Sì Lở Lầu', 'siloulau', '813', 'bản Sì Lở Lầu'],
  ['Xã Khổng Lào', 'khonglao', '814', 'bản Khổng Lào'],
  ['Xã Than Uyên', 'thanuyen', '815', 'khu 7, trung tâm xã'],
  ['Xã Mường Than', 'muongthan', '816', 'bản Mường Than'],
  ['Xã Mường Kim', 'muongkim', '817', 'bản Mường Kim'],
  ['Xã Tân Uyên', 'tanuyen', '818', 'khu 26, trung tâm xã'],
  ['Xã Mường Khoa', 'muongkhoa', '819', 'bản Mường Khoa'],
  ['Xã Mường Tè', 'muongte', '820', 'khu 9, trung tâm xã'],
  ['Xã Bum Nưa', 'bumnua', '821', 'bản Nậm Củm'],
  ['Xã Bum Tở', 'bumto', '822', 'bản Bum Tở'],
  ['Xã Nậm Nhùn', 'namnhun', '823', 'bản Nậm Nhùn'],
  ['Xã Lê Lợi', 'leloi', '824', 'bản Chăn Nuôi'],
  ['Xã Pa Tần', 'patan', '825', 'bản Pa Tần'],
  ['Xã Thu Lũm', 'thulum', '826', 'bản Thu Lũm'],
]

export const LOCAL_UNIT_SEEDS: readonly UnitSeed[] = LOCAL_UNITS.map(([name, host, suffix, street], index) => ({
  name,
  type: name.startsWith('Phường') ? 'ward' : 'commune',
  parent: PROVINCE,
  portalUrl: `https://${host}.laichau.gov.vn`,
  contact: {
    hotline: `0213 3${suffix} ${String(100 + index * 7).padStart(3, '0')}`,
    email: `ubnd.${host}@laichau.gov.vn`,
    oneStopAddress: `Trụ sở UBND ${name.toLowerCase().startsWith('phường') ? 'phường' : 'xã'} ${name.replace(/^(Xã|Phường) /, '')}, ${street}, tỉnh Lai Châu`,
    oneStopHours: index % 3 === 0 ? SATURDAY_HOURS : OFFICE_HOURS,
  },
}))

/** Districts abolished on 1 July 2025: kept so that older materials can still name them. */
export const HISTORICAL_DISTRICTS: readonly UnitSeed[] = [
  'Thành phố Lai Châu',
  'Huyện Tam Đường',
  'Huyện Phong Thổ',
  'Huyện Sìn Hồ',
  'Huyện Mường Tè',
  'Huyện Nậm Nhùn',
  'Huyện Than Uyên',
  'Huyện Tân Uyên',
].map((name) => ({ name, type: 'district', parent: PROVINCE, historical: true }))

export const UNIT_SEEDS: readonly UnitSeed[] = [...PROVINCE_UNITS, ...LOCAL_UNIT_SEEDS, ...HISTORICAL_DISTRICTS]
