/** Size limits of the catalogue import. Pure, so the admin's browser code can check a file before sending it. */

/** The largest upload the importer reads: a province catalogue of several thousand rows is well under 2 MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
/** Limits on what an XLSX may unpack to, checked before exceljs reads it. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024
export const MAX_ZIP_ENTRIES = 2_000
export const MAX_COMPRESSION_RATIO = 100
