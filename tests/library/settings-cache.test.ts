import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/library/settings.ts";
import { SettingsCache } from "../../src/library/settings-cache.ts";
import { type StorePlace, storePlace } from "./stores.ts";

const places: StorePlace[] = [];
afterEach(async () => {
  await Promise.all(places.splice(0).map((place) => place.dispose()));
});

const PRIVATE = { replies: "private" as const, editorRole: null, channels: ["300000000000000003"] };

describe("SettingsCache", () => {
  it("gives the defaults outside a server and where none were set, and a process's own change at once", async () => {
    const place = await storePlace("sqlite");
    places.push(place);
    const cache = new SettingsCache(await place.open());
    expect(await cache.of(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(await cache.of("A")).toEqual(DEFAULT_SETTINGS);
    await cache.save("A", PRIVATE, "600000000000000006");
    expect(await cache.of("A")).toEqual(PRIVATE);
    expect(await cache.of("B")).toEqual(DEFAULT_SETTINGS);
  });

  it("reads a server's settings again once another process changed them, and keeps at most its bound", async () => {
    const place = await storePlace("sqlite");
    places.push(place);
    const [writer, reader] = [await place.open(), await place.open()];
    const cache = new SettingsCache(reader, { max: 1 });
    expect(await cache.of("A")).toEqual(DEFAULT_SETTINGS);
    await writer.saveSettings("A", PRIVATE, "600000000000000006");
    await expect.poll(() => cache.of("A"), { timeout: 5_000, interval: 100 }).toEqual(PRIVATE);
    await cache.of("B");
    expect(cache.size).toBe(1);
    // "A" was dropped for "B": read from the store again, it is still as set.
    expect(await cache.of("A")).toEqual(PRIVATE);
  });
});
