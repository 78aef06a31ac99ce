import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { ValidationTargets } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { validator } from 'hono-openapi'
import type { AppEnv } from '../env'
import { SCHEMA_OPTIONS } from './openapi'
import { fieldErrors, problem } from './problem'

/** Validates one part of the request; a failure is a 400 problem naming each bad field. */
export function validate<Target extends keyof ValidationTargets, Schema extends StandardSchemaV1>(target: Target, schema: Schema) {
  return validator(
    target,
    schema,
    (result, c) => {
      if (!result.success) {
        return problem(c, 400, `the request ${target === 'json' ? 'body' : target} is invalid`, { errors: fieldErrors(result.error) })
      }
    },
    SCHEMA_OPTIONS,
  )
}

/** Validates path parameters; an id that cannot exist is simply not found. */
export function validateParams<Schema extends StandardSchemaV1>(schema: Schema) {
  return validator('param', schema, (result, c) => {
    if (!result.success) return problem(c, 404, 'no record has this id')
  })
}

/** A JSON body of at most `maxBytes`: 413 when larger, 415 when not JSON. */
export function jsonBody(maxBytes: number) {
  return [
    bodyLimit({
      maxSize: maxBytes,
      onError: (c) => problem(c, 413, `the request body is larger than ${maxBytes} bytes`),
    }),
    createMiddleware<AppEnv>(async (c, next) => {
      const type = c.req.header('Content-Type') ?? ''
      if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
        return problem(c, 415, 'send the body as JSON with Content-Type: application/json')
      }
      await next()
    }),
  ] as const
}
