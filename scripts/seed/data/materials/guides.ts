import { benefits, helpBlocks, onlineSteps, prepareVneid } from './fragments'
import type { MaterialSeed } from './types'

export const PUBLISHED_SAMPLE_TITLE = 'Hướng dẫn đăng ký khai sinh trực tuyến'
export const DRAFT_SAMPLE_TITLE = 'Bản nháp: Hướng dẫn cấp đổi căn cước'

const PRINT = { label: 'Bản in A4', source: 'printPdf' } as const
const SOCIAL = { label: 'Bản đăng mạng', source: 'socialImage' } as const

/** Leaflets (tờ rơi) and folded leaflets (tờ gấp): step-by-step guides for one need. */
export const GUIDE_MATERIALS: readonly MaterialSeed[] = [
  {
    title: PUBLISHED_SAMPLE_TITLE,
    kind: 'leaflet',
    status: 'published',
    summary:
      'Cha mẹ đăng ký khai sinh cho con qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID, không phải đến Bộ phận Một cửa; kết quả trả bản điện tử hoặc qua bưu điện.',
    body: [
      {
        p: 'Từ nay, cha hoặc mẹ có thể đăng ký khai sinh cho con ngay trên điện thoại. Hồ sơ được UBND xã, phường nơi cư trú giải quyết trong ngày làm việc.',
      },
      ...prepareVneid,
      {
        ul: [
          'Giấy chứng sinh (bản điện tử do cơ sở y tế chuyển hoặc ảnh chụp bản giấy).',
          'Văn bản ủy quyền nếu người đi đăng ký không phải cha, mẹ.',
        ],
      },
      ...onlineSteps('Đăng ký khai sinh'),
      { h2: 'Lợi ích' },
      benefits,
      {
        p: 'Đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh) được miễn lệ phí. Trẻ dưới 6 tuổi được cấp thẻ bảo hiểm y tế cùng lúc qua thủ tục liên thông.',
      },
      ...helpBlocks,
    ],
    topics: [2],
    audiences: ['citizens', 'ethnic', 'digitalTeams'],
    owner: 'Sở Tư pháp',
    procedures: ['1.001193', '1.012079'],
    validFrom: '2025-07-01',
    cover: 'khaiSinh',
    downloads: [PRINT, SOCIAL],
  },
  {
    title: 'Đăng ký thường trú, tạm trú trên ứng dụng VNeID',
    kind: 'leaflet',
    status: 'published',
    summary:
      'Các bước đăng ký thường trú, tạm trú và khai báo tạm vắng trực tuyến; công an xã, phường giải quyết và trả kết quả qua ứng dụng VNeID.',
    body: [
      {
        p: 'Đăng ký cư trú là thủ tục được thực hiện nhiều nhất tại xã, phường. Làm trực tuyến giúp bà con không phải chờ đợi và được nhắc khi hồ sơ cần bổ sung.',
      },
      ...prepareVneid,
      ...onlineSteps('Đăng ký thường trú'),
      { h3: 'Lưu ý' },
      {
        ul: [
          'Giấy tờ chứng minh chỗ ở hợp pháp có thể là ảnh chụp hợp đồng thuê, giấy chứng nhận quyền sử dụng đất.',
          'Khai báo tạm vắng khi đi làm ăn xa trên 12 tháng.',
        ],
      },
      ...helpBlocks,
    ],
    topics: [2],
    audiences: ['citizens', 'ethnic'],
    owner: 'Công an tỉnh Lai Châu',
    procedures: ['1.004194', '1.004222', '1.003677'],
    validFrom: '2025-07-01',
    cover: 'vneid',
    downloads: [PRINT],
    printTemplate: true,
  },
  {
    title: 'Cấp Phiếu lý lịch tư pháp qua VNeID: không phải đến Sở Tư pháp',
    kind: 'leaflet',
    status: 'published',
    summary:
      'Người dân đề nghị cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID, nộp lệ phí trực tuyến và nhận phiếu điện tử có giá trị như bản giấy.',
    body: [
      {
        p: 'Phiếu lý lịch tư pháp thường cần khi xin việc, đi học, đi lao động ở nước ngoài. Từ năm 2025, người dân có thể đề nghị cấp phiếu ngay trên ứng dụng VNeID.',
      },
      ...onlineSteps('Cấp Phiếu lý lịch tư pháp'),
      {
        p: 'Thời hạn giải quyết không quá 10 ngày làm việc. Học sinh, người có công, hộ nghèo, đồng bào dân tộc thiểu số ở vùng đặc biệt khó khăn được miễn lệ phí.',
      },
      ...helpBlocks,
    ],
    topics: [2],
    audiences: ['citizens', 'students'],
    owner: 'Sở Tư pháp',
    procedures: ['2.000986', '2.000505'],
    validFrom: '2025-03-01',
    cover: 'nopHoSo',
    downloads: [PRINT, SOCIAL],
  },
  {
    title: 'Đăng ký kết hôn: nộp hồ sơ trực tuyến, nhận giấy tại xã',
    kind: 'leaflet',
    status: 'published',
    summary:
      'Hai bên nam, nữ nộp hồ sơ đăng ký kết hôn trực tuyến, hẹn ngày cùng có mặt tại UBND xã, phường để ký và nhận Giấy chứng nhận kết hôn.',
    body: [
      {
        p: 'Đăng ký kết hôn là thủ tục trực tuyến một phần: hồ sơ nộp qua mạng, còn việc ký vào Sổ hộ tịch cần hai bên có mặt.',
      },
      ...onlineSteps('Đăng ký kết hôn'),
      { h3: 'Không cần nộp' },
      {
        ul: [
          'Giấy xác nhận tình trạng hôn nhân nếu thông tin đã có trong Cơ sở dữ liệu hộ tịch điện tử.',
          'Bản sao căn cước: cán bộ tư pháp tự khai thác dữ liệu dân cư.',
        ],
      },
      ...helpBlocks,
    ],
    topics: [2],
    audiences: ['citizens', 'ethnic'],
    owner: 'Sở Tư pháp',
    procedures: ['1.000894', '1.004873'],
    validFrom: '2025-07-01',
    cover: 'nopHoSo',
    downloads: [PRINT],
  },
  {
    title: 'Cấp đổi giấy phép lái xe trực tuyến toàn trình',
    kind: 'leaflet',
    status: 'published',
    summary:
      'Đổi giấy phép lái xe hết hạn hoặc đổi sang mẫu mới trên Cổng Dịch vụ công, dùng giấy khám sức khỏe điện tử và nhận giấy phép qua bưu điện.',
    body: [
      {
        p: 'Giấy phép lái xe do ngành Giao thông vận tải cấp trước đây được đổi trực tuyến toàn trình; từ năm 2025 hồ sơ do Công an tỉnh tiếp nhận.',
      },
      ...prepareVneid,
      ...onlineSteps('Cấp đổi giấy phép lái xe'),
      { p: 'Giấy khám sức khỏe điện tử được cơ sở y tế đồng bộ lên hệ thống; người dân không cần chụp, tải lại.' },
      ...helpBlocks,
    ],
    topics: [2],
    audiences: ['citizens', 'business'],
    owner: 'Công an tỉnh Lai Châu',
    procedures: ['1.002804', '1.002809'],
    validFrom: '2025-03-01',
    cover: 'nopHoSo',
    downloads: [PRINT],
  },
  {
    title: 'Năm bước nộp hồ sơ trên Cổng Dịch vụ công quốc gia',
    kind: 'leaflet',
    status: 'published',
    summary:
      'Tờ rơi phát tại Bộ phận Một cửa các cấp: năm bước chung cho mọi thủ tục trực tuyến, từ đăng nhập đến nhận kết quả.',
    body: [
      { p: 'Dù làm thủ tục gì, quy trình trực tuyến đều gồm năm bước giống nhau.' },
      ...onlineSteps('thủ tục cần làm'),
      { h2: 'Lợi ích' },
      benefits,
      ...helpBlocks,
    ],
    topics: [2, 6],
    audiences: ['citizens', 'business'],
    owner: 'Trung tâm Phục vụ hành chính công tỉnh',
    validFrom: '2025-08-01',
    cover: 'nopHoSo',
    downloads: [PRINT, SOCIAL],
  },
  {
    title: 'Thanh toán phí, lệ phí trực tuyến: nhanh, an toàn, được giảm',
    kind: 'leaflet',
    status: 'published',
    summary:
      'Cách thanh toán phí, lệ phí thủ tục hành chính bằng ví điện tử, ứng dụng ngân hàng trên Cổng Dịch vụ công; mức giảm khi nộp trực tuyến.',
    body: [
      {
        p: 'Nhiều loại phí, lệ phí được giảm từ 20% đến 50% khi thực hiện dịch vụ công trực tuyến, theo quy định của Bộ Tài chính và Hội đồng nhân dân tỉnh.',
      },
      { h2: 'Cách thanh toán' },
      {
        ol: [
          'Sau khi nộp hồ sơ, chọn “Thanh toán trực tuyến”.',
          'Chọn ngân hàng hoặc ví điện tử, quét mã QR.',
          'Lưu biên lai điện tử trong mục “Quản lý hồ sơ”.',
        ],
      },
      { h3: 'An toàn' },
      {
        ul: [
          'Chỉ thanh toán trên trang dichvucong.gov.vn hoặc ứng dụng VNeID.',
          'Không chuyển tiền theo yêu cầu qua điện thoại, tin nhắn.',
        ],
      },
      ...helpBlocks,
    ],
    topics: [2, 3],
    audiences: ['citizens', 'business'],
    owner: 'Sở Tài chính',
    validFrom: '2025-06-15',
    cover: 'nopHoSo',
    downloads: [PRINT],
  },
  {
    title: DRAFT_SAMPLE_TITLE,
    kind: 'leaflet',
    status: 'draft',
    summary:
      'Dự thảo tờ rơi hướng dẫn cấp đổi thẻ căn cước khi hết hạn hoặc thay đổi thông tin; chờ Công an tỉnh duyệt nội dung và lịch làm căn cước lưu động.',
    body: [
      {
        p: 'DỰ THẢO – chưa phát hành. Cấp đổi thẻ căn cước cần thu nhận sinh trắc học nên người dân đặt lịch trực tuyến rồi đến điểm thu nhận.',
      },
      ...onlineSteps('Cấp đổi thẻ căn cước'),
      { p: 'Lịch làm căn cước lưu động tại các bản vùng cao sẽ bổ sung sau khi Công an tỉnh thống nhất.' },
    ],
    topics: [2],
    audiences: ['citizens'],
    owner: 'Công an tỉnh Lai Châu',
    procedures: ['2.001145', '2.001156'],
    validFrom: '2026-01-01',
    cover: 'vneid',
  },
  {
    title: 'Tờ gấp: Dịch vụ công trực tuyến – Ở đâu cũng làm được',
    kind: 'folded-leaflet',
    status: 'published',
    summary:
      'Tờ gấp ba giới thiệu dịch vụ công trực tuyến: là gì, lợi ích, thủ tục hay dùng và nơi được hỗ trợ; phát hành dịp Ngày Chuyển đổi số quốc gia 10/10.',
    body: [
      { h2: 'Dịch vụ công trực tuyến là gì?' },
      {
        p: 'Là dịch vụ hành chính công được cung cấp qua mạng: người dân, doanh nghiệp nộp hồ sơ, theo dõi, nhận kết quả mà không phải đến cơ quan nhà nước.',
      },
      { h2: 'Vì sao nên dùng?' },
      benefits,
      { h2: 'Thủ tục hay dùng' },
      {
        ul: [
          'Đăng ký khai sinh, khai tử, kết hôn.',
          'Đăng ký thường trú, tạm trú.',
          'Cấp Phiếu lý lịch tư pháp.',
          'Cấp đổi giấy phép lái xe.',
          'Đăng ký hộ kinh doanh.',
        ],
      },
      ...helpBlocks,
    ],
    topics: [2, 6],
    audiences: ['citizens', 'ethnic', 'business'],
    owner: 'Sở Khoa học và Công nghệ',
    campaign: 'dcd2025',
    procedures: ['1.001193', '1.004194', '2.000986', '1.002804', '2.000575'],
    validFrom: '2025-10-01',
    cover: 'dcd',
    downloads: [{ label: 'Bản in tờ gấp A4 (gấp 3)', source: 'printPdf' }, SOCIAL],
  },
  {
    title: 'Tờ gấp: Bảo vệ tài khoản định danh điện tử và dữ liệu cá nhân',
    kind: 'folded-leaflet',
    status: 'published',
    summary:
      'Những việc nên làm và không nên làm để giữ an toàn tài khoản VNeID, mật khẩu, mã OTP khi dùng dịch vụ công trực tuyến.',
    body: [
      { h2: 'Nên làm' },
      {
        ul: [
          'Đặt mật khẩu mạnh, mã PIN riêng cho ứng dụng VNeID.',
          'Chỉ tải ứng dụng từ kho ứng dụng chính thức.',
          'Đăng xuất khi dùng máy tính chung ở điểm bưu điện văn hóa xã.',
        ],
      },
      { h2: 'Không nên làm' },
      {
        ul: [
          'Không cung cấp mã OTP, mật khẩu cho bất kỳ ai, kể cả người xưng là công an.',
          'Không bấm vào đường link lạ gửi qua tin nhắn, Zalo, Facebook.',
          'Không nhờ người lạ làm hộ thủ tục.',
        ],
      },
      { h2: 'Khi nghi bị lộ tài khoản' },
      {
        ol: [
          'Đổi mật khẩu ngay trên ứng dụng.',
          'Báo Công an xã, phường nơi cư trú.',
          'Gọi tổng đài 18001096 để được hướng dẫn khóa tài khoản tạm thời.',
        ],
      },
    ],
    topics: [3],
    audiences: ['citizens', 'students', 'ethnic'],
    owner: 'Công an tỉnh Lai Châu',
    validFrom: '2025-05-01',
    cover: 'antoan',
    downloads: [{ label: 'Bản in tờ gấp A4 (gấp 3)', source: 'printPdf' }],
  },
  {
    title: 'Tờ gấp: Hộ kinh doanh đăng ký trực tuyến, có kết quả trong 3 ngày',
    kind: 'folded-leaflet',
    status: 'published',
    summary:
      'Hướng dẫn hộ kinh doanh, hợp tác xã đăng ký thành lập và thay đổi nội dung đăng ký trực tuyến, nhận giấy chứng nhận điện tử trong 3 ngày làm việc.',
    body: [
      { p: 'Đăng ký hộ kinh doanh do UBND xã, phường giải quyết. Nộp trực tuyến được miễn lệ phí đăng ký.' },
      ...onlineSteps('Đăng ký thành lập hộ kinh doanh'),
      { h3: 'Sau khi đăng ký' },
      {
        ul: [
          'Mã số thuế của hộ kinh doanh được cấp cùng giấy chứng nhận.',
          'Hộ kinh doanh có thể xuất hóa đơn điện tử khởi tạo từ máy tính tiền.',
        ],
      },
      ...helpBlocks,
    ],
    topics: [2],
    audiences: ['business'],
    owner: 'Sở Tài chính',
    procedures: ['2.000575', '2.000720', '1.005386'],
    validFrom: '2025-07-15',
    cover: 'doanhNghiep',
    downloads: [PRINT],
  },
  {
    title: 'Tờ gấp: Ba thủ tục trong một lần nộp cho trẻ dưới 6 tuổi',
    kind: 'folded-leaflet',
    status: 'published',
    summary:
      'Thủ tục liên thông đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi: một lần nộp, ba kết quả.',
    body: [
      {
        p: 'Nhóm thủ tục liên thông giúp cha mẹ chỉ khai thông tin một lần. Hệ thống tự chuyển hồ sơ giữa tư pháp, công an và bảo hiểm xã hội.',
      },
      ...prepareVneid,
      ...onlineSteps('Liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ BHYT cho trẻ em dưới 6 tuổi'),
      {
        ul: [
          'Kết quả 1: Giấy khai sinh bản điện tử.',
          'Kết quả 2: Trẻ được đăng ký thường trú, có số định danh cá nhân.',
          'Kết quả 3: Thẻ bảo hiểm y tế trên ứng dụng VNeID.',
        ],
      },
      ...helpBlocks,
    ],
    topics: [2],
    audiences: ['citizens', 'ethnic', 'digitalTeams'],
    owner: 'Sở Tư pháp',
    procedures: ['1.012079', '1.001193', '1.004194', '1.011633'],
    validFrom: '2025-07-01',
    cover: 'khaiSinh',
    downloads: [PRINT],
  },
  {
    title: 'Tờ gấp cho người cao tuổi: con cháu, Tổ công nghệ số cộng đồng cùng giúp',
    kind: 'folded-leaflet',
    status: 'draft',
    summary:
      'Dự thảo tờ gấp chữ lớn cho người cao tuổi: nhờ con cháu hoặc Tổ công nghệ số cộng đồng làm thủ tục trực tuyến an toàn, đúng quy định.',
    body: [
      { p: 'DỰ THẢO – đang lấy ý kiến Hội Người cao tuổi tỉnh về cỡ chữ và hình minh họa.' },
      {
        ul: [
          'Con cháu có thể nộp hồ sơ thay khi có văn bản ủy quyền.',
          'Tổ công nghệ số cộng đồng hướng dẫn miễn phí tại nhà văn hóa thôn, bản.',
          'Không đưa điện thoại, mật khẩu cho người lạ.',
        ],
      },
    ],
    topics: [2, 6],
    audiences: ['citizens', 'digitalTeams'],
    owner: 'Sở Khoa học và Công nghệ',
    validFrom: '2026-02-01',
    cover: 'congDong',
  },
]
