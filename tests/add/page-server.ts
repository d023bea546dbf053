import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

/** The fixture pages, written for these tests to look like news sites: `tests/fixtures/pages/<name>.html`. */
export function fixturePage(name: string): string {
  return readFileSync(new URL(`../fixtures/pages/${name}.html`, import.meta.url), "utf8");
}

/** The ferry page's article, paragraph by paragraph, as a reader sees it. */
export const FERRY_PARAGRAPHS = [
  "The only passenger ferry across Lake Morrow will stay in dock for at least three weeks after inspectors found a 40-centimetre crack in its hull, leaving about 1,200 daily commuters to make a 90-minute detour by road.",
  "The vessel, the Heron, was withdrawn from service on Monday evening after a routine inspection at Carrick pier, the Lake Morrow Transport Authority said in a statement.",
  "“We will not put passengers on a boat that we cannot vouch for,” said Dana Whitfield, the authority’s chief executive. “The crack is below the waterline, and the repair needs a dry dock that can take a vessel of this size.”",
  "The nearest such dock is in Felling, on the coast, and the ferry will have to be towed there along the Ostley canal, which reopens to heavy traffic on 10 March.",
  "Replacement buses will run every 20 minutes between Carrick and Ostley during peak hours, according to the authority, which said it had hired 14 coaches from two private operators.",
  "Commuters said the detour would cost them dearly. “It turns a 25-minute crossing into an hour and a half each way,” said Marcus Oyelaran, a nurse who works at Ostley General Hospital. “Half the night shift lives on the Carrick side.”",
  "The hospital’s director of operations, Helen Brandt, said staff who could not reach work on time would be offered rooms in the hospital’s residence.",
  "Councillor Rhys Penhallow, who chairs the county’s transport committee, said the authority had been warned in 2023 that the Heron was nearing the end of its working life. “This was entirely foreseeable,” he said. “A second vessel has been promised for five years.”",
  "The transport authority said a decision on a replacement ferry would be taken at its board meeting in May.",
];

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
