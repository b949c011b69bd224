/**
 * The feedback intake's numbers (issue 19). The README's «Góp ý của người dân» section quotes them.
 */

/** A challenge must be solved and sent within this time. */
export const CHALLENGE_TTL_SECONDS = 10 * 60

/**
 * Proof of work: SHA-256 over a random nonce and a counter the browser must find, drawn between these
 * (about 0.2–1 s in a phone's browser with the widget's workers; a few tenths of a second in Node).
 */
export const POW_COUNTER_MIN = 5_000
export const POW_COUNTER_MAX = 25_000

/** Challenges one address may fetch a minute (a page asks for one; a reload another). */
export const CHALLENGES_PER_ADDRESS_PER_MINUTE = 30

/** Submissions one address may make (solved or not, JS or not): this many a minute, and this many an hour. */
export const POSTS_PER_ADDRESS_PER_MINUTE = 5
export const POSTS_PER_ADDRESS_PER_HOUR = 30

/** Submissions of every address together in one minute: a flood from many addresses stops here. */
export const POSTS_PER_MINUTE_GLOBAL = 120

/** A request body larger than this is refused unread (the text's 2,000 characters are at most ≈ 8 kB). */
export const MAX_BODY_BYTES = 16 * 1024

/** More links than this in the text and it is refused, with the reason. */
export const MAX_LINKS = 2

/** The no-JS path's ticket: accepted only this long after it was issued (a person reads and presses the button)… */
export const TICKET_MIN_AGE_SECONDS = 5
/** …and no longer than this. */
export const TICKET_MAX_AGE_SECONDS = 10 * 60

/** Spent challenges and tickets remembered in memory (beyond, the oldest are forgotten; they expire anyway). */
export const SPENT_MEMORY = 100_000
