import { readFeedbackEndpoint } from './feedback/endpoint'
import { readUsageEndpoint } from './usage/endpoint'

/**
 * Everything that names the province or shapes the chrome, in one place, so
 * another province can build the same library by setting environment variables.
 * Read at build time (the site is static), never in the browser.
 */
const env = (name: string): string | undefined => process.env[name]?.trim() || undefined

const usageEndpoint = readUsageEndpoint()

const provinceName = env('SITE_PROVINCE_NAME') ?? 'Lai Châu'
/** "tỉnh Lai Châu"; a centrally run city sets SITE_PROVINCE_FULL_NAME="thành phố Hà Nội". */
const provinceFullName = env('SITE_PROVINCE_FULL_NAME') ?? `tỉnh ${provinceName}`

export const siteConfig = {
  provinceName,
  provinceFullName,
  title: `Thư viện tuyên truyền dịch vụ công trực tuyến ${provinceFullName}`,
  shortTitle: 'Thư viện tuyên truyền DVCTT',
  description:
    `Tờ rơi, áp phích, infographic, video và văn bản hướng dẫn người dân, doanh nghiệp ${provinceFullName} ` +
    'sử dụng dịch vụ công trực tuyến. Tải về miễn phí để in ấn, phát thanh và chia sẻ.',
  publisher: env('SITE_PUBLISHER') ?? `Ủy ban nhân dân ${provinceFullName}`,
  nationalPortal: { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
  /**
   * Where a citizen submits a procedure online, as address templates in which
   * {code} becomes the procedure's national code (1.001193). The national one
   * has a default; the province's portal link appears only when configured.
   * A procedure's own nationalPortalUrl (set in the CMS) wins over the template.
   */
  procedurePortals: {
    national:
      env('SITE_NATIONAL_PROCEDURE_URL') ??
      'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}',
    province: env('SITE_PROVINCE_PROCEDURE_URL') ?? null,
    provinceName: `Cổng Dịch vụ công ${provinceFullName}`,
  },
  /** Where the usage beacon posts (src/usage/endpoint.ts); null: the pages and the widget carry no beacon. */
  usageEndpoint,
  /** Where the feedback form posts (src/feedback/endpoint.ts); null: pages show answers but no form. */
  feedbackEndpoint: readFeedbackEndpoint(usageEndpoint),
  /** Materials per listing page; pages after the first live at …/trang/2/. */
  pageSize: 24,
  latestOnHome: 8,
  nav: [
    { path: '/', label: 'Trang chủ' },
    { path: '/loai/', label: 'Tài liệu' },
    { path: '/chu-de/', label: 'Chủ đề' },
    { path: '/don-vi/', label: 'Đơn vị' },
    { path: '/thu-tuc/', label: 'Thủ tục' },
    { path: '/tim-kiem/', label: 'Tìm kiếm' },
  ],
} as const

export type SiteConfig = typeof siteConfig
