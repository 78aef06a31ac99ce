/** `/login`: a reviewer signs in with their token. */
export function LoginPage({ error, next }: { error: string | null; next: string }) {
  return (
    <>
      <h1>Sign in to review</h1>
      <p>Anyone can read claims. Reviewers sign in with the token the desk gave them.</p>
      <form class="login review" method="post" action="/login">
        {error !== null && (
          <p class="alert" role="alert" id="token-error">
            {error}
          </p>
        )}
        <input type="hidden" name="next" value={next} />
        <label>
          Reviewer token
          <input
            type="password"
            name="token"
            autocomplete="current-password"
            required
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : 'token-error'}
          />
        </label>
        <div>
          <button type="submit">Sign in</button>
        </div>
      </form>
    </>
  )
}
