// Moved to cms/vocabulary (shared with the site). Only site/publish/incremental.ts still imports this path;
// delete this file when it imports '@dvctt/cms/vocabulary' instead.
export { MATERIAL_KINDS, MATERIAL_LANGUAGES, type MaterialKind } from '../../vocabulary'
