/** A label shown in the admin, Vietnamese first with English for editors who switch language. */
export const label = (vi: string, en: string): Record<'vi' | 'en', string> => ({ vi, en })
