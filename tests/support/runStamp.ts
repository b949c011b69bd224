/**
 * A marker that makes a test's data unique to this run. Decimal digits only: base-36 stamps
 * sometimes spell a letters-only token (e.g. «mxchlaza») that the admin's English-word walk then
 * reports on the shared e2e library, while a number is data to it.
 */
export const runStamp = (): string => String(Date.now())
