import type { TargetFigure } from '../../reporting/types'
import { formatShare } from '../../vocabulary'

const COUNT_WORD = { units: 'đơn vị', procedures: 'thủ tục toàn trình', feedback: 'ý kiến' } as const

/** The province-level figure of a target, as a sentence: «2/4 đơn vị (50 %)» or «Chưa có số liệu». */
export function figureText(target: TargetFigure): string {
  if (target.status === 'no-data' || target.share === null) return 'Chưa có số liệu'
  return `${target.numerator}/${target.denominator} ${COUNT_WORD[target.counts]} (${formatShare(target.share)})`
}
