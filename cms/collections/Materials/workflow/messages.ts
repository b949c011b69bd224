import type { ReviewAction } from './states'

/** The review steps' words, for the messages the endpoints answer with. */
export const ACTION_VERB: Record<ReviewAction, string> = {
  submit: 'gửi duyệt',
  return: 'trả lại',
  approve: 'duyệt',
  withdraw: 'rút lại',
}

export const FORBIDDEN: Record<ReviewAction, string> = {
  submit:
    'Bạn không có quyền gửi duyệt tài liệu này: chỉ cộng tác viên của đơn vị chủ trì hoặc người được sửa tài liệu mới gửi được. Tài liệu giữ nguyên.',
  return:
    'Bạn không có quyền trả lại tài liệu: chỉ người duyệt, biên tập viên tỉnh hoặc quản trị mới trả lại được. Tài liệu giữ nguyên.',
  approve:
    'Bạn không có quyền duyệt tài liệu: chỉ người duyệt, biên tập viên tỉnh hoặc quản trị mới duyệt được. Tài liệu giữ nguyên.',
  withdraw:
    'Bạn không có quyền rút lại tài liệu này: chỉ cộng tác viên của đơn vị chủ trì hoặc người được sửa tài liệu mới rút lại được. Tài liệu giữ nguyên.',
}

export const ALLOWED_FROM_WORDS: Record<ReviewAction, string> = {
  submit: '«Nháp» hoặc «Trả lại»',
  return: '«Chờ duyệt»',
  approve: '«Chờ duyệt»',
  withdraw: '«Chờ duyệt»',
}
