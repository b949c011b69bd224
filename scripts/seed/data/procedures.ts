import type { Procedure } from '@dvctt/cms/payload-types'

/**
 * Administrative procedures often asked about at Lai Châu's one-stop desks.
 * Codes follow the national database's d.dddddd format; names and fields are
 * those of the national catalogue.
 */
export interface ProcedureSeed {
  code: string
  name: string
  field: string
  onlineLevel: Procedure['onlineLevel']
  implementingLevel: Procedure['implementingLevel']
}

type Row = readonly [
  code: string,
  name: string,
  field: string,
  online: 'full' | 'partial',
  level: 'province' | 'commune',
]

const ROWS: readonly Row[] = [
  // Hộ tịch (civil status) — commune level
  ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'full', 'commune'],
  ['1.000894', 'Đăng ký kết hôn', 'Hộ tịch', 'partial', 'commune'],
  ['1.000656', 'Đăng ký khai tử', 'Hộ tịch', 'full', 'commune'],
  ['1.004746', 'Đăng ký nhận cha, mẹ, con', 'Hộ tịch', 'partial', 'commune'],
  ['1.004859', 'Đăng ký lại khai sinh', 'Hộ tịch', 'full', 'commune'],
  ['1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch', 'full', 'commune'],
  ['1.004884', 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch', 'full', 'commune'],
  ['1.000689', 'Thay đổi, cải chính, bổ sung thông tin hộ tịch', 'Hộ tịch', 'full', 'commune'],
  ['1.001022', 'Đăng ký giám hộ', 'Hộ tịch', 'partial', 'commune'],
  ['1.000593', 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'Hộ tịch', 'partial', 'commune'],
  ['1.000419', 'Đăng ký khai sinh có yếu tố nước ngoài', 'Hộ tịch', 'partial', 'commune'],
  // Chứng thực (certification)
  ['2.000815', 'Cấp bản sao có chứng thực từ bản chính giấy tờ, văn bản', 'Chứng thực', 'partial', 'commune'],
  ['2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'Chứng thực', 'partial', 'commune'],
  [
    '2.001035',
    'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở',
    'Chứng thực',
    'partial',
    'commune',
  ],
  ['2.000927', 'Cấp bản sao từ sổ gốc', 'Chứng thực', 'full', 'commune'],
  // Lý lịch tư pháp (criminal record certificates) — province level
  [
    '2.000505',
    'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    'Lý lịch tư pháp',
    'full',
    'province',
  ],
  ['2.000488', 'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', 'Lý lịch tư pháp', 'full', 'province'],
  ['2.000986', 'Cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID', 'Lý lịch tư pháp', 'full', 'province'],
  // Cư trú, căn cước (residence, identity) — police
  ['1.004194', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú', 'full', 'commune'],
  ['1.004222', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú', 'full', 'commune'],
  ['1.003677', 'Khai báo tạm vắng', 'Đăng ký, quản lý cư trú', 'full', 'commune'],
  ['1.004206', 'Xóa đăng ký thường trú', 'Đăng ký, quản lý cư trú', 'full', 'commune'],
  ['1.010032', 'Thông báo lưu trú', 'Đăng ký, quản lý cư trú', 'full', 'commune'],
  ['1.010045', 'Xác nhận thông tin về cư trú', 'Đăng ký, quản lý cư trú', 'full', 'commune'],
  ['2.001145', 'Cấp đổi thẻ căn cước', 'Căn cước', 'partial', 'province'],
  ['2.001156', 'Cấp lại thẻ căn cước', 'Căn cước', 'partial', 'province'],
  ['1.012345', 'Cấp thẻ căn cước cho người dưới 14 tuổi', 'Căn cước', 'partial', 'province'],
  ['1.011489', 'Cấp hộ chiếu phổ thông trong nước', 'Xuất nhập cảnh', 'full', 'province'],
  // Đường bộ (road transport)
  ['1.002804', 'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'Giao thông vận tải', 'full', 'province'],
  ['1.002809', 'Cấp lại giấy phép lái xe', 'Giao thông vận tải', 'full', 'province'],
  ['1.001777', 'Đăng ký xe lần đầu', 'Giao thông vận tải', 'partial', 'commune'],
  ['1.001788', 'Thu hồi đăng ký, biển số xe', 'Giao thông vận tải', 'full', 'commune'],
  ['1.000664', 'Cấp phù hiệu xe kinh doanh vận tải', 'Giao thông vận tải', 'full', 'province'],
  // Đất đai, xây dựng, môi trường
  [
    '1.004227',
    'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    'Đất đai',
    'partial',
    'province',
  ],
  ['1.004269', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất', 'Đất đai', 'partial', 'province'],
  ['1.001990', 'Cung cấp thông tin, dữ liệu đất đai', 'Đất đai', 'full', 'province'],
  [
    '1.003003',
    'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
    'Đăng ký biện pháp bảo đảm',
    'full',
    'province',
  ],
  ['1.009972', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'Xây dựng', 'partial', 'commune'],
  ['1.009994', 'Cấp giấy phép xây dựng sửa chữa, cải tạo công trình', 'Xây dựng', 'partial', 'province'],
  ['1.010727', 'Đăng ký môi trường', 'Môi trường', 'full', 'commune'],
  // Doanh nghiệp, hộ kinh doanh, đầu tư
  ['2.001610', 'Đăng ký thành lập doanh nghiệp tư nhân', 'Thành lập và hoạt động doanh nghiệp', 'full', 'province'],
  [
    '2.002035',
    'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    'Thành lập và hoạt động doanh nghiệp',
    'full',
    'province',
  ],
  [
    '2.001199',
    'Đăng ký thay đổi nội dung đăng ký doanh nghiệp',
    'Thành lập và hoạt động doanh nghiệp',
    'full',
    'province',
  ],
  ['2.000575', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động hộ kinh doanh', 'full', 'commune'],
  [
    '2.000720',
    'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    'Thành lập và hoạt động hộ kinh doanh',
    'full',
    'commune',
  ],
  ['1.005386', 'Đăng ký thành lập hợp tác xã', 'Thành lập và hoạt động hợp tác xã', 'full', 'commune'],
  ['1.009645', 'Cấp Giấy chứng nhận đăng ký đầu tư', 'Đầu tư tại Việt Nam', 'partial', 'province'],
  // Xã hội, người có công, lao động
  ['1.001776', 'Trợ cấp xã hội hằng tháng đối với đối tượng bảo trợ xã hội', 'Bảo trợ xã hội', 'full', 'commune'],
  ['1.001758', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'Bảo trợ xã hội', 'full', 'commune'],
  [
    '1.010806',
    'Giải quyết chế độ trợ cấp một lần đối với thân nhân người có công',
    'Người có công',
    'partial',
    'province',
  ],
  ['1.000401', 'Đăng ký hưởng trợ cấp thất nghiệp', 'Việc làm', 'full', 'province'],
  ['1.001612', 'Cấp giấy phép lao động cho người lao động nước ngoài', 'Việc làm', 'full', 'province'],
  ['1.011633', 'Đăng ký, cấp lại, điều chỉnh thông tin thẻ bảo hiểm y tế', 'Bảo hiểm y tế', 'full', 'commune'],
  [
    '1.012079',
    'Liên thông thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    'Hộ tịch',
    'full',
    'commune',
  ],
  [
    '1.012088',
    'Liên thông thủ tục hành chính: đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, hỗ trợ chi phí mai táng',
    'Hộ tịch',
    'full',
    'commune',
  ],
  // Giáo dục, y tế, văn hóa
  ['1.005092', 'Đăng ký dự thi tốt nghiệp trung học phổ thông', 'Giáo dục và Đào tạo', 'full', 'province'],
  ['1.005088', 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'Giáo dục và Đào tạo', 'full', 'province'],
  ['1.001088', 'Chuyển trường đối với học sinh trung học phổ thông', 'Giáo dục và Đào tạo', 'full', 'province'],
  ['1.002474', 'Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh', 'Khám bệnh, chữa bệnh', 'partial', 'province'],
  ['1.001029', 'Cấp giấy phép tổ chức lễ hội truyền thống', 'Văn hóa', 'full', 'province'],
  ['1.003622', 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ lưu trú du lịch', 'Du lịch', 'full', 'province'],
  // Nông nghiệp, tài chính, nội vụ
  [
    '1.003955',
    'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản',
    'Nông nghiệp',
    'full',
    'province',
  ],
  ['1.008004', 'Phê duyệt phương án trồng rừng thay thế', 'Lâm nghiệp', 'partial', 'province'],
  ['1.005458', 'Cấp mã số đơn vị có quan hệ với ngân sách', 'Tài chính', 'full', 'province'],
  [
    '1.009340',
    'Tặng Giấy khen của Chủ tịch UBND cấp xã về thành tích thực hiện nhiệm vụ chính trị',
    'Thi đua, khen thưởng',
    'partial',
    'commune',
  ],
  ['1.001167', 'Công nhận thôn, bản văn hóa', 'Văn hóa cơ sở', 'partial', 'commune'],
  ['2.002226', 'Giải quyết khiếu nại lần đầu tại cấp xã', 'Giải quyết khiếu nại', 'partial', 'commune'],
]

export const nationalPortalUrl = (code: string): string =>
  `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`

/**
 * The department that receives each province-level field's procedures (its
 * "cơ quan thực hiện"); commune-level procedures go to every commune and ward.
 */
export const FIELD_AGENCY: Readonly<Record<string, string>> = {
  'Căn cước': 'Công an tỉnh Lai Châu',
  'Xuất nhập cảnh': 'Công an tỉnh Lai Châu',
  'Du lịch': 'Sở Văn hóa, Thể thao và Du lịch',
  'Văn hóa': 'Sở Văn hóa, Thể thao và Du lịch',
  'Giao thông vận tải': 'Sở Xây dựng',
  'Xây dựng': 'Sở Xây dựng',
  'Giáo dục và Đào tạo': 'Sở Giáo dục và Đào tạo',
  'Khám bệnh, chữa bệnh': 'Sở Y tế',
  'Lâm nghiệp': 'Sở Nông nghiệp và Môi trường',
  'Nông nghiệp': 'Sở Nông nghiệp và Môi trường',
  'Đất đai': 'Sở Nông nghiệp và Môi trường',
  'Đăng ký biện pháp bảo đảm': 'Sở Nông nghiệp và Môi trường',
  'Lý lịch tư pháp': 'Sở Tư pháp',
  'Người có công': 'Sở Nội vụ',
  'Việc làm': 'Sở Nội vụ',
  'Thành lập và hoạt động doanh nghiệp': 'Sở Tài chính',
  'Đầu tư tại Việt Nam': 'Sở Tài chính',
  'Tài chính': 'Sở Tài chính',
}

export const PROCEDURE_SEEDS: readonly ProcedureSeed[] = ROWS.map(
  ([code, name, field, onlineLevel, implementingLevel]) => ({
    code,
    name,
    field,
    onlineLevel,
    implementingLevel,
  }),
)
