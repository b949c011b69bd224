/** The activities' spreadsheet import, under the admin route (/admin/nap-so-hoat-dong), and its API routes. */
export const IMPORT_ACTIVITIES_PATH = '/nap-so-hoat-dong'
export const ACTIVITY_IMPORT_API = '/outreach-activities/import'
export const ACTIVITY_TEMPLATE_API = '/outreach-activities/import-template'
