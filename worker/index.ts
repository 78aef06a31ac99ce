/** The Worker's entry: the app, and the Durable Object classes its bindings name. */
export { type AppType, default } from './app'
export { DeskLedger } from './store/ledger'
