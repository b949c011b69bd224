import type { MaterialSeed } from './types'

/**
 * Notices about one village or commune, as communes post them: their place
 * names are what highland citizens type into the search («nam tam», «tam duong»),
 * and the search query set (tests/e2e/searchQueries.ts) looks them up.
 */
export const PLACE_MATERIALS: readonly MaterialSeed[] = [
  {
    title: 'Bản Nậm Tăm: điểm hỗ trợ dịch vụ công tại nhà văn hóa bản',
    kind: 'poster',
    status: 'published',
    summary:
      'Thông báo dán tại nhà văn hóa bản Nậm Tăm: lịch Tổ công nghệ số cộng đồng hỗ trợ bà con cài VNeID và nộp hồ sơ trực tuyến, có người nói tiếng Mông, tiếng Dao.',
    body: [
      {
        p: 'Từ tháng 12/2025, bản Nậm Tăm có điểm hỗ trợ dịch vụ công đặt tại nhà văn hóa bản, mở vào sáng thứ Ba và chiều thứ Sáu hằng tuần.',
      },
      {
        ul: [
          'Mang theo điện thoại và căn cước của người cần làm thủ tục.',
          'Thành viên Tổ công nghệ số cộng đồng của bản hướng dẫn bằng tiếng Mông, tiếng Dao.',
          'Hồ sơ nộp xong được UBND xã Nậm Tăm giải quyết, kết quả gửi về ứng dụng VNeID.',
        ],
      },
    ],
    topics: [7],
    audiences: ['citizens', 'ethnic'],
    owner: 'Xã Nậm Tăm',
    appliesTo: ['Xã Nậm Tăm'],
    validFrom: '2025-12-01',
    cover: 'congDong',
  },
  {
    title: 'Xã Tam Đường: nộp hồ sơ trong phiên chợ thứ Bảy',
    kind: 'poster',
    status: 'published',
    summary:
      'UBND xã Tam Đường đặt bàn hỗ trợ nộp hồ sơ trực tuyến tại phiên chợ sáng thứ Bảy ở bản Hợp 1, để bà con đi chợ làm thủ tục luôn, không phải về xã.',
    body: [
      {
        p: 'Bàn hỗ trợ có máy tính, máy quét giấy tờ và cán bộ Bộ phận Một cửa xã Tam Đường, mở từ 7 giờ đến 11 giờ mỗi sáng thứ Bảy.',
      },
      {
        ul: [
          'Thủ tục hay làm: khai sinh, thường trú, tạm trú, chứng thực.',
          'Ai chưa có tài khoản định danh điện tử được cán bộ giúp tạo ngay tại bàn.',
        ],
      },
    ],
    topics: [7, 2],
    audiences: ['citizens', 'ethnic'],
    owner: 'Xã Tam Đường',
    appliesTo: ['Xã Tam Đường'],
    validFrom: '2025-11-15',
    cover: 'congDong',
  },
]
