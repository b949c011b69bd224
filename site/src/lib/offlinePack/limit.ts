/**
 * The largest offline pack the publisher builds, in MB (10⁶ bytes): OFFLINE_PACK_MAX_MB, default 500.
 * A unit's pack is copied onto a USB stick and downloaded over a rural
 * connection; one larger than this is not built, and the unit page and the
 * publisher's log say why. ZIP without ZIP64 (fflate) stops at 4 GB, so the
 * setting cannot go above 4000.
 */
export const DEFAULT_OFFLINE_PACK_MAX_MB = 500
const ZIP32_MAX_MB = 4000

export function offlinePackMaxBytes(): number {
  const raw = process.env.OFFLINE_PACK_MAX_MB?.trim()
  if (!raw) return DEFAULT_OFFLINE_PACK_MAX_MB * 1e6
  const mb = Number(raw)
  if (!Number.isFinite(mb) || mb <= 0 || mb > ZIP32_MAX_MB)
    throw new Error(
      `OFFLINE_PACK_MAX_MB phải là một số MB lớn hơn 0 và không quá ${ZIP32_MAX_MB}; nhận được: "${raw}".`,
    )
  return mb * 1e6
}
