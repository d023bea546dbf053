import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "../../src/add/address.ts";
import { anyAddress, type FetchOptions, fetchPage, pageText } from "../../src/add/fetch-page.ts";
import { Refusal } from "../../src/add/refusal.ts";
import { type PageServer, startPageServer } from "./page-server.ts";

let pages: PageServer;
beforeAll(async () => {
  pages = await startPageServer();
});
afterAll(async () => {
  await pages?.close();
});

const open: FetchOptions = { allowed: anyAddress };

/** The refusal a fetch ends in; fails the test if it succeeds or throws anything else. */
async function refusal(url: string, options: FetchOptions = {}): Promise<Refusal> {
  const error = await fetchPage(url, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(Refusal);
  return error as Refusal;
}

describe("which addresses may be fetched from", () => {
  it("allows public unicast and refuses loopback, private, link-local, unspecified and tunnelled ranges", () => {
    for (const address of ["93.184.215.14", "2606:4700:4700::1111"]) expect(isPublicAddress(address)).toBe(true);
    const refused = [
      "127.0.0.1",
      "10.0.0.1",
      "172.16.5.4",
      "192.168.1.1",
      "169.254.169.254",
      "0.0.0.0",
      "100.64.0.1",
      "::1",
      "::",
      "fe80::1",
      "fd12:3456::1",
      "::ffff:10.0.0.1",
      "2002:a00:1::",
      "64:ff9b::a00:1",
      // IPv4-compatible, as the URL parser writes `[::127.0.0.1]`, and in full; IPv4-translated; NAT64 local-use.
      "::7f00:1",
      "::127.0.0.1",
      "0:0:0:0:0:0:7f00:1",
      "::a00:1",
      "::808:808",
      "::ffff:0:7f00:1",
      "64:ff9b:1::a00:1",
      "2001::1",
      "fec0::1",
      "ff02::1",
      "not an address",
    ];
    for (const address of refused) expect(isPublicAddress(address), address).toBe(false);
  });
});

describe("fetching a page safely", () => {
  it("refuses 10.0.0.1, ::1 and a name for loopback without connecting, naming the address", async () => {
    const before = pages.requests.length;
    const ten = await refusal("http://10.0.0.1/news/story");
    expect(ten).toMatchObject({ code: "private_address", literal: "10.0.0.1", log: { address: "10.0.0.1" } });
    expect((await refusal(`http://[::1]:${new URL(pages.origin).port}/pages/ferry`)).literal).toBe("::1");
    const named = await refusal(`http://localhost:${new URL(pages.origin).port}/pages/ferry`);
    expect(named.code).toBe("private_address");
    expect(isPublicAddress(named.literal ?? "")).toBe(false);
    expect(pages.requests.length).toBe(before);
  });

  it("refuses our own page server too unless private addresses are allowed", async () => {
    expect((await refusal(`${pages.origin}/pages/ferry`)).code).toBe("private_address");
    const page = await fetchPage(`${pages.origin}/pages/ferry`, open);
    expect(page.type).toBe("text/html");
    expect(pageText(page)).toContain("Lake Morrow ferry suspended");
  });

  it("refuses file:, ftp: and javascript: links, and text that is not a link", async () => {
    expect(await refusal("file:///etc/passwd", open)).toMatchObject({ code: "scheme", log: { scheme: "file:" } });
    expect((await refusal("ftp://files.example/story.html", open)).code).toBe("scheme");
    expect((await refusal("javascript:alert(1)", open)).code).toBe("scheme");
    expect((await refusal("the ferry story", open)).code).toBe("bad_url");
  });

  it("follows up to 5 redirects to the page, and refuses a sixth", async () => {
    const page = await fetchPage(`${pages.origin}/hops/5/ferry`, open);
    expect(page.url).toBe(`${pages.origin}/pages/ferry`);
    const six = await refusal(`${pages.origin}/hops/6/ferry`, open);
    expect(six.code).toBe("redirects");
    expect(six.message).toContain("more than 5 times");
  });

  it("checks every redirect: its scheme, and the address it leads to", async () => {
    const toFile = `${pages.origin}/to?location=${encodeURIComponent("file:///etc/passwd")}`;
    expect((await refusal(toFile, open)).code).toBe("scheme");
    // Only the page server's own address is allowed here, so the redirect's target must be checked.
    const onlyHere: FetchOptions = { allowed: (address) => address === "127.0.0.1" };
    const toLoopback6 = `${pages.origin}/to?location=${encodeURIComponent("http://[::1]/admin")}`;
    expect(await refusal(toLoopback6, onlyHere)).toMatchObject({ code: "private_address", literal: "::1" });
    const toPrivate = `${pages.origin}/to?location=${encodeURIComponent("http://10.0.0.1/admin")}`;
    expect(await refusal(toPrivate, onlyHere)).toMatchObject({ code: "private_address", literal: "10.0.0.1" });
  });

  it("refuses a 404 with the status, and a PDF with its type", async () => {
    const missing = await refusal(`${pages.origin}/missing`, open);
    expect(missing).toMatchObject({ code: "status", literal: "404 Not Found", log: { status: 404 } });
    const pdf = await refusal(`${pages.origin}/report.pdf`, open);
    expect(pdf).toMatchObject({ code: "type", literal: "application/pdf" });
    expect(pdf.message).toContain("it is application/pdf");
  });

  it("refuses a 20 MB page, whether or not it says its length", async () => {
    const sized = await refusal(`${pages.origin}/huge`, open);
    expect(sized).toMatchObject({ code: "too_large", log: { bytes: 20 * 1024 * 1024 } });
    expect(sized.message).toContain("larger than 5 MB");
    const unsized = await refusal(`${pages.origin}/huge-unsized`, open);
    expect(unsized.code).toBe("too_large");
    expect(unsized.log.bytes).toBeLessThanOrEqual(5 * 1024 * 1024 + 1024 * 1024);
  });

  it("reads a gzip-encoded page, and gives up on a page that never arrives", async () => {
    expect(pageText(await fetchPage(`${pages.origin}/gzip/solar`, open))).toContain("Hatherley quarry");
    const silent = await refusal(`${pages.origin}/silent`, { ...open, limits: { timeoutMs: 300 } });
    expect(silent.code).toBe("timeout");
  });

  it("takes any type for an attachment, and decodes a page in the charset it declares", async () => {
    expect((await fetchPage(`${pages.origin}/report.pdf`, { ...open, types: null })).type).toBe("application/pdf");
    pages.serve("/latin1", Buffer.from("<p>Caf\xe9 \x93quoted\x94</p>", "latin1"), "text/html; charset=windows-1252");
    expect(pageText(await fetchPage(`${pages.origin}/latin1`, open))).toBe("<p>Café “quoted”</p>");
  });
});
