/**
 * The plan's feedback target («100 % ý kiến góp ý … được tiếp thu công khai») and the helpfulness
 * counts, from plain records: pure, unit-tested without a database. The loader is feedbackSources.ts.
 *
 * Answered rate = (answered in public + answered privately, the answer approved) / (received in the
 * year − not published as spam). A duplicate, abusive or personal-data item not published still counts
 * as received and not answered: the plan asks that every citizen's feedback be acted on.
 */
import type { DocId } from '../vocabulary/ids'
import type { FeedbackTally, ReportingUnit, TargetFigure } from './types'
import { applicableUnits, shareOf } from './standing'
import { targetDefinition } from './targets'

export type { FeedbackTally }

/** One feedback item received during the year, as the figures need it. */
export interface FeedbackRecord {
  /** The answering unit (the material's owner); null for a procedure's item: the province answers. */
  unit: string | null
  status: string
  rejectReason: string | null
  answerState: string | null
}

/** «Có» / «Không» clicks on one material's (or procedure's) page during the year. */
export interface HelpfulnessRecord {
  material: string | null
  procedure: string | null
  /** The material's owning unit; null for a procedure or a material without one. */
  unit: string | null
  helpful: number
  notHelpful: number
}

export const emptyTally = (): FeedbackTally => ({
  received: 0,
  spam: 0,
  answeredPublic: 0,
  answeredPrivate: 0,
  notPublished: 0,
  open: 0,
  helpful: 0,
  notHelpful: 0,
})

export const answeredOf = (t: FeedbackTally): number => t.answeredPublic + t.answeredPrivate
/** The rate's denominator: everything received but spam. */
export const countedOf = (t: FeedbackTally): number => t.received - t.spam

function addItem(tally: FeedbackTally, item: FeedbackRecord): void {
  tally.received++
  const approved = item.answerState === 'approved'
  if (item.status === 'not-published') {
    if (item.rejectReason === 'spam') tally.spam++
    else tally.notPublished++
  } else if (item.status === 'answered' && approved) tally.answeredPublic++
  else if (item.status === 'answered-private' && approved) tally.answeredPrivate++
  else tally.open++
}

/** Each unit's tally (by id as a string) and the province's (every item, procedures' included). */
export function tallyFeedback(
  items: readonly FeedbackRecord[],
  helpfulness: readonly HelpfulnessRecord[],
): { byUnit: Map<string, FeedbackTally>; province: FeedbackTally } {
  const byUnit = new Map<string, FeedbackTally>()
  const province = emptyTally()
  const of = (unit: string): FeedbackTally => {
    const found = byUnit.get(unit) ?? emptyTally()
    byUnit.set(unit, found)
    return found
  }
  for (const item of items) {
    addItem(province, item)
    if (item.unit) addItem(of(item.unit), item)
  }
  for (const row of helpfulness) {
    province.helpful += row.helpful
    province.notHelpful += row.notHelpful
    if (!row.unit) continue
    of(row.unit).helpful += row.helpful
    of(row.unit).notHelpful += row.notHelpful
  }
  return { byUnit, province }
}

const helpfulnessText = (t: FeedbackTally): string =>
  t.helpful + t.notHelpful > 0 ? ` «Tài liệu có giúp ích?»: ${t.helpful} Có, ${t.notHelpful} Không.` : ''

/** How one tally reads: «3/4 ý kiến đã được trả lời (2 công khai, 1 riêng); 1 ý kiến đang chờ.» */
export function tallyText(t: FeedbackTally): string {
  const answered = answeredOf(t)
  const waiting = t.open > 0 ? `; ${t.open} ý kiến đang chờ trả lời` : ''
  const dropped = t.notPublished > 0 ? `; ${t.notPublished} ý kiến không đăng` : ''
  return `${answered}/${countedOf(t)} ý kiến đã được trả lời (${t.answeredPublic} công khai, ${t.answeredPrivate} riêng)${waiting}${dropped}.${helpfulnessText(t)}`
}

export const FEEDBACK_NONE = 'Chưa nhận ý kiến góp ý nào của người dân trong năm.'

/**
 * The target: the province's figure counts feedback items (answered / received but spam); a unit
 * meets it when every item it received was answered, and has no data when it received none.
 */
export function feedbackTarget(
  units: readonly ReportingUnit[],
  byUnit: Map<string, FeedbackTally>,
  province: FeedbackTally,
): TargetFigure {
  const definition = targetDefinition('feedback')
  const rows = applicableUnits(definition, units).map((unit) => {
    const tally = byUnit.get(String(unit.id)) ?? emptyTally()
    const answered = answeredOf(tally)
    const counted = countedOf(tally)
    if (counted === 0)
      return {
        unit: unit.id as DocId,
        standing: 'no-data' as const,
        detail: `${FEEDBACK_NONE}${helpfulnessText(tally)}`,
        evidence: 0,
      }
    return {
      unit: unit.id as DocId,
      standing: answered === counted ? ('met' as const) : ('not-yet' as const),
      detail: tallyText(tally),
      evidence: answered,
    }
  })
  const answered = answeredOf(province)
  const counted = countedOf(province)
  // Nothing received: no figure to judge by (never a made-up 0 % or 100 %), and the reason.
  if (counted === 0)
    return {
      ...definition,
      status: 'no-data',
      note: FEEDBACK_NONE,
      numerator: null,
      denominator: null,
      share: null,
      units: rows,
    }
  return {
    ...definition,
    status: 'measured',
    note: tallyText(province),
    numerator: answered,
    denominator: counted,
    share: shareOf(answered, counted),
    units: rows,
  }
}
