import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { type CollectionSlug, type PayloadRequest, ValidationError, type Where } from 'payload'

/**
 * Makes Payload's MongoDB adapter behave on MongoDB-wire servers that lack a piece of MongoDB
 * (FerretDB, tests/README.md "MongoDB"). Called once the connection is open; on MongoDB itself
 * the first change never applies and the second never finds anything to do.
 *
 * 1. FerretDB 1.x has no `fields` in findAndModify: the adapter sends one whenever a caller
 *    passes `select` to updateOne/deleteOne/…, and Payload's login does, so a wrong password
 *    answered 500 and the account never locked. There the `select` is dropped: the whole
 *    document comes back and Payload's afterRead still strips the unselected fields.
 * 2. A duplicate-key error without `keyValue` or `index: <field>_` in its message (FerretDB 1.x
 *    and 2.x) reached the editor as «Giá trị không được trùng lặp» on no field. The field is
 *    found again by looking up which unique value of the refused write is already taken.
 */
export async function adaptToMongoServer(adapter: MongooseAdapter): Promise<void> {
  // The adapter reconnects on a dev hot reload: wrap its methods once.
  if (adapted.has(adapter)) return
  adapted.add(adapter)
  const buildInfo = await adapter.connection.db?.admin().command({ buildInfo: 1 })
  if (typeof buildInfo?.ferretdbVersion === 'string' && buildInfo.ferretdbVersion.startsWith('v1.')) {
    dropSelectFromFindAndModify(adapter)
  }
  nameTheDuplicateField(adapter)
}

const adapted = new WeakSet<MongooseAdapter>()

const FIND_AND_MODIFY_METHODS = ['updateOne', 'deleteOne', 'updateGlobal', 'updateVersion', 'updateGlobalVersion']

type Method<Args> = (args: Args) => Promise<unknown>

/** Replaces one of the adapter's methods by `wrap(original)`. */
function wrapMethod<Args>(
  adapter: MongooseAdapter,
  name: string,
  wrap: (original: Method<Args>) => Method<Args>,
): void {
  const methods = adapter as unknown as Record<string, Method<Args>>
  const original = methods[name]
  if (!original) throw new Error(`@payloadcms/db-mongodb has no ${name}() any more: revisit cms/lib/mongoServerGaps.ts`)
  methods[name] = wrap(original.bind(adapter))
}

function dropSelectFromFindAndModify(adapter: MongooseAdapter): void {
  for (const name of FIND_AND_MODIFY_METHODS) {
    wrapMethod<{ select?: unknown }>(
      adapter,
      name,
      (original) =>
        ({ select: _select, ...args }) =>
          original(args),
    )
  }
}

type WriteArgs = {
  collection: CollectionSlug
  data: Record<string, unknown>
  id?: number | string
  req?: Partial<PayloadRequest>
}

function nameTheDuplicateField(adapter: MongooseAdapter): void {
  for (const name of ['create', 'updateOne', 'updateMany']) {
    wrapMethod<WriteArgs>(adapter, name, (original) => async (args) => {
      try {
        return await original(args)
      } catch (error) {
        throw await withDuplicateField(adapter, args, error)
      }
    })
  }
}

/** The adapter's unique-value error with its empty path filled in, when the taken value is found. */
async function withDuplicateField(adapter: MongooseAdapter, args: WriteArgs, error: unknown): Promise<unknown> {
  const errors = error instanceof ValidationError ? error.data.errors : []
  const [unnamed] = errors
  if (errors.length !== 1 || !unnamed || unnamed.path !== '') return error
  const fields = adapter.payload.collections[args.collection]?.config.flattenedFields ?? []
  for (const field of fields) {
    const value = args.data?.[field.name]
    if (!('unique' in field) || !field.unique || value === undefined || value === null || typeof value === 'object') {
      continue
    }
    const where: Where = { [field.name]: { equals: value } }
    if (args.id !== undefined) where.id = { not_equals: args.id }
    const taken = await adapter.findOne({ collection: args.collection, where })
    if (taken) {
      return new ValidationError(
        { collection: args.collection, errors: [{ message: unnamed.message, path: field.name }] },
        args.req?.t,
      )
    }
  }
  return error
}
