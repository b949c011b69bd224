/**
 * Review workflow: fields and endpoints, wired into the materials collection
 * by index.ts. The parts live in ./workflow/; its hooks (review state, audit)
 * are listed with the collection's others in ./hooks/index.ts.
 */
export { workflowEndpoints } from './workflow/endpoints'
export { workflowFields } from './workflow/fields'

/** Contributors get no Publish/Unpublish buttons: they submit for review in the sidebar panel instead. */
export const workflowAdminComponents = {
  edit: {
    PublishButton: '/components/workflow/PublishControls#PublishButtonForRole',
    UnpublishButton: '/components/workflow/PublishControls#UnpublishButtonForRole',
  },
}
