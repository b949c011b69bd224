/**
 * The plan's reporting rule (section VI.9): each unit reports its year's results
 * «trước ngày 15/12». Years are calendar years in Asia/Ho_Chi_Minh (UTC+7, no
 * daylight saving), so the deadline is the end of 15 December there.
 */

const VIETNAM_OFFSET_HOURS = 7

/** The first instant after the deadline: 16/12/<year> 00:00 in Vietnam. */
export function reportDeadline(year: number): Date {
  return new Date(Date.UTC(year, 11, 16, -VIETNAM_OFFSET_HOURS))
}

/** The year's first and last instants in Vietnam, as ISO strings for queries. */
export function yearRange(year: number): { from: string; to: string } {
  return {
    from: new Date(Date.UTC(year, 0, 1, -VIETNAM_OFFSET_HOURS)).toISOString(),
    to: new Date(Date.UTC(year + 1, 0, 1, -VIETNAM_OFFSET_HOURS) - 1).toISOString(),
  }
}

/** The calendar year in Vietnam at `at`. */
export function vietnamYear(at: Date): number {
  return new Date(at.getTime() + VIETNAM_OFFSET_HOURS * 3600_000).getUTCFullYear()
}

export type SubmissionStanding = 'submitted' | 'submitted-late' | 'not-yet' | 'late'

/** Where a unit stands for a year's report at `now`. */
export function submissionStanding(
  year: number,
  submission: { state?: string | null; submittedAt?: string | null } | undefined,
  now: Date,
): SubmissionStanding {
  const deadline = reportDeadline(year)
  if (submission?.state === 'submitted') {
    const at = submission.submittedAt ? new Date(submission.submittedAt) : undefined
    return at && at >= deadline ? 'submitted-late' : 'submitted'
  }
  return now >= deadline ? 'late' : 'not-yet'
}

export const STANDING_LABELS: Record<SubmissionStanding, string> = {
  submitted: 'Đã nộp',
  'submitted-late': 'Nộp muộn',
  'not-yet': 'Chưa nộp',
  late: 'Quá hạn, chưa nộp',
}
