/**
 * Vitest global setup for the worker project. The local KV simulator passes metadata to workerd
 * in an HTTP header, and workerd warns on every write whose metadata holds non-ASCII text ("A
 * header value for "CF-KV-Metadata" contains non-ASCII characters"). Claims quote `£`, `’` and
 * `中文`, so a run printed about 1,400 of them (2 MB) and buried the test report. This drops
 * exactly that warning from the run's output (workerd's logs reach both streams); the Worker
 * itself is unchanged.
 */
export const KV_METADATA_WARNING = 'A header value for "CF-KV-Metadata" contains non-ASCII characters'

function dropWarning(stream: NodeJS.WriteStream): () => void {
  const write = stream.write
  stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    const text = String(chunk)
    if (!text.includes(KV_METADATA_WARNING)) return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
    // A chunk may carry other lines too: only the warning's lines go.
    const kept = text
      .split('\n')
      .filter((line) => !line.includes(KV_METADATA_WARNING))
      .join('\n')
    return kept.trim() === '' ? true : (write as (...args: unknown[]) => boolean).call(this, kept, ...rest)
  } as typeof stream.write
  return () => {
    stream.write = write
  }
}

export default function quietKvMetadataWarning(): () => void {
  const restores = [dropWarning(process.stdout), dropWarning(process.stderr)]
  return () => {
    for (const restore of restores) restore()
  }
}
