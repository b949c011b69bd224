/**
 * Pure rules behind the targets: the year's bounds in Vietnam's time zone, shares, and how a
 * target's figure follows from its units' standings. No Payload import (unit-tested directly).
 */
import { TIME_ZONE } from '../vocabulary/dates'
import type { TargetDefinition } from './targets'
import type { ReportingUnit, TargetFigure, UnitTargetRow } from './types'

export const collator = new Intl.Collator('vi')

export interface YearRange {
  year: number
  /** 'YYYY-01-01' and 'YYYY-12-31': the days of the year, as usage counters name them. */
  from: string
  to: string
  /** The instants the year starts and the next one starts, in Asia/Ho_Chi_Minh (UTC+7, no DST). */
  start: Date
  end: Date
  deadline: string
}

export function yearRange(year: number): YearRange {
  if (!Number.isInteger(year) || year < 2000 || year > 2999) throw new Error(`Invalid year ${year}`)
  return {
    year,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    start: new Date(`${year}-01-01T00:00:00+07:00`),
    end: new Date(`${year + 1}-01-01T00:00:00+07:00`),
    deadline: `${year}-12-15`,
  }
}

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** 'YYYY-MM-DD' of an instant in Vietnam; '' for no date or an invalid one. */
export function dayOf(value: string | Date | null | undefined): string {
  if (!value) return ''
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? '' : dayFormat.format(date)
}

/** The calendar year (in Vietnam) of an instant. */
export function yearOf(value: Date): number {
  return Number(dayOf(value).slice(0, 4))
}

/** Whether an instant falls inside the year (start inclusive, end exclusive). */
export function inYear(value: string | Date | null | undefined, range: YearRange): boolean {
  if (!value) return false
  const time = (value instanceof Date ? value : new Date(value)).getTime()
  return time >= range.start.getTime() && time < range.end.getTime()
}

export function shareOf(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator
}

export const byUnitName = (a: ReportingUnit, b: ReportingUnit): number => collator.compare(a.name, b.name)

/** The units a target applies to, in Vietnamese name order. */
export function applicableUnits(definition: TargetDefinition, units: readonly ReportingUnit[]): ReportingUnit[] {
  return units.filter((unit) => definition.unitTypes.includes(unit.type)).sort(byUnitName)
}

export type Judge = (unit: ReportingUnit) => Omit<UnitTargetRow, 'unit'>

/**
 * A target counted in units: every applicable unit is judged; the figure is the units that met it
 * over all applicable units (a unit with no data counts as not met: the plan asks for 100 %).
 */
export function unitTarget(
  definition: TargetDefinition,
  units: readonly ReportingUnit[],
  judge: Judge,
  extra: Partial<TargetFigure> = {},
): TargetFigure {
  const rows = applicableUnits(definition, units).map((unit) => ({ unit: unit.id, ...judge(unit) }))
  const met = rows.filter((row) => row.standing === 'met').length
  return {
    ...definition,
    status: 'measured',
    numerator: met,
    denominator: rows.length,
    share: shareOf(met, rows.length),
    units: rows,
    ...extra,
  }
}

/** A target the library cannot measure (yet): no figure, every unit 'no-data', and why. */
export function noDataTarget(
  definition: TargetDefinition,
  units: readonly ReportingUnit[],
  note: string,
): TargetFigure {
  return {
    ...definition,
    status: 'no-data',
    note,
    numerator: null,
    denominator: null,
    share: null,
    units: applicableUnits(definition, units).map((unit) => ({
      unit: unit.id,
      standing: 'no-data',
      detail: note,
      evidence: 0,
    })),
  }
}

/** met when there is evidence, else not-yet, with the detail for each case. */
export function metWhen(evidence: number, metDetail: string, notYetDetail: string): Omit<UnitTargetRow, 'unit'> {
  return evidence > 0
    ? { standing: 'met', detail: metDetail, evidence }
    : { standing: 'not-yet', detail: notYetDetail, evidence: 0 }
}
