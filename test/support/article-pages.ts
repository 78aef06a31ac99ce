import { readFileSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { join } from 'node:path'

const PAGES = join(import.meta.dirname, '../fixtures/html')

/** The saved pages under test/fixtures/html/, by file name. */
export const PAGE_NAMES = ['jsonld-news.html', 'opengraph-only.html', 'plain-markup.html', 'no-article.html'] as const

export interface ArticlePageServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string
  close(): Promise<void>
}

function redirect(response: ServerResponse, location: string, status = 302) {
  response.writeHead(status, { Location: location, 'Content-Type': 'text/html; charset=utf-8' })
  response.end(`<a href="${location}">moved</a>`)
}

/**
 * A local web server for the article-fetch tests, on 127.0.0.1 and a free port:
 *
 *   /pages/NAME            a saved page, UTF-8
 *   /latin1/NAME           the same page in ISO-8859-1, declared in Content-Type
 *   /hops/N/NAME           N + 1 redirects, then the page
 *   /loop                  redirects to /loop/again, which redirects back
 *   /redirect?to=URL       one redirect to URL
 *   /missing               404
 *   /report.pdf, /data.json, /untyped   not HTML (the last has no Content-Type)
 *   /klingon               HTML in a character set nobody has
 *   /long                  an article of 115,000 characters, well under the size cap
 *   /huge                  an endless HTML page, streamed until the client stops reading
 *   /silent, /stalled      never answers; answers headers and a first chunk, then nothing
 */
export async function startArticlePageServer(): Promise<ArticlePageServer> {
  const sockets = new Set<Socket>()
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const [, route = '', ...rest] = url.pathname.split('/')
    const name = rest.at(-1) ?? ''
    const page = (PAGE_NAMES as readonly string[]).includes(name) ? readFileSync(join(PAGES, name), 'utf8') : null
    if (route === 'pages' && page !== null) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      response.end(page)
    } else if (route === 'latin1' && page !== null) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=ISO-8859-1' })
      response.end(Buffer.from(page, 'latin1'))
    } else if (route === 'hops' && page !== null) {
      const left = Number(rest[0])
      redirect(response, left === 0 ? `/pages/${name}` : `/hops/${left - 1}/${name}`, left % 2 === 0 ? 301 : 307)
    } else if (url.pathname === '/loop') {
      redirect(response, '/loop/again')
    } else if (url.pathname === '/loop/again') {
      redirect(response, `http://${request.headers.host}/loop`, 308)
    } else if (url.pathname === '/redirect') {
      redirect(response, url.searchParams.get('to') ?? '/')
    } else if (url.pathname === '/report.pdf') {
      response.writeHead(200, { 'Content-Type': 'application/pdf' })
      response.end('%PDF-1.7\n%âãÏÓ\n')
    } else if (url.pathname === '/data.json') {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end('{"headline":"not a page"}')
    } else if (url.pathname === '/untyped') {
      response.writeHead(200)
      response.end('<p>No Content-Type was sent with this.</p>')
    } else if (url.pathname === '/klingon') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=x-klingon' })
      response.end('<article><p>The council said 12 roads were closed.</p></article>')
    } else if (url.pathname === '/long') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      response.end(`<article>${'<p>The council said 12 roads were closed today.</p>'.repeat(2500)}</article>`)
    } else if (url.pathname === '/huge') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      const chunk = `<p>${'The council said 12 roads were closed. '.repeat(1600)}</p>\n`
      // Written as fast as the client reads, and no further once it hangs up.
      const write = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', write)
      }
      response.on('error', () => undefined)
      response.write('<!doctype html><title>Endless</title><article>')
      write()
    } else if (url.pathname === '/silent') {
      // Holds the connection open without a word.
    } else if (url.pathname === '/stalled') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      response.write('<!doctype html><title>Stalled</title><article><p>The first paragraph arrives')
    } else {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      response.end('<!doctype html><title>Not found</title><main><p>This page does not exist.</p></main>')
    }
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** An origin on 127.0.0.1 where nothing listens: a server was opened there and closed again. */
export async function closedOrigin(): Promise<string> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return `http://127.0.0.1:${port}`
}
