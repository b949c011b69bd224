// Kept so the collections' many `../lib/label` imports stay short; the definition is shared with the site.
export { label } from '../vocabulary/label'
