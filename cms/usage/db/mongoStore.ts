import type { Payload } from 'payload'

import type { UsageEvent } from '../../vocabulary/usage'
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
const FIELDS = { day: 'day', material: 'material', event: 'event', host: 'host' } as const

/**
 * MongoDB: an upsert with `$inc` on the unique key (mongoose casts the ids to the schema's ObjectIds),
 * and sums by `$group`. Both are in mongo-java-server and FerretDB, the servers the tests run on.
 */
export function mongoCounterStore(payload: Payload, slug: string): CounterStore {
  const model = (payload.db as unknown as { collections: Record<string, CounterModel> }).collections[slug]
  if (!model) throw new Error(`No MongoDB model for ${slug}`)
  const ObjectId = model.base.Types.ObjectId
  return {
    async add(increments) {
      if (increments.length === 0) return
      const now = new Date()
      await model.bulkWrite(
        increments.map((row) => ({
          updateOne: {
            filter: { key: counterKey(row) },
            update: {
              $inc: { count: row.count },
              $set: { updatedAt: now },
              $setOnInsert: {
                day: row.day,
                material: row.material,
                event: row.event,
                file: row.file === '' ? null : row.file,
                host: row.host,
                createdAt: now,
              },
            },
            upsert: true,
          },
        })),
        { ordered: false },
      )
    },
    async sum({ from, to, by, events, withHost, materials }) {
      const match: Doc = { day: { $gte: from, $lte: to } }
      if (events?.length) match.event = { $in: [...events] }
      if (withHost) match.host = { $nin: ['', null] }
      // $match is not cast by mongoose: ObjectIds as the schema stores them.
      if (materials?.length) match.material = { $in: materials.filter(isObjectId).map((id) => new ObjectId(id)) }
      const id: Doc = {}
      for (const column of by) id[column] = `$${FIELDS[column]}`
      const rows = await model
        .aggregate([
          { $match: match },
          {
            $group: {
              _id: by.length ? id : null,
              total: { $sum: '$count' },
              firstDay: { $min: '$day' },
              lastDay: { $max: '$day' },
            },
          },
        ])
        .exec()
      return rows.map((row): SumRow => {
        const group = (row._id ?? {}) as Doc
        return {
          day: by.includes('day') ? text(group.day) : undefined,
          material: by.includes('material') ? text(group.material) : undefined,
          event: by.includes('event') ? (text(group.event) as UsageEvent) : undefined,
          host: by.includes('host') ? text(group.host) : undefined,
          count: Number(row.total),
          firstDay: text(row.firstDay),
          lastDay: text(row.lastDay),
        }
      })
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
          event: text(row.event) as UsageEvent,
          file: text(row.file),
          host: text(row.host),
        }),
      )
    },
  }
}
