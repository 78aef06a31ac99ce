import type { ClaimStore } from './store'

/** Bindings and per-request variables of every route. */
export type AppEnv = {
  Bindings: Env
  Variables: {
    store: ClaimStore
    reviewer: string
  }
}
