import { lookup as dnsLookup } from "node:dns";
import http, { type IncomingMessage, STATUS_CODES } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { CORPUS_REFUSAL } from "../wording/corpus.ts";
import { isPublicAddress, literalAddress } from "./address.ts";
import { Refusal } from "./refusal.ts";

/** How far a fetch may go: redirects followed, time for the whole fetch, bytes of the page once decompressed. */
export interface FetchLimits {
  redirects: number;
  timeoutMs: number;
  bytes: number;
}

/** A news page is far below these; anything past them is not an article, or not a site to trust. */
const FETCH_LIMITS: FetchLimits = { redirects: 5, timeoutMs: 10_000, bytes: 5 * 1024 * 1024 };

/** The media types a link may give: a web page, or a text file in the corpus format. */
const PAGE_TYPES = ["text/html", "text/plain"] as const;

/** How to fetch. */
export interface FetchOptions {
  /**
   * Which IP addresses may be connected to. Default: public ones ({@link isPublicAddress});
   * `FETCH_ALLOW_PRIVATE=true` passes {@link anyAddress}.
   */
  allowed?: (address: string) => boolean;
  /** The media types accepted; `null` accepts any (a Discord attachment, judged by its file name). Default: `PAGE_TYPES`. */
  types?: readonly string[] | null;
  limits?: Partial<FetchLimits>;
}

/** A page as fetched: where it ended up after redirects, its media type, its charset if given, its bytes. */
export interface FetchedPage {
  url: string;
  type: string;
  charset: string | undefined;
  bytes: Buffer;
}

/** The address policy of `FETCH_ALLOW_PRIVATE=true`: loopback and private networks too, for tests and intranets. */
export const anyAddress = (_address: string): boolean => true;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = "citebot/0.1 (adds a news article to a corpus at a moderator's request)";

/** What the guarded lookup fails with when a name resolves to an address that may not be fetched from. */
class BlockedAddress extends Error {
  constructor(readonly address: string) {
    super(`blocked address ${address}`);
  }
}

/**
 * Fetches a page over http or https, safe against a link that leads into the bot's own network: every
 * address a host name resolves to is checked before connecting (the connection then uses the address
 * checked, so a name that resolves differently a moment later gains nothing), and so is every redirect.
 * Throws a {@link Refusal} for anything it will not fetch or cannot get: another scheme, a private address,
 * too many redirects, a status other than 2xx, a media type not in `types`, more than the byte limit, or
 * more than the time limit for the whole fetch.
 */
export async function fetchPage(address: string, options: FetchOptions): Promise<FetchedPage> {
  const limits = { ...FETCH_LIMITS, ...options.limits };
  const types = options.types === undefined ? PAGE_TYPES : options.types;
  const allowed = options.allowed ?? isPublicAddress;
  let url = parseUrl(address);
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      checkTarget(url, allowed);
      const response = await get(url, deadline, allowed);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        if (redirects === limits.redirects) {
          throw new Refusal("redirects", CORPUS_REFUSAL.redirects(limits.redirects), { host: url.host });
        }
        url = parseUrl(location, url);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        const line = `${status} ${STATUS_CODES[status] ?? ""}`.trim();
        throw new Refusal("status", CORPUS_REFUSAL.status, { host: url.host, status }, line);
      }
      const { type, charset } = contentType(response.headers["content-type"]);
      if (types !== null && !types.includes(type)) {
        response.destroy();
        throw new Refusal("type", CORPUS_REFUSAL.type, { host: url.host, type }, type || "of no stated type");
      }
      const declared = Number(response.headers["content-length"]);
      if (declared > limits.bytes && !response.headers["content-encoding"]) {
        response.destroy();
        throw tooLarge(url, limits.bytes, declared);
      }
      const bytes = await readBody(response, url, limits.bytes);
      return { url: url.href, type, charset, bytes };
    }
  } catch (error) {
    throw asRefusal(error, url, deadline, limits);
  }
}

/**
 * The page's text: in the encoding its byte-order mark names (which outranks any declaration, as in a
 * browser), else its declared charset, else the one its `<meta>` names, else UTF-8.
 */
export function pageText(page: FetchedPage): string {
  const label =
    bomEncoding(page.bytes) ??
    page.charset ??
    (page.type === "text/html" ? metaCharset(page.bytes) : undefined) ??
    "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  const text = decoder.decode(page.bytes);
  return decoder.encoding === "windows-1252" ? text.replace(/[\u0080-\u009f]/gu, (c) => fromWindows1252(c)) : text;
}

/**
 * Bytes 0x80 to 0x9F of windows-1252 (curly quotes, dashes, the euro sign), which Node 20's TextDecoder
 * decodes as Latin-1's control characters; pages that declare windows-1252 or Latin-1 use them for
 * their quotation marks. The five bytes windows-1252 leaves undefined stay as they are.
 */
const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function fromWindows1252(control: string): string {
  return WINDOWS_1252[control.charCodeAt(0) - 0x80] ?? control;
}

function parseUrl(text: string, base?: URL): URL {
  try {
    return new URL(text.trim(), base);
  } catch {
    throw new Refusal("bad_url", CORPUS_REFUSAL.badUrl, { reason: base ? "bad redirect" : "not a URL" });
  }
}

function checkTarget(url: URL, allowed: (address: string) => boolean): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Refusal("scheme", CORPUS_REFUSAL.scheme, { scheme: url.protocol });
  }
  // A literal address never reaches the lookup, so it is checked here.
  const literal = literalAddress(url.hostname);
  if (literal !== undefined && !allowed(literal)) throw blocked(url, literal);
}

function blocked(url: URL, address: string): Refusal {
  return new Refusal("private_address", CORPUS_REFUSAL.privateAddress, { host: url.host, address }, address);
}

function tooLarge(url: URL, limit: number, size: number): Refusal {
  return new Refusal("too_large", CORPUS_REFUSAL.tooLarge(Math.round(limit / 1024 / 1024)), {
    host: url.host,
    bytes: size,
  });
}

/** Resolves as the system does, refusing the host when any address it has is not allowed. */
function guardedLookup(allowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      const bad = addresses.find((a) => !allowed(a.address));
      if (bad) return callback(new BlockedAddress(bad.address), "");
      const [first] = addresses;
      if (options.all) callback(null, addresses);
      else if (first) callback(null, first.address, first.family);
      else callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "");
    });
  };
}

function get(url: URL, signal: AbortSignal, allowed: (address: string) => boolean): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, {
      signal,
      // A connection of its own each time: a pooled socket would skip the lookup that checks the address.
      agent: false,
      lookup: guardedLookup(allowed),
      headers: {
        "user-agent": USER_AGENT,
        accept: "text/html,text/plain;q=0.9,*/*;q=0.1",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    request.once("response", resolve);
    request.once("error", reject);
  });
}

/** The body, decompressed as the server encoded it, cut off as soon as it passes `limit` bytes. */
async function readBody(response: IncomingMessage, url: URL, limit: number): Promise<Buffer> {
  const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase();
  const decompress =
    encoding === "gzip" || encoding === "x-gzip"
      ? createGunzip()
      : encoding === "deflate"
        ? createInflate()
        : encoding === "br"
          ? createBrotliDecompress()
          : undefined;
  const body: Readable = decompress ? pipeline(response, decompress, () => {}) : response;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      response.destroy();
      body.destroy();
      throw tooLarge(url, limit, size);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function contentType(header: string | undefined): { type: string; charset: string | undefined } {
  const [type = "", ...parameters] = (header ?? "").split(";");
  const charset = parameters.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/iu.exec(p)?.[1]).find((c) => c !== undefined);
  return { type: type.trim().toLowerCase(), charset };
}

/** The encoding a byte-order mark at the start names: UTF-8, or UTF-16 in either byte order. */
function bomEncoding(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** The charset a page names in its first kilobyte: `<meta charset=…>` or the `http-equiv` form. */
function metaCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 1024).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/iu.exec(head)?.[1];
}

/** Any failure of a fetch as the refusal the user is told of. */
function asRefusal(error: unknown, url: URL, deadline: AbortSignal, limits: FetchLimits): Refusal {
  if (error instanceof Refusal) return error;
  if (error instanceof BlockedAddress) return blocked(url, error.address);
  if (deadline.aborted) {
    return new Refusal("timeout", CORPUS_REFUSAL.timeout(limits.timeoutMs / 1000), {
      host: url.host,
      ms: limits.timeoutMs,
    });
  }
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return new Refusal("dns", CORPUS_REFUSAL.dns, { host: url.host, code });
  const reason = code || (error as Error).message;
  return new Refusal("unreachable", CORPUS_REFUSAL.unreachable, { host: url.host, reason }, reason);
}
