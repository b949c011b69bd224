import type { CollectionConfig, Endpoint, Field } from 'payload'

/** Review workflow: fields, hooks and endpoints. Owned by the workflow part. */
export const workflowFields: Field[] = []
export const workflowHooks: NonNullable<CollectionConfig['hooks']> = {}
export const workflowEndpoints: Endpoint[] = []
