import type { EvidenceSource } from '../../../schemas/review'
import { STATUSES, type Status } from '../../../schemas/status'

export const STATUS_LABELS: Record<Status, string> = {
  unreviewed: 'Unreviewed',
  in_review: 'In review',
  supported: 'Supported',
  misleading: 'Misleading',
  refuted: 'Refuted',
  unverifiable: 'Unverifiable',
}

export function StatusBadge({ status }: { status: Status }) {
  return <span class={`badge ${status}`}>{STATUS_LABELS[status]}</span>
}

/** The sentence with its checkable span in <mark>. */
export function SpanText({ text, span }: { text: string; span: string }) {
  const at = text.indexOf(span)
  if (at === -1 || span.length === 0) return <>{text}</>
  return (
    <>
      {text.slice(0, at)}
      <mark>{span}</mark>
      {text.slice(at + span.length)}
    </>
  )
}

/** Review progress: one bar per status, as an accessible SVG chart. */
export function ProgressChart({ counts }: { counts: Record<Status, number> }) {
  const total = STATUSES.reduce((sum, status) => sum + counts[status], 0)
  const max = Math.max(1, ...STATUSES.map((status) => counts[status]))
  const rowHeight = 24
  const labelWidth = 100
  const barWidth = 320
  const summary = STATUSES.map((status) => `${STATUS_LABELS[status]}: ${counts[status]}`).join(', ')
  return (
    <figure class="chart">
      <svg
        role="img"
        aria-label={`Review progress of ${total} claims. ${summary}`}
        viewBox={`0 0 ${labelWidth + barWidth + 50} ${rowHeight * STATUSES.length}`}
        width={labelWidth + barWidth + 50}
      >
        {STATUSES.map((status, index) => {
          const width = Math.round((counts[status] / max) * barWidth)
          const y = index * rowHeight
          return (
            <g>
              <text x={labelWidth - 8} y={y + 16} text-anchor="end">
                {STATUS_LABELS[status]}
              </text>
              <rect class={`bar ${status}`} x={labelWidth} y={y + 4} width={Math.max(width, 1)} height={rowHeight - 8} rx="3" />
              <text x={labelWidth + Math.max(width, 1) + 6} y={y + 16}>
                {counts[status]}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption class="muted small">
        {total} claims · {total - counts.unreviewed} touched by a reviewer
      </figcaption>
    </figure>
  )
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null
  return (
    <span class="error" id={id}>
      {message}
    </span>
  )
}

/** The evidence a review or verdict cites, each a link that sends no referrer. */
export function EvidenceLinks({ sources }: { sources: readonly EvidenceSource[] }) {
  return (
    <ul class="small">
      {sources.map((evidence) => (
        <li>
          <a href={evidence.url} rel="noopener noreferrer nofollow">
            {evidence.title ?? evidence.url}
          </a>
        </li>
      ))}
    </ul>
  )
}
