import type { CollectionBeforeDeleteHook } from 'payload'

/** A deleted item takes its private contact with it (in the same transaction): nothing personal is left behind. */
export const deleteContacts: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'feedback-contacts',
    where: { feedback: { equals: id } },
    overrideAccess: true,
    req,
  })
}
