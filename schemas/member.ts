import * as v from 'valibot'

/**
 * What a desk member may do: a reviewer researches and proposes verdicts, an editor also
 * publishes and corrects them, an admin also reads the desk's activity log.
 */
export const ROLES = ['reviewer', 'editor', 'admin'] as const
export const RoleSchema = v.pipe(v.picklist(ROLES), v.description('What the member may do: reviewer < editor < admin.'))
export type Role = v.InferOutput<typeof RoleSchema>

/** Whether `role` includes everything `needed` may do. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed)
}

/** A signed-in member or a bearer of a member's token. */
export interface Member {
  name: string
  role: Role
}
