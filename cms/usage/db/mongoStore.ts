import type { Payload } from 'payload'

import type { CounterEvent } from '../../vocabulary/usage'
import { EMBED_EVENTS } from '../../vocabulary/usage'
import { type CounterKey, type CounterStore, counterKey, type SumRow } from './types'

type Doc = Record<string, unknown>
interface CounterModel {
  bulkWrite(operations: Doc[], options: { ordered: boolean }): Promise<unknown>
  aggregate(pipeline: Doc[]): { exec(): Promise<Doc[]> } & PromiseLike<Doc[]>
  base: { Types: { ObjectId: new (id: string) => unknown } }
  find(filter: Doc, projection: Doc): { lean(): Promise<Doc[]> }
}

const isObjectId = (id: string): boolean => /^[0-9a-f]{24}$/.test(id)
const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value))
const FIELDS = { day: 'day', material: 'material', procedure: 'procedure', event: 'event', host: 'host' } as const

/** The indexes of a bulk write's operations refused only for a duplicate key; undefined for any other error. */
function duplicateKeyIndexes(error: unknown): number[] | undefined {
  const writeErrors = (error as { writeErrors?: { index: number; code: number }[] | { index: number; code: number } })
    ?.writeErrors
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : []
  if (list.length === 0 || list.some((entry) => entry.code !== 11000)) return undefined
  return list.map((entry) => entry.index)
}

/**
 * MongoDB: an upsert with `$inc` on the unique key (mongoose casts the ids to the schema's ObjectIds),
 * and sums by `$group` with `$sum` only (FerretDB lacks `$min`/`$max`). Both are in mongo-java-server and
 * FerretDB, the servers the tests run on.
 */
export function mongoCounterStore(payload: Payload, slug: string): CounterStore {
  const model = (payload.db as unknown as { collections: Record<string, CounterModel> }).collections[slug]
  if (!model) throw new Error(`No MongoDB model for ${slug}`)
  const ObjectId = model.base.Types.ObjectId
  return {
    async add(increments) {
      if (increments.length === 0) return
      const now = new Date()
      const ops = increments.map((row) => ({
        updateOne: {
          filter: { key: counterKey(row) },
          update: {
            $inc: { count: row.count },
            $set: { updatedAt: now },
            $setOnInsert: {
              day: row.day,
              material: row.material === '' ? null : row.material,
              procedure: row.procedure ? row.procedure : null,
              event: row.event,
              file: row.file === '' ? null : row.file,
              host: row.host,
              createdAt: now,
            },
          },
          upsert: true,
        },
      }))
      try {
        await model.bulkWrite(ops, { ordered: false })
      } catch (error) {
        // Two upserts of a new key at once: MongoDB retries the loser itself, FerretDB reports E11000.
        // The other's insert is there now, so only the refused operations are sent again (as updates).
        const refused = duplicateKeyIndexes(error)
        if (!refused) throw error
        await model.bulkWrite(
          ops.filter((_, index) => refused.includes(index)),
          { ordered: false },
        )
      }
    },
    async sum({ from, to, by, events, withHost, materials }) {
      const match: Doc = { day: { $gte: from, $lte: to } }
      if (events?.length) match.event = { $in: [...events] }
      if (withHost) match.host = { $nin: ['', null] }
      // $match is not cast by mongoose: ObjectIds as the schema stores them.
      if (materials?.length) match.material = { $in: materials.filter(isObjectId).map((id) => new ObjectId(id)) }
      // FerretDB has no $min/$max accumulators: group by day too, then fold the days here.
      const id: Doc = { day: '$day' }
      for (const column of by) id[column] = `$${FIELDS[column]}`
      const rows = await model.aggregate([{ $match: match }, { $group: { _id: id, total: { $sum: '$count' } } }]).exec()
      const sums = new Map<string, SumRow>()
      for (const row of rows) {
        const group = (row._id ?? {}) as Doc
        const day = text(group.day)
        const sum: SumRow = {
          day: by.includes('day') ? day : undefined,
          material: by.includes('material') ? text(group.material) : undefined,
          procedure: by.includes('procedure') ? text(group.procedure) : undefined,
          event: by.includes('event') ? (text(group.event) as CounterEvent) : undefined,
          host: by.includes('host') ? text(group.host) : undefined,
          count: 0,
          firstDay: day,
          lastDay: day,
        }
        const key = JSON.stringify([sum.day, sum.material, sum.procedure, sum.event, sum.host])
        const into = sums.get(key) ?? sum
        into.count += Number(row.total)
        if (day < into.firstDay) into.firstDay = day
        if (day > into.lastDay) into.lastDay = day
        sums.set(key, into)
      }
      return [...sums.values()]
    },
    async embedKeysOn(day) {
      const rows = await model
        .find(
          { day, event: { $in: [...EMBED_EVENTS] }, host: { $nin: ['', null] } },
          { material: 1, event: 1, file: 1, host: 1 },
        )
        .lean()
      return rows.map(
        (row): CounterKey => ({
          day,
          material: text(row.material),
          event: text(row.event) as CounterEvent,
          file: text(row.file),
          host: text(row.host),
        }),
      )
    },
  }
}
