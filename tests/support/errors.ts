/** What an editor is told when a save is refused: field path and message, as Payload reports them. */
export interface FieldError {
  path: string
  message: string
}

/** The field errors of a rejected Local API call (a Payload ValidationError), or a failure if it succeeded. */
export async function fieldErrorsOf(operation: Promise<unknown>): Promise<FieldError[]> {
  try {
    await operation
  } catch (error) {
    const data = (error as { data?: { errors?: FieldError[] } }).data
    if (error instanceof Error && error.name === 'ValidationError' && data?.errors) return data.errors
    throw error
  }
  throw new Error('Expected the CMS to refuse this save, but it was accepted.')
}

/** The field errors in a REST error body: `{ errors: [{ data: { errors: [...] } }] }`. */
export function restFieldErrors(body: unknown): FieldError[] {
  const errors = (body as { errors?: { data?: { errors?: FieldError[] } }[] }).errors ?? []
  return errors.flatMap((error) => error.data?.errors ?? [])
}
