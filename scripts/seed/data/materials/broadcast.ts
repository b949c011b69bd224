import { helpBlocks } from './fragments'
import type { MaterialSeed } from './types'

export const RADIO_SPOT_TITLE = 'Phát thanh: Làm giấy khai sinh cho con, không cần đi xa'

const BIRTH_VIDEO_TITLE = 'Video hướng dẫn: Đăng ký khai sinh trên Cổng Dịch vụ công quốc gia'
/** Words said only in this video's captions (not in any title, summary or body), for transcript search tests. */
const CAPTION_ONLY_PHRASE = 'tránh bóng tay che mất chữ'
/** Where that line sits in the video's script; each line is one caption of 4 s (CUE_SECONDS in scripts/seed/assets.ts). */
const CAPTION_ONLY_LINE = 4

const VIDEO = { label: 'Video (MP4)', source: 'video' } as const
const SCRIPT = { label: 'Kịch bản (PDF)', source: 'scriptPdf' } as const
const RADIO_SCRIPT = { label: 'Kịch bản phát thanh', source: 'scriptPdf' } as const

const HIGHLAND = [
  'Xã Sìn Hồ',
  'Xã Nậm Tăm',
  'Xã Pu Sam Cáp',
  'Xã Mường Tè',
  'Xã Bum Nưa',
  'Xã Bum Tở',
  'Xã Pa Tần',
  'Xã Thu Lũm',
]

const scriptBlocks = (lines: readonly string[]) => [{ h2: 'Kịch bản' }, { ol: lines }] as const

const BIRTH_SPOT = [
  'Bà con thân mến! Con sinh ra, việc đầu tiên là làm giấy khai sinh.',
  'Nay không cần đi xa: cha hoặc mẹ mở ứng dụng VNeID trên điện thoại.',
  'Chọn “Đăng ký khai sinh”, chụp giấy chứng sinh, bấm nộp.',
  'Xã sẽ gửi giấy khai sinh điện tử về ứng dụng, có cả thẻ bảo hiểm y tế cho bé.',
  'Chưa biết làm, hãy nhờ Tổ công nghệ số cộng đồng ở bản. Hoàn toàn miễn phí.',
]

const BIRTH_VIDEO = [
  'Xin chào! Video này hướng dẫn đăng ký khai sinh trên Cổng Dịch vụ công quốc gia.',
  'Bước 1: Truy cập dichvucong.gov.vn, đăng nhập bằng tài khoản VNeID.',
  'Bước 2: Gõ “khai sinh” vào ô tìm kiếm, chọn thủ tục liên thông cho trẻ dưới 6 tuổi.',
  'Bước 3: Kiểm tra thông tin cha mẹ được điền sẵn, nhập thông tin của bé.',
  'Bước 4: Đính kèm giấy chứng sinh, chọn nơi nhận kết quả, bấm “Nộp hồ sơ”.',
  'Bước 5: Theo dõi tin nhắn. Giấy khai sinh điện tử sẽ có trong ví giấy tờ của bạn.',
]

/** What the video says: the steps shown in its body, plus a tip spoken over step 4 that the body does not repeat. */
const BIRTH_VIDEO_CAPTIONS = [
  ...BIRTH_VIDEO.slice(0, CAPTION_ONLY_LINE),
  `Mẹo nhỏ: bà con nên chụp giấy chứng sinh bên cửa sổ, ${CAPTION_ONLY_PHRASE}.`,
  ...BIRTH_VIDEO.slice(CAPTION_ONLY_LINE),
]

export const CAPTION_SAMPLE = {
  materialTitle: BIRTH_VIDEO_TITLE,
  phrase: CAPTION_ONLY_PHRASE,
  startSeconds: CAPTION_ONLY_LINE * 4,
} as const

const TRACKING_VIDEO_TITLE = 'Video trên YouTube: Tra cứu tình trạng hồ sơ trực tuyến bằng mã hồ sơ'
/** Said only in this video's captions: the video itself is on YouTube, with no file in the library. */
const TRACKING_CAPTION_PHRASE = 'ghi mã biên nhận vào cuốn sổ tay'

/** A video hosted on YouTube (no file of its own), with captions: its transcript is the page's only text of what is said. */
export const EXTERNAL_VIDEO_SAMPLE = {
  materialTitle: TRACKING_VIDEO_TITLE,
  phrase: TRACKING_CAPTION_PHRASE,
  // A placeholder id in YouTube's format: the demo never loads it unless a reader clicks.
  link: 'https://www.youtube.com/watch?v=LaiChauDVC1',
} as const

/** Videos and radio spots: for the province TV, commune loudspeakers and social media. */
export const BROADCAST_MATERIALS: readonly MaterialSeed[] = [
  {
    title: TRACKING_VIDEO_TITLE,
    kind: 'video',
    status: 'published',
    summary:
      'Video ngắn của Văn phòng UBND tỉnh đăng trên kênh YouTube: xem hồ sơ đã nộp đang ở bước nào, khi nào có kết quả, bằng mã hồ sơ trên Cổng Dịch vụ công.',
    body: [
      {
        p: 'Video đăng trên kênh YouTube của tỉnh; thư viện giữ lời thoại để bà con đọc và tìm kiếm, kể cả khi mạng yếu không xem được video.',
      },
    ],
    script: [
      'Nộp hồ sơ xong, Cổng Dịch vụ công gửi cho bạn một mã hồ sơ.',
      `Bà con nên ${TRACKING_CAPTION_PHRASE}, phòng khi điện thoại hết pin.`,
      'Vào mục “Tra cứu hồ sơ”, nhập mã hồ sơ để xem hồ sơ đang ở bước nào.',
      'Hồ sơ cần bổ sung thì có tin nhắn báo, bấm vào để sửa ngay trên điện thoại.',
    ],
    topics: [2],
    audiences: ['citizens'],
    owner: 'Đài Phát thanh và Truyền hình tỉnh Lai Châu',
    validFrom: '2025-09-01',
    cover: 'video',
    captions: true,
    externalVideo: EXTERNAL_VIDEO_SAMPLE.link,
  },
  {
    title: BIRTH_VIDEO_TITLE,
    kind: 'video',
    status: 'published',
    summary:
      'Video dài 3 phút, có phụ đề tiếng Việt, hướng dẫn từng bước đăng ký khai sinh liên thông cho trẻ dưới 6 tuổi trên Cổng Dịch vụ công quốc gia.',
    body: [
      {
        p: 'Video do Đài Phát thanh và Truyền hình tỉnh sản xuất, phát trên kênh LTV và trang TikTok, Facebook của Đài; các xã, phường được dùng lại trên trang Zalo OA.',
      },
      ...scriptBlocks(BIRTH_VIDEO),
      ...helpBlocks,
    ],
    script: BIRTH_VIDEO_CAPTIONS,
    topics: [2],
    audiences: ['citizens', 'digitalTeams'],
    owner: 'Đài Phát thanh và Truyền hình tỉnh Lai Châu',
    procedures: ['1.001193', '1.012079'],
    validFrom: '2025-07-10',
    cover: 'video',
    downloads: [VIDEO, SCRIPT],
    captions: true,
  },
  {
    title: 'Video: Cài đặt và kích hoạt tài khoản định danh điện tử mức 2',
    kind: 'video',
    status: 'published',
    summary:
      'Hướng dẫn cài ứng dụng VNeID, kích hoạt tài khoản mức 2 sau khi làm căn cước và đặt mã PIN an toàn; phù hợp chiếu tại các buổi sinh hoạt cộng đồng.',
    body: [
      { p: 'Tài khoản định danh điện tử mức 2 là “chìa khóa” để dùng mọi dịch vụ công trực tuyến.' },
      ...scriptBlocks([
        'Tải ứng dụng VNeID từ kho ứng dụng chính thức.',
        'Chọn “Kích hoạt tài khoản”, nhập số định danh cá nhân và số điện thoại chính chủ.',
        'Nhập mã kích hoạt gửi qua tin nhắn, đặt mật khẩu và mã PIN.',
        'Xác thực khuôn mặt theo hướng dẫn trên màn hình.',
      ]),
    ],
    script: [
      'Tài khoản định danh điện tử mức 2 giúp bạn dùng mọi dịch vụ công trực tuyến.',
      'Tải ứng dụng VNeID từ kho ứng dụng chính thức.',
      'Chọn “Kích hoạt tài khoản”, nhập số định danh và số điện thoại chính chủ.',
      'Nhập mã kích hoạt, đặt mật khẩu và mã PIN. Không chia sẻ cho ai.',
    ],
    topics: [2, 3],
    audiences: ['citizens', 'students', 'digitalTeams'],
    owner: 'Công an tỉnh Lai Châu',
    validFrom: '2025-05-20',
    cover: 'vneid',
    downloads: [VIDEO],
    captions: true,
  },
  {
    title: 'Phóng sự: Xã Sìn Hồ đưa dịch vụ công trực tuyến về bản',
    kind: 'video',
    status: 'published',
    summary:
      'Phóng sự về cách xã Sìn Hồ tổ chức Tổ công nghệ số cộng đồng ở 100% bản, giúp đồng bào Mông, Dao nộp hồ sơ trực tuyến ngay tại nhà văn hóa.',
    body: [
      {
        p: 'Sau khi sắp xếp đơn vị hành chính, xã Sìn Hồ có địa bàn rộng, nhiều bản cách trung tâm trên 20 km. Xã chọn cách đưa dịch vụ công về bản thay vì để bà con đi xa.',
      },
      {
        ul: [
          'Mỗi bản có ít nhất hai thành viên Tổ công nghệ số cộng đồng biết tiếng Mông hoặc tiếng Dao.',
          'Lịch hỗ trợ cố định vào chiều thứ Năm hằng tuần tại nhà văn hóa bản.',
          'Tỷ lệ hồ sơ trực tuyến của xã tăng từ 31% lên 72% sau sáu tháng (số liệu minh họa).',
        ],
      },
    ],
    script: [
      'Sìn Hồ những ngày cuối thu, nhà văn hóa bản đông hơn thường lệ.',
      'Bà con đến không phải để họp, mà để làm giấy tờ trên điện thoại.',
      'Anh Giàng A Chư, Tổ công nghệ số cộng đồng, hướng dẫn từng người bằng tiếng Mông.',
      'Sáu tháng, tỷ lệ hồ sơ trực tuyến của xã đã tăng hơn gấp đôi.',
    ],
    topics: [7, 4],
    audiences: ['citizens', 'officials', 'ethnic'],
    owner: 'Đài Phát thanh và Truyền hình tỉnh Lai Châu',
    appliesTo: ['Xã Sìn Hồ'],
    validFrom: '2025-11-12',
    cover: 'congDong',
    downloads: [VIDEO],
    captions: true,
  },
  {
    title: 'Video clip: Lai Châu hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2025',
    kind: 'video',
    status: 'published',
    summary:
      'Clip 60 giây cho mạng xã hội: không khí hưởng ứng Ngày Chuyển đổi số quốc gia tại các xã, phường và thông điệp sử dụng dịch vụ công trực tuyến.',
    body: [
      {
        p: 'Clip dọc 9:16 dành cho TikTok, Facebook Reels, Zalo Video. Khuyến khích các cơ quan, đơn vị chia sẻ lại kèm thẻ #ChuyenDoiSoLaiChau.',
      },
    ],
    script: [
      'Ngày 10 tháng 10 – Ngày Chuyển đổi số quốc gia.',
      'Từ phường Tân Phong đến bản xa Mường Tè, bà con cùng làm thủ tục trên điện thoại.',
      'Dịch vụ công trực tuyến – Ở đâu cũng làm được.',
    ],
    topics: [6],
    audiences: ['citizens', 'students'],
    owner: 'Báo Lai Châu',
    campaign: 'dcd2025',
    validFrom: '2025-10-08',
    cover: 'dcd',
    downloads: [VIDEO],
    captions: true,
  },
  {
    title: 'Video hướng dẫn: Thanh toán lệ phí trực tuyến bằng ứng dụng ngân hàng',
    kind: 'video',
    status: 'published',
    summary:
      'Hướng dẫn thanh toán phí, lệ phí thủ tục hành chính trên Cổng Dịch vụ công bằng mã QR của ứng dụng ngân hàng và cách tải biên lai điện tử.',
    body: [
      { p: 'Video kèm phụ đề, dùng cho màn hình tại Bộ phận Một cửa và trang thông tin điện tử của Sở Tài chính.' },
    ],
    script: [
      'Nộp hồ sơ xong, bấm “Thanh toán trực tuyến”.',
      'Chọn ngân hàng của bạn, quét mã QR bằng ứng dụng ngân hàng.',
      'Kiểm tra số tiền, tên người nhận rồi xác nhận.',
      'Biên lai điện tử nằm trong mục “Quản lý hồ sơ”.',
    ],
    topics: [2],
    audiences: ['citizens', 'business'],
    owner: 'Sở Tài chính',
    validFrom: '2025-06-20',
    cover: 'video',
    downloads: [VIDEO],
    captions: true,
  },
  {
    title: RADIO_SPOT_TITLE,
    kind: 'audio',
    status: 'published',
    summary:
      'Tiểu phẩm phát thanh 60 giây cho đài truyền thanh xã, phường: cha mẹ đăng ký khai sinh cho con trên ứng dụng VNeID, được Tổ công nghệ số cộng đồng hỗ trợ.',
    body: [
      {
        p: 'Phát 3 lần mỗi ngày trên hệ thống truyền thanh cơ sở trong tháng cao điểm, xen giữa chương trình thời sự buổi sáng và buổi chiều.',
      },
      ...scriptBlocks(BIRTH_SPOT),
    ],
    script: BIRTH_SPOT,
    topics: [2],
    audiences: ['citizens', 'ethnic'],
    owner: 'Đài Phát thanh và Truyền hình tỉnh Lai Châu',
    appliesTo: HIGHLAND,
    campaign: 'dcd2025',
    procedures: ['1.001193'],
    validFrom: '2025-10-01',
    cover: 'khaiSinh',
    downloads: [{ label: 'Bản phát thanh (WAV)', source: 'audioVi' }, RADIO_SCRIPT],
  },
  {
    title: 'Tshaj tawm: Sau npe yug me nyuam hauv online, tsis tas mus deb (tiếng Mông)',
    kind: 'audio',
    language: 'hmn',
    translationOf: RADIO_SPOT_TITLE,
    status: 'published',
    summary:
      'Bản tiếng Mông của tiểu phẩm phát thanh về đăng ký khai sinh trực tuyến, phát trên loa truyền thanh các bản vùng cao. Lus Hmoob: sau npe yug me nyuam ntawm VNeID.',
    body: [
      {
        p: 'Bản dịch tiếng Mông (chữ Mông La-tinh) do Đài Phát thanh và Truyền hình tỉnh thực hiện; cần người thông thạo tiếng Mông kiểm tra trước khi phát lại.',
      },
      { h2: 'Lus tshaj tawm' },
      {
        ol: [
          'Nyob zoo sawv daws! Thaum me nyuam yug los, yuav tsum sau npe yug rau me nyuam.',
          'Tam sim no tsis tas mus deb: niam lossis txiv qhib VNeID ntawm lub xov tooj.',
          'Xaiv “Sau npe yug”, thaij duab daim ntawv yug, nias xa.',
          'Xeem yuav xa daim ntawv yug los rau hauv VNeID, muaj daim npav kho mob rau me nyuam thiab.',
          'Yog tsis paub ua, thov pab pawg thev naus laus zis hauv zos pab. Tsis them nyiaj.',
        ],
      },
    ],
    script: [
      'Nyob zoo sawv daws! Thaum me nyuam yug los, yuav tsum sau npe yug rau me nyuam.',
      'Tam sim no tsis tas mus deb: niam lossis txiv qhib VNeID ntawm lub xov tooj.',
      'Yog tsis paub ua, thov pab pawg thev naus laus zis hauv zos pab.',
    ],
    topics: [2],
    audiences: ['ethnic', 'citizens'],
    owner: 'Đài Phát thanh và Truyền hình tỉnh Lai Châu',
    appliesTo: HIGHLAND,
    campaign: 'dcd2025',
    procedures: ['1.001193'],
    validFrom: '2025-10-01',
    cover: 'khaiSinhHmn',
    downloads: [
      { label: 'Bản phát thanh tiếng Mông (WAV)', source: 'audioHmn' },
      { label: 'Kịch bản phát thanh (tiếng Mông)', source: 'scriptPdf' },
    ],
  },
  {
    title: 'Chuyên mục phát thanh: Hỏi – đáp về dịch vụ công trực tuyến, số 1',
    kind: 'audio',
    status: 'published',
    summary:
      'Chuyên mục hỏi – đáp 10 phút: dịch vụ công trực tuyến là gì, cần chuẩn bị gì, làm sai thì sửa thế nào, ai hỗ trợ ở xã, phường.',
    body: [
      { h2: 'Các câu hỏi trong số này' },
      {
        ol: [
          'Không có điện thoại thông minh thì làm thế nào?',
          'Hồ sơ bị trả lại thì sửa ở đâu?',
          'Nộp trực tuyến có phải đến xã ký giấy không?',
          'Ai hướng dẫn khi bà con không đọc được tiếng Việt?',
        ],
      },
    ],
    script: [
      'Xin chào quý thính giả đến với chuyên mục Hỏi – đáp về dịch vụ công trực tuyến.',
      'Câu hỏi đầu tiên của ông Lò Văn Thoan, xã Mường Than…',
    ],
    topics: [2, 6],
    audiences: ['citizens', 'reporters'],
    owner: 'Đài Phát thanh và Truyền hình tỉnh Lai Châu',
    validFrom: '2025-08-05',
    cover: 'phatThanh',
    downloads: [{ label: 'Nhạc hiệu chuyên mục (WAV)', source: 'audioNews' }, RADIO_SCRIPT],
  },
  {
    title: 'Bản tin truyền thanh cơ sở: Cảnh giác cuộc gọi mạo danh công an yêu cầu cài ứng dụng',
    kind: 'audio',
    status: 'published',
    summary:
      'Bản tin 2 phút cho đài truyền thanh xã, phường cảnh báo thủ đoạn mạo danh công an hướng dẫn “cập nhật VNeID” để chiếm đoạt tài khoản, tiền trong ngân hàng.',
    body: [
      {
        p: 'Thời gian gần đây, đối tượng xấu gọi điện xưng là công an, yêu cầu người dân cài ứng dụng giả để “cập nhật định danh điện tử”.',
      },
      {
        ul: [
          'Công an không hướng dẫn cài ứng dụng qua điện thoại.',
          'Không bấm link lạ, không cung cấp mã OTP.',
          'Báo ngay Công an xã, phường khi nhận cuộc gọi nghi vấn.',
        ],
      },
    ],
    script: [
      'Bà con chú ý! Công an không gọi điện hướng dẫn cài ứng dụng.',
      'Không bấm đường link lạ, không đọc mã OTP cho ai.',
    ],
    topics: [3],
    audiences: ['citizens', 'ethnic'],
    owner: 'Công an tỉnh Lai Châu',
    appliesTo: ['Xã Than Uyên', 'Xã Mường Than', 'Xã Mường Kim', 'Xã Tân Uyên', 'Xã Mường Khoa'],
    validFrom: '2025-09-15',
    cover: 'antoan',
    downloads: [{ label: 'Bản tin (WAV)', source: 'audioNews' }, RADIO_SCRIPT],
  },
  {
    title: 'Phát thanh: Gương Tổ công nghệ số cộng đồng bản Nậm Tăm',
    kind: 'audio',
    status: 'draft',
    review: {
      state: 'returned',
      comment: 'Bổ sung lời dẫn bằng tiếng Mông ở đầu chương trình và kiểm tra lại tên các thành viên Tổ công nghệ số.',
    },
    summary:
      'Dự thảo bài phát thanh về Tổ công nghệ số cộng đồng bản Nậm Tăm, giúp hơn 300 lượt người dân nộp hồ sơ trực tuyến trong năm 2025; chờ xác minh số liệu.',
    body: [{ p: 'DỰ THẢO – số liệu và tên nhân vật đang được UBND xã Nậm Tăm xác minh.' }],
    topics: [7],
    audiences: ['citizens', 'digitalTeams'],
    // Drafted by the commune of the demo contributor, so their dashboard shows a returned item.
    owner: 'Xã Sìn Hồ',
    appliesTo: ['Xã Nậm Tăm'],
    validFrom: '2026-01-10',
    cover: 'phatThanh',
  },
]
