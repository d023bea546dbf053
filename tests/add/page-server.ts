import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

/** The fixture pages, written for these tests to look like news sites: `tests/fixtures/pages/<name>.html`. */
export function fixturePage(name: string): string {
  return readFileSync(new URL(`../fixtures/pages/${name}.html`, import.meta.url), "utf8");
}

/** Twenty megabytes: four times what citebot reads of a page. */
const HUGE = 20 * 1024 * 1024;

/** A web server on 127.0.0.1 standing in for news sites and their failures; nothing reaches the internet. */
export interface PageServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Every path requested, in order. */
  requests: string[];
  /** Serves `body` at `path` as `type` from now on. */
  serve(path: string, body: string | Buffer, type: string): void;
  close(): Promise<void>;
}

/**
 * Starts the server. Routes: `/pages/NAME` (a fixture page), `/gzip/NAME` (the same, gzip-encoded),
 * `/hops/N/NAME` (N redirects, then the page), `/to?location=URL` (one redirect to URL), `/missing`
 * (404), `/huge` (20 MB, with its length stated), `/huge-unsized` (20 MB streamed without a length),
 * `/report.pdf` (application/pdf), `/silent` (never answers), and whatever `serve` adds.
 */
export async function startPageServer(): Promise<PageServer> {
  const requests: string[] = [];
  const served = new Map<string, { body: string | Buffer; type: string }>();
  const silent: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(url.pathname + url.search);
    const html = (body: string | Buffer, headers: Record<string, string> = {}) =>
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers }).end(body);
    const own = served.get(url.pathname);
    const [, route, ...rest] = url.pathname.split("/");
    if (own) {
      res.writeHead(200, { "content-type": own.type }).end(own.body);
    } else if (route === "pages" && rest[0]) {
      html(fixturePage(rest[0]));
    } else if (route === "gzip" && rest[0]) {
      html(gzipSync(fixturePage(rest[0])), { "content-encoding": "gzip" });
    } else if (route === "hops" && rest[0] && rest[1]) {
      const left = Number(rest[0]);
      const next = left <= 1 ? `/pages/${rest[1]}` : `/hops/${left - 1}/${rest[1]}`;
      res.writeHead(302, { location: next }).end();
    } else if (route === "to") {
      res.writeHead(301, { location: url.searchParams.get("location") ?? "/" }).end();
    } else if (route === "huge") {
      html(Buffer.alloc(HUGE, "a"), { "content-length": String(HUGE) });
    } else if (route === "huge-unsized") {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(1024 * 1024, "a");
      let sent = 0;
      const more = () => {
        while (sent < HUGE / chunk.length) {
          sent++;
          if (!res.write(chunk)) return void res.once("drain", more);
        }
        res.end();
      };
      more();
    } else if (route === "report.pdf") {
      res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< >>\nendobj\n");
    } else if (route === "silent") {
      silent.push(res);
    } else {
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>Page not found</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    serve: (path, body, type) => served.set(path, { body, type }),
    async close() {
      for (const res of silent) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
