/**
 * Review workflow: fields and endpoints, wired into the materials collection
 * by index.ts. The parts live in ./workflow/; its hooks (review state, audit)
 * are listed with the collection's others in ./hooks/index.ts.
 */
export { workflowEndpoints } from './workflow/endpoints'
export { workflowFields } from './workflow/fields'

/**
 * Nobody gets Payload's own Publish button (publishing is «Duyệt và xuất bản» in the
 * review panel); contributors get no Unpublish either. The header's status is the
 * review state, the same the panel shows.
 */
export const workflowAdminComponents = {
  edit: {
    PublishButton: '/components/workflow/PublishControls#NoPublishButton',
    Status: '/components/workflow/WorkflowStatus#WorkflowStatus',
    UnpublishButton: '/components/workflow/PublishControls#UnpublishButtonForRole',
  },
}
