import type { Role } from '../schemas/member'
import type { ClaimStore } from './store/store'
import type { Audience } from './model/visibility'

/** Bindings and per-request variables of every route. */
export type AppEnv = {
  Bindings: Env
  Variables: {
    store: ClaimStore
    /** The member a bearer token belongs to, and their role (set by `requireReviewer`). */
    reviewer: string
    role: Role
    /** Whose view a read answers with (set by `identifyReader`). */
    audience: Audience
  }
}
