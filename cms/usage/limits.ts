/**
 * The usage counters' numbers (issue 17). The README's «Đếm lượt sử dụng» section quotes them.
 *
 * Counts are summed in memory and written every FLUSH_INTERVAL_MS: a crash loses at most that window.
 * A flood cannot grow the database without bound: per day, an embedding host gets at most
 * ROWS_PER_HOST_PER_DAY counter rows (material × event), and at most UNKNOWN_HOSTS_PER_DAY hosts that
 * are no unit's portal get rows of their own; anything beyond is counted under OTHER_HOSTS, whose own
 * rows are capped the same way (beyond that the beacon is dropped). So embed rows a day stay under
 * (portal hosts + UNKNOWN_HOSTS_PER_DAY + 1) × ROWS_PER_HOST_PER_DAY, whatever is sent.
 */
export const FLUSH_INTERVAL_MS = 5_000

/** Counter rows one embedding host may add in one day (a portal showing 100 materials, both embed kinds). */
export const ROWS_PER_HOST_PER_DAY = 200

/** Hosts that are no unit's portal (a news site, a blog) that get rows of their own in one day. */
export const UNKNOWN_HOSTS_PER_DAY = 50

/** The host bucket for embeds beyond the caps. */
export const OTHER_HOSTS = '(khác)'

/** A beacon body is a few dozen bytes; anything larger is refused unread. */
export const MAX_BEACON_BYTES = 1024

/** Beacons one address may send: a steady rate a second and a burst a minute (in memory, never stored). */
export const BEACONS_PER_SECOND = 20
export const BEACON_BURST_PER_MINUTE = 300

/** How long the set of published materials (and their files) is trusted before it is read again. */
export const PUBLISHED_INDEX_TTL_MS = 60_000

/** A beacon naming an unknown material re-reads the set at most this often (a new publication counts at once). */
export const PUBLISHED_INDEX_MISS_REFRESH_MS = 5_000
