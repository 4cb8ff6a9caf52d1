import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import manifest from "./manifest";

const file = (path: string) => readFileSync(new URL(path, import.meta.url));
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) =>
  png.subarray(1, 4).toString() === "PNG" ? `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}` : "not a PNG";

describe("icons and the web manifest", () => {
  it("serve a real /favicon.ico: an ICO holding 16, 32 and 48 pixel PNGs", () => {
    const ico = file("./favicon.ico");
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const png = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      return pngSize(png);
    });
    expect(sizes).toEqual(["16x16", "32x32", "48x48"]);
  });

  it("list icons in the manifest that exist at the sizes they claim", () => {
    const icons = manifest().icons ?? [];
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of icons) {
      const path = icon.src === "/icon.svg" ? "./icon.svg" : `../../public${icon.src}`;
      const body = file(path);
      if (icon.type === "image/svg+xml") expect(body.toString()).toContain("<svg");
      else expect(pngSize(body), icon.src).toBe(icon.sizes);
    }
    expect(pngSize(file("./apple-icon.png"))).toBe("180x180");
  });
});
