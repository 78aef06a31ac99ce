import { type Schema, Validator } from '@cfworker/json-schema'
import type { OpenAPIV3_1 } from 'openapi-types'
import { expect } from 'vitest'
import { call } from './helpers'

/**
 * Checks live answers against `GET /openapi.json`. The validator is @cfworker/json-schema because
 * it interprets schemas instead of compiling them with `new Function` (as ajv does), which
 * workerd forbids; so the answers are checked here, inside workerd, exactly as the Worker sent them.
 */

const DOCUMENT_URI = 'https://desk.test/openapi.json'

type Operation = OpenAPIV3_1.OperationObject
type SchemaObject = OpenAPIV3_1.SchemaObject

/** What a client sent: the URL, and the body with its Content-Type if any. */
export interface Sent {
  method: string
  url: string
  contentType?: string
  body?: string
}

export interface ApiContract {
  /** Documented statuses of an operation, e.g. `['200', '304', '404', '503']`. */
  statuses(method: string, template: string): string[]
  /**
   * Checks one exchange against the operation at `template`: the status, media type, body and
   * headers of the answer, and that what the API accepted or refused the document accepts or refuses.
   */
  check(template: string, sent: Sent, response: Response): Promise<void>
}

const escapeKey = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1')
const pointer = (...keys: string[]) => keys.map((key) => `/${escapeKey(key)}`).join('')

/** A value as its documented type: query strings and headers carry integers as digits. */
const typed = (schema: SchemaObject | undefined, raw: string) =>
  schema?.type === 'integer' && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw

/** Loads the document the Worker serves and builds checks against it. */
export async function loadContract(): Promise<ApiContract> {
  const document = (await (await call('/openapi.json')).json()) as OpenAPIV3_1.Document
  const validators = new Map<string, Validator>()
  // The validator indexes schemas under objects but not inside arbitrary arrays, so it is given
  // a copy whose `parameters` lists are objects keyed by index: the same JSON pointers resolve.
  const indexed = JSON.parse(JSON.stringify(document), (key, value: unknown) =>
    key === 'parameters' && Array.isArray(value) ? Object.fromEntries(value.entries()) : value,
  ) as Schema

  /** Validates a value against the schema at a JSON pointer into the document. */
  const validate = (at: string, value: unknown) => {
    let validator = validators.get(at)
    if (validator === undefined) {
      validator = new Validator({ $ref: `${DOCUMENT_URI}#${at}` }, '2020-12', false)
      validator.addSchema(indexed, DOCUMENT_URI)
      validators.set(at, validator)
    }
    return validator.validate(value)
  }
  /** A node of the document and its pointer, following a `$ref`. */
  const node = <T>(at: string): { value: T; at: string } => {
    const value = at
      .split('/')
      .slice(1)
      .reduce<unknown>(
        (parent, key) => (parent as Record<string, unknown> | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')],
        document,
      )
    if (value !== null && typeof value === 'object' && '$ref' in value) return node<T>(String(value.$ref).slice(1))
    return { value: value as T, at }
  }
  const operation = (method: string, template: string) => {
    const at = pointer('paths', template, method.toLowerCase())
    const found = node<Operation | undefined>(at).value
    if (found === undefined) throw new Error(`${method} ${template} is not documented`)
    return { operation: found, at }
  }

  return {
    statuses: (method, template) => Object.keys(operation(method, template).operation.responses ?? {}).sort(),

    async check(template, sent, response) {
      const { operation: op, at: opAt } = operation(sent.method, template)
      const url = new URL(sent.url)
      const exchange = `${sent.method} ${url.pathname}${url.search} → ${response.status}`
      expect(op.responses?.[String(response.status)], `${exchange}: status not documented`).toBeDefined()
      const { value: answer, at: answerAt } = node<OpenAPIV3_1.ResponseObject>(`${opAt}/responses/${response.status}`)

      for (const name of Object.keys(document.components?.headers ?? {})) {
        const value = response.headers.get(name)
        if (answer.headers?.[name] === undefined) {
          expect(value, `${exchange}: sends ${name}, which is not documented for this status`).toBeNull()
          continue
        }
        const { value: header, at } = node<OpenAPIV3_1.HeaderObject>(`${answerAt}/headers/${escapeKey(name)}`)
        if (header.required) expect(value, `${exchange}: documented header ${name} is missing`).not.toBeNull()
        if (value !== null)
          expect(validate(`${at}/schema`, typed(header.schema as SchemaObject, value)).errors, `${exchange}: ${name}: ${value}`).toEqual([])
      }

      const text = await response.text()
      if (answer.content === undefined) {
        expect(text, `${exchange}: documented without a body`).toBe('')
      } else {
        const mediaType = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim() ?? ''
        expect(Object.keys(answer.content), `${exchange}: media type`).toContain(mediaType)
        const body: unknown = /[/+]json$/.test(mediaType) ? JSON.parse(text) : text
        expect(validate(`${answerAt}/content/${escapeKey(mediaType)}/schema`, body).errors, `${exchange}: ${text.slice(0, 300)}`).toEqual(
          [],
        )
      }

      // The request side: what the API accepted, the document allows; a field it refused, the document refuses.
      const refused =
        response.status === 400 ? ((JSON.parse(text) as { errors?: { field: string }[] }).errors ?? []).map((error) => error.field) : []
      const parameters = (op.parameters ?? []).map((_, index) => node<OpenAPIV3_1.ParameterObject>(`${opAt}/parameters/${index}`))
      for (const [name, raw] of url.searchParams) {
        const parameter = parameters.find(({ value }) => value.in === 'query' && value.name === name)
        if (parameter === undefined) continue
        const valid = validate(`${parameter.at}/schema`, typed(parameter.value.schema as SchemaObject, raw)).valid
        if (response.status < 300) expect(valid, `${exchange}: accepted ${name}=${raw}, which the document refuses`).toBe(true)
        if (refused.includes(name)) expect(valid, `${exchange}: refused ${name}=${raw}, which the document allows`).toBe(false)
      }
      const bodyAt = `${opAt}/requestBody/content/${escapeKey('application/json')}/schema`
      if (sent.body !== undefined && /json/.test(sent.contentType ?? '') && node(bodyAt).value !== undefined) {
        const parsed = (() => {
          try {
            return { json: JSON.parse(sent.body ?? '') as unknown }
          } catch {
            return null
          }
        })()
        const valid = parsed !== null && validate(bodyAt, parsed.json).valid
        const refusedParameter = parameters.some(({ value }) => refused.includes(value.name))
        if (response.status < 300) expect(valid, `${exchange}: accepted a body the document refuses: ${sent.body.slice(0, 200)}`).toBe(true)
        if (response.status === 400 && !refusedParameter)
          expect(valid, `${exchange}: refused a body the document allows: ${sent.body.slice(0, 200)}`).toBe(false)
      }
    },
  }
}
