/**
 * The query set of issue 18: what citizens of Lai Châu type into the library's
 * search, and the page each one should find among the first three results.
 * Written from how people ask (short, without diacritics, misspelt, uppercase,
 * a code copied from the portal, a line heard in a video, a village's name), not
 * from the seed's titles; the seed's content (scripts/seed/data/) is the answer key.
 *
 * `expect` is a page path: `/tai-lieu/<slug>/` for a material, `/thu-tuc/<code>/`
 * for a procedure. Run by tests/e2e/search-queries.test.ts and scripts/search-queries.ts on a full build and
 * on an incremental (delta) build of the same content.
 */

export interface SearchQuery {
  /** As typed into the box. */
  q: string
  /** Path of the page that must be among the first three results. */
  expect: string
}

export interface SearchQueryGroup {
  name: string
  /** Why this kind of query is in the set. */
  why: string
  queries: readonly SearchQuery[]
}

const m = (slug: string): string => `/tai-lieu/${slug}/`
const p = (code: string): string => `/thu-tuc/${code}/`

// The demo seed's published materials (scripts/seed/data/materials/).
const BIRTH_LEAFLET = m('huong-dan-dang-ky-khai-sinh-truc-tuyen')
const RESIDENCE = m('dang-ky-thuong-tru-tam-tru-tren-ung-dung-vneid')
const CRIMINAL_RECORD = m('cap-phieu-ly-lich-tu-phap-qua-vneid-khong-phai-den-so-tu-phap')
const MARRIAGE = m('dang-ky-ket-hon-nop-ho-so-truc-tuyen-nhan-giay-tai-xa')
const DRIVING_LICENCE = m('cap-doi-giay-phep-lai-xe-truc-tuyen-toan-trinh')
const FEES = m('thanh-toan-phi-le-phi-truc-tuyen-nhanh-an-toan-duoc-giam')
const ACCOUNT_SAFETY = m('to-gap-bao-ve-tai-khoan-dinh-danh-dien-tu-va-du-lieu-ca-nhan')
const HOUSEHOLD_BUSINESS = m('to-gap-ho-kinh-doanh-dang-ky-truc-tuyen-co-ket-qua-trong-3-ngay')
const UNDER_SIX = m('to-gap-ba-thu-tuc-trong-mot-lan-nop-cho-tre-duoi-6-tuoi')
const QR_PANEL = m('pa-no-tai-bo-phan-mot-cua-quet-ma-nop-ho-so-nhan-ket-qua-tai-nha')
const OTP_POSTER = m('ap-phich-khong-chia-se-ma-otp-bao-ve-tai-khoan-vneid')
const DIGITAL_TEAM_POSTER = m('ap-phich-to-cong-nghe-so-cong-dong-den-tung-nha-huong-dan-tung-nguoi')
const TARGETS = m('infographic-muc-tieu-de-an-1588-den-nam-2025-dinh-huong-nam-2030')
const FULL_VS_PARTIAL = m('infographic-dich-vu-cong-truc-tuyen-toan-trinh-khac-gi-mot-phan')
const FAKES = m('infographic-6-dau-hieu-nhan-biet-trang-web-cuoc-goi-gia-mao-co-quan-nha-nuoc')
const RESULTS_2025 = m('infographic-ket-qua-cung-cap-dich-vu-cong-truc-tuyen-cua-lai-chau-9-thang-nam-2025')
const OTHER_PROVINCES = m('infographic-kinh-nghiem-cua-cac-tinh-trong-trien-khai-dich-vu-cong-truc-tuyen')
const BIRTH_VIDEO = m('video-huong-dan-dang-ky-khai-sinh-tren-cong-dich-vu-cong-quoc-gia')
const VNEID_VIDEO = m('video-cai-dat-va-kich-hoat-tai-khoan-dinh-danh-dien-tu-muc-2')
const SIN_HO_REPORT = m('phong-su-xa-sin-ho-dua-dich-vu-cong-truc-tuyen-ve-ban')
const DAY_CLIP = m('video-clip-lai-chau-huong-ung-ngay-chuyen-doi-so-quoc-gia-10-10-2025')
const TRACKING_VIDEO = m('video-tren-youtube-tra-cuu-tinh-trang-ho-so-truc-tuyen-bang-ma-ho-so')
const PAYMENT_VIDEO = m('video-huong-dan-thanh-toan-le-phi-truc-tuyen-bang-ung-dung-ngan-hang')
const BIRTH_RADIO = m('phat-thanh-lam-giay-khai-sinh-cho-con-khong-can-di-xa')
const BIRTH_RADIO_HMONG = m('tshaj-tawm-sau-npe-yug-me-nyuam-hauv-online-tsis-tas-mus-deb-tieng-mong')
const RADIO_QA = m('chuyen-muc-phat-thanh-hoi-dap-ve-dich-vu-cong-truc-tuyen-so-1')
const IMPERSONATION = m('ban-tin-truyen-thanh-co-so-canh-giac-cuoc-goi-mao-danh-cong-an-yeu-cau-cai-ung-dung')
const COMMUNE_LIST = m('danh-muc-dich-vu-cong-truc-tuyen-toan-trinh-thuc-hien-tai-cap-xa')
const LINKED_LIST = m('danh-muc-hai-nhom-thu-tuc-lien-thong-khai-sinh-va-khai-tu')
const DECISION_1588 = m('quyet-dinh-so-1588-qd-ttg-phe-duyet-de-an-tuyen-truyen-ve-dich-vu-cong-truc-tuyen')
const TRAINING = m('tai-lieu-tap-huan-to-cong-nghe-so-cong-dong-huong-dan-nguoi-dan-dung-dich-vu-cong-truc-tuyen')
const FAQ = m('cau-hoi-thuong-gap-khi-nop-ho-so-truc-tuyen-va-cach-xu-ly-su-co')
// The village pages of scripts/seed/data/materials/places.ts.
const NAM_TAM = m('ban-nam-tam-diem-ho-tro-dich-vu-cong-tai-nha-van-hoa-ban')
const TAM_DUONG = m('xa-tam-duong-nop-ho-so-trong-phien-cho-thu-bay')

export const SEARCH_QUERY_GROUPS: readonly SearchQueryGroup[] = [
  {
    name: 'không dấu, việc cần làm',
    why: 'Most phones here type without diacritics; people name the errand, in a few words, not the title.',
    queries: [
      { q: 'lam giay khai sinh', expect: BIRTH_RADIO },
      { q: 'khai sinh cho con tren dien thoai', expect: BIRTH_LEAFLET },
      { q: 'dang ky tam tru', expect: p('1.004222') },
      { q: 'khai bao tam vang', expect: p('1.003677') },
      { q: 'ly lich tu phap', expect: CRIMINAL_RECORD },
      { q: 'doi bang lai xe', expect: DRIVING_LICENCE },
      { q: 'the bao hiem y te cho tre', expect: UNDER_SIX },
      { q: 'dang ky ho kinh doanh', expect: HOUSEHOLD_BUSINESS },
      { q: 'thanh lap doanh nghiep tu nhan', expect: p('2.001610') },
      { q: 'tro cap that nghiep', expect: p('1.000401') },
      { q: 'lam ho chieu', expect: p('1.011489') },
      { q: 'giay phep xay dung nha o', expect: p('1.009972') },
      { q: 'chung thuc chu ky', expect: p('2.000884') },
      { q: 'giay xac nhan tinh trang hon nhan', expect: p('1.004873') },
      { q: 'trich luc ho tich', expect: p('1.004884') },
      { q: 'cai chinh thong tin ho tich', expect: p('1.000689') },
      { q: 'khai tu', expect: p('1.000656') },
      { q: 'nhan cha me con', expect: p('1.004746') },
      { q: 'dang ky giam ho', expect: p('1.001022') },
      { q: 'the chap quyen su dung dat', expect: p('1.003003') },
      { q: 'le hoi truyen thong', expect: p('1.001029') },
      { q: 'chuyen truong thpt', expect: p('1.001088') },
      { q: 'khieu nai', expect: p('2.002226') },
    ],
  },
  {
    name: 'không dấu, câu hỏi về tài liệu',
    why: 'Questions asked at the one-stop desk, typed as said; the answer is a guide, a poster or a broadcast.',
    queries: [
      { q: 'ho so bi tra lai', expect: FAQ },
      { q: 'quen mat khau vneid', expect: FAQ },
      { q: 'goi dien xung la cong an', expect: IMPERSONATION },
      { q: 'trang web gia mao', expect: FAKES },
      { q: 'phi le phi duoc giam', expect: FEES },
      { q: 'so lieu ho so dung han', expect: RESULTS_2025 },
      { q: 'diem ho tro tai buu dien xa', expect: OTHER_PROVINCES },
      { q: 'danh muc thu tuc cap xa', expect: COMMUNE_LIST },
      { q: 'de an 06', expect: LINKED_LIST },
      { q: 'tap huan to cong nghe so', expect: TRAINING },
      { q: 'to cong nghe so den tung nha', expect: DIGITAL_TEAM_POSTER },
      { q: 'dang xuat may tinh chung', expect: ACCOUNT_SAFETY },
      { q: 'khong co dien thoai thong minh', expect: RADIO_QA },
      { q: 'muc tieu de an den 2030', expect: TARGETS },
      { q: 'tra cuu ho so da nop den buoc nao', expect: TRACKING_VIDEO },
    ],
  },
  {
    name: 'có dấu',
    why: 'Typed on a computer or a phone with a Vietnamese keyboard: the same needs, with diacritics and đ.',
    queries: [
      { q: 'đổi giấy phép lái xe hết hạn', expect: DRIVING_LICENCE },
      { q: 'xin phiếu lý lịch tư pháp trên điện thoại', expect: CRIMINAL_RECORD },
      { q: 'cấp đổi thẻ căn cước', expect: p('2.001145') },
      { q: 'làm lại căn cước', expect: p('2.001156') },
      { q: 'căn cước dưới 14 tuổi', expect: p('1.012345') },
      { q: 'đăng ký xe lần đầu', expect: p('1.001777') },
      { q: 'hỗ trợ chi phí mai táng', expect: p('1.001758') },
      { q: 'bảo vệ dữ liệu cá nhân', expect: ACCOUNT_SAFETY },
      { q: 'toàn trình khác một phần thế nào', expect: FULL_VS_PARTIAL },
      { q: 'hỏi đáp phát thanh', expect: RADIO_QA },
      { q: 'phát thanh tiếng Mông', expect: BIRTH_RADIO_HMONG },
    ],
  },
  {
    name: 'viết hoa',
    why: 'Caps lock or an old feature phone: case must not matter.',
    queries: [
      { q: 'DANG KY KET HON', expect: MARRIAGE },
      { q: 'LY LICH TU PHAP VNEID', expect: CRIMINAL_RECORD },
      { q: 'HO CHIEU', expect: p('1.011489') },
      { q: 'KHAI TU', expect: p('1.000656') },
      { q: 'THANH TOAN PHI LE PHI', expect: FEES },
      { q: 'ĐĂNG KÝ THƯỜNG TRÚ', expect: p('1.004194') },
    ],
  },
  {
    name: 'mã thủ tục',
    why: 'Codes copied from the national portal, a receipt or a one-stop notice (d.dddddd), alone or with words.',
    queries: [
      { q: '1.001193', expect: p('1.001193') },
      { q: '1.000894', expect: p('1.000894') },
      { q: '2.000986', expect: p('2.000986') },
      { q: '1.004194', expect: p('1.004194') },
      { q: '1.002804', expect: p('1.002804') },
      { q: '2.000575', expect: p('2.000575') },
      { q: '1.012079', expect: p('1.012079') },
      { q: '2.001145', expect: p('2.001145') },
      { q: 'ma thu tuc 1.000656', expect: p('1.000656') },
      { q: 'thu tuc 2.000505', expect: p('2.000505') },
    ],
  },
  {
    name: 'chỉ có trong lời thoại',
    why: 'A line heard in a video (captions only, in no title, summary or body), with or without a file in the library: the reader remembers what was said.',
    queries: [
      { q: 'tranh bong tay che mat chu', expect: BIRTH_VIDEO },
      { q: 'chụp giấy chứng sinh bên cửa sổ', expect: BIRTH_VIDEO },
      { q: 'giang a chu', expect: SIN_HO_REPORT },
      { q: 'nha van hoa ban dong hon thuong le', expect: SIN_HO_REPORT },
      { q: 'kiem tra so tien ten nguoi nhan', expect: PAYMENT_VIDEO },
      { q: 'ngay 10 thang 10', expect: DAY_CLIP },
      { q: 'ghi ma bien nhan vao so tay', expect: TRACKING_VIDEO },
    ],
  },
  {
    name: 'địa danh',
    why: 'Communes and villages of Lai Châu: «nam tam» must find bản Nậm Tăm before pages with «năm» and «tâm».',
    queries: [
      { q: 'sin ho', expect: SIN_HO_REPORT },
      { q: 'Sìn Hồ', expect: SIN_HO_REPORT },
      { q: 'nam tam', expect: NAM_TAM },
      { q: 'ban nam tam', expect: NAM_TAM },
      { q: 'Nậm Tăm', expect: NAM_TAM },
      { q: 'tam duong', expect: TAM_DUONG },
      { q: 'xa Tam Đường', expect: TAM_DUONG },
      { q: 'muong te', expect: DAY_CLIP },
      { q: 'tan phong den muong te', expect: DAY_CLIP },
    ],
  },
  {
    name: 'thiếu hoặc thừa một từ',
    why: 'Several words where one is missing from the page, extra, or colloquial: rank by the words found, never «no result».',
    queries: [
      { q: 'dang ky ket hon can giay to gi', expect: MARRIAGE },
      { q: 'lam lai can cuoc bi mat', expect: p('2.001156') },
      { q: 'dang ky xe may lan dau', expect: p('1.001777') },
      { q: 'xin ban sao van bang tot nghiep', expect: p('1.005088') },
      { q: 'thi tot nghiep thpt', expect: p('1.005092') },
      { q: 'kich hoat tai khoan vneid tren dien thoai', expect: VNEID_VIDEO },
      { q: 'quet ma nop ho so tai bo phan mot cua', expect: QR_PANEL },
      { q: 'lua dao chiem doat tai khoan dinh danh', expect: OTP_POSTER },
      { q: 'cach lam hay cua cac tinh khac', expect: OTHER_PROVINCES },
      { q: 'ket qua dich vu cong lai chau 9 thang', expect: RESULTS_2025 },
    ],
  },
  {
    name: 'sai chính tả',
    why: 'Common slips: ki for ký, s for x, ch for tr, a doubled or missing letter.',
    queries: [
      { q: 'dang ki khai sinh', expect: BIRTH_LEAFLET },
      { q: 'giay phep lai se', expect: DRIVING_LICENCE },
      { q: 'dang ky tam chu', expect: RESIDENCE },
      { q: 'ly lich tu phat', expect: CRIMINAL_RECORD },
      { q: 'ket hon dang ki', expect: MARRIAGE },
      { q: 'kich hoat tai khoang', expect: VNEID_VIDEO },
    ],
  },
  {
    name: 'từ mượn',
    why: 'Brand and English words as people write them: VNeID, Zalo, TikTok, YouTube, OTP, QR, online, BHYT.',
    queries: [
      // «cai vneid» alone: the village notice, the digital-team poster and the scam bulletin all say «cài VNeID»
      // (help to install it, or a warning), as right an answer as the video; «cai dat» asks how to install.
      { q: 'cai dat vneid', expect: VNEID_VIDEO },
      { q: 'zalo oa cua xa', expect: OTHER_PROVINCES },
      { q: 'clip tiktok', expect: DAY_CLIP },
      { q: 'facebook reels', expect: DAY_CLIP },
      { q: 'ma OTP', expect: OTP_POSTER },
      { q: 'quet QR bang camera', expect: QR_PANEL },
      // «dang ky khai sinh online» alone is answered as well by the procedure page and the video;
      // «huong dan» says a guide is wanted.
      { q: 'huong dan khai sinh online', expect: BIRTH_LEAFLET },
      { q: 'the BHYT tre duoi 6 tuoi', expect: UNDER_SIX },
      { q: 'infographic lua dao', expect: FAKES },
      { q: 'qd 1588', expect: DECISION_1588 },
      { q: 'Sau npe yug', expect: BIRTH_RADIO_HMONG },
      { q: 'video huong dan thanh toan', expect: PAYMENT_VIDEO },
      { q: 'youtube', expect: TRACKING_VIDEO },
    ],
  },
]

export const SEARCH_QUERIES: readonly SearchQuery[] = SEARCH_QUERY_GROUPS.flatMap((group) => group.queries)

/**
 * Queries whose page is not yet among the first three, on both index states, with the cause found
 * (none since the ranking by share of the query and typed pairs; 105/110 before). The query-set test
 * fails on any other miss, and says when one of these starts passing so it can leave this list.
 * Issue 18's acceptance wants this list empty.
 */
export const KNOWN_MISSES: Readonly<Record<string, string>> = {
  // Empty. «so lieu ho so dung han» missed once on the incremental build (CI at 5bdba15): its infographic ranked third
  // by 4 % with «dung» unplaced («đúng» was reached only through the folded word list). Since a word typed with d is
  // also searched with đ (site/src/islands/search/dStroke.ts), «đúng hạn» stands together and it ranks first, 3.5× ahead.
}
