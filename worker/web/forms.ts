import type { Context } from 'hono'
import * as v from 'valibot'
import { IdParamSchema } from '../../schemas/query'

/** The text fields of a page's form post, or null when the body cannot be read as a form. */
export async function formFields(c: Context): Promise<Record<string, string> | null> {
  try {
    const body = await c.req.parseBody()
    return Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
  } catch {
    return null
  }
}

/** A record id from a page path, or '' for one that cannot exist (its page is then not found). */
export function pathId(value: string | undefined): string {
  const parsed = v.safeParse(IdParamSchema, { id: value })
  return parsed.success ? parsed.output.id : ''
}
