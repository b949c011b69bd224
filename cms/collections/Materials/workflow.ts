/**
 * Review workflow: fields, hooks and endpoints, wired into the materials
 * collection by index.ts. The parts live in ./workflow/.
 */
export { workflowEndpoints } from './workflow/endpoints'
export { workflowFields } from './workflow/fields'
export { workflowHooks } from './workflow/hooks'

/** Contributors get no Publish/Unpublish buttons: they submit for review in the sidebar panel instead. */
export const workflowAdminComponents = {
  edit: {
    PublishButton: '/components/workflow/PublishControls#PublishButtonForRole',
    UnpublishButton: '/components/workflow/PublishControls#UnpublishButtonForRole',
  },
}
