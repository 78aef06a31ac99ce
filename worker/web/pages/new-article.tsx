import { MAX_OUTLET_LENGTH, MAX_TITLE_LENGTH } from '../../../schemas/article'
import type { ArticleField, ArticleFormState } from '../../../schemas/forms'
import { FieldError } from './components'

export const emptyArticleForm = (): ArticleFormState => ({
  values: { url: '', text: '', title: '', outlet: '', publishedAt: '' },
  errors: {},
})

/** `/articles/new`: a signed-in member adds an article by its text, or by its link alone. */
export function NewArticlePage({ state }: { state: ArticleFormState }) {
  const { values, errors } = state
  const described = (field: ArticleField, hint: string) =>
    [hint, errors[field] === undefined ? undefined : `${field}-error`].filter(Boolean).join(' ')
  const invalid = (field: ArticleField) => errors[field] !== undefined
  return (
    <>
      <h1>Add an article</h1>
      <p>
        Give the article’s link alone, and the desk fetches the page and reads the article, its headline, outlet and date from it. Or paste
        the article’s text. Its claims are extracted at once. Everything on this form is shown publicly on the article’s page.
      </p>
      <form class="review" method="post" action="/articles/new" novalidate>
        {errors.form !== undefined && (
          <p class="alert" role="alert">
            {errors.form}
          </p>
        )}
        <label>
          Link{' '}
          <span class="hint" id="url-hint">
            The article’s web address. Without text below, this page is fetched.
          </span>
          <input
            type="url"
            name="url"
            value={values.url}
            maxlength={2048}
            aria-describedby={described('url', 'url-hint')}
            aria-invalid={invalid('url')}
          />
          <FieldError id="url-error" message={errors.url} />
        </label>
        <label>
          Article text{' '}
          <span class="hint" id="text-hint">
            Optional with a link: paste the whole article; the link is then only stored.
          </span>
          {/* No maxlength: a browser would cut a longer paste short without a word; the server says so instead. */}
          <textarea name="text" rows={12} aria-describedby={described('text', 'text-hint')} aria-invalid={invalid('text')}>
            {values.text}
          </textarea>
          <FieldError id="text-error" message={errors.text} />
        </label>
        <label>
          Headline{' '}
          <span class="hint" id="title-hint">
            Optional: else the page’s headline, or the text’s first line.
          </span>
          <input
            type="text"
            name="title"
            value={values.title}
            maxlength={MAX_TITLE_LENGTH}
            aria-describedby={described('title', 'title-hint')}
            aria-invalid={invalid('title')}
          />
          <FieldError id="title-error" message={errors.title} />
        </label>
        <label>
          Outlet{' '}
          <span class="hint" id="outlet-hint">
            Optional: else the page’s publisher or site name.
          </span>
          <input
            type="text"
            name="outlet"
            value={values.outlet}
            maxlength={MAX_OUTLET_LENGTH}
            aria-describedby={described('outlet', 'outlet-hint')}
            aria-invalid={invalid('outlet')}
          />
          <FieldError id="outlet-error" message={errors.outlet} />
        </label>
        <label>
          Publication date{' '}
          <span class="hint" id="publishedAt-hint">
            Optional: else the page’s date.
          </span>
          <input
            type="date"
            name="publishedAt"
            value={values.publishedAt}
            aria-describedby={described('publishedAt', 'publishedAt-hint')}
            aria-invalid={invalid('publishedAt')}
          />
          <FieldError id="publishedAt-error" message={errors.publishedAt} />
        </label>
        <div>
          <button type="submit">Add article</button>
        </div>
      </form>
    </>
  )
}
