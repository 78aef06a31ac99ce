import { type Context, Hono } from 'hono'
import { type FormState, LoginForm } from '../../schemas/forms'
import { memberForToken, overAttemptLimit } from '../auth/auth'
import { endSession, sessionReviewer, startSession } from '../auth/session'
import type { AppEnv } from '../env'
import { formLimit, readableForm, validForm } from './forms'
import { LoginPage } from './pages/login'

const MAX_LOGIN_FORM_BYTES = 8 * 1024

/** A path on this site to return to after signing in; anything else goes home. */
function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/')) return '/'
  // Resolve as a browser would (it drops tabs and newlines, so "/\t/evil.example" means "//evil.example").
  const base = 'https://desk.invalid'
  const url = URL.canParse(next, base) ? new URL(next, base) : null
  if (url === null || url.origin !== base || url.pathname.startsWith('//')) return '/'
  return `${url.pathname}${url.search}`
}

/** Signs in with the form's token, or says why not; `form` is null when the form could not be read. */
async function signIn(c: Context<AppEnv>, form: FormState<(typeof LoginForm.fields)[number]>['values'] | null) {
  const next = safeNext(form?.next)
  // Every attempt counts, so a client over the limit cannot confirm a guess either.
  if (await overAttemptLimit(c)) {
    c.status(429)
    c.header('Retry-After', '60')
    const error = 'Too many sign-in attempts from your connection. Wait a minute, then try again.'
    return c.render(<LoginPage error={error} next={next} />, { title: 'Sign in', reviewer: null })
  }
  const token = form?.token ?? ''
  const reviewer = token === '' ? null : ((await memberForToken(c.env.REVIEWER_TOKENS, token))?.name ?? null)
  if (reviewer === null) {
    c.status(form === null ? 400 : 401)
    const error = form === null ? 'The sign-in form could not be read.' : 'That token is not a reviewer token.'
    return c.render(<LoginPage error={error} next={next} />, { title: 'Sign in', reviewer: null })
  }
  await startSession(c, reviewer)
  return c.redirect(next, 303)
}

/** A sign-in form that cannot be read; its fields are plain text, so it is never otherwise invalid. */
const unreadable = (c: Context<AppEnv>) => signIn(c, null)

/** Signing in with a reviewer token, and out. */
export const sessionPages = new Hono<AppEnv>()
  .get('/login', async (c) =>
    c.render(<LoginPage error={null} next={safeNext(c.req.query('next'))} />, { title: 'Sign in', reviewer: await sessionReviewer(c) }),
  )
  .post('/login', formLimit(MAX_LOGIN_FORM_BYTES), readableForm(unreadable), validForm(LoginForm, unreadable), (c) =>
    signIn(c, c.req.valid('form').input),
  )
  .post('/logout', formLimit(MAX_LOGIN_FORM_BYTES), async (c) => {
    await endSession(c)
    return c.redirect('/', 303)
  })
