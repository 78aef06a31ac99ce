import * as v from 'valibot'

/** RFC 9457 problem details, with one entry per invalid field. */
export const ProblemSchema = v.object({
  type: v.string(),
  title: v.string(),
  status: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599)),
  detail: v.string(),
  errors: v.optional(v.array(v.object({ field: v.string(), message: v.string() }))),
})
export type Problem = v.InferOutput<typeof ProblemSchema>
