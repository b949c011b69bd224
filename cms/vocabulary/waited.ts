/** «chờ 3 giờ», «chờ 2 ngày», «chờ 5 phút»: how long something has waited since `iso`. */
export function waitedFor(iso: string, at: Date = new Date()): string {
  const minutes = Math.max(0, Math.floor((at.getTime() - Date.parse(iso)) / 60_000))
  if (minutes < 1) return 'chờ chưa đến 1 phút'
  if (minutes < 60) return `chờ ${minutes} phút`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `chờ ${hours} giờ`
  return `chờ ${Math.floor(hours / 24)} ngày`
}
