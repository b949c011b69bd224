export const formatCount = (n: number): string => new Intl.NumberFormat('vi-VN').format(n)
