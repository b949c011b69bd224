/**
 * Review workflow: fields, hooks and endpoints, wired into the materials
 * collection by index.ts. The parts live in ./workflow/.
 */
export { workflowEndpoints } from './workflow/endpoints'
export { workflowFields } from './workflow/fields'
export { workflowHooks } from './workflow/hooks'
