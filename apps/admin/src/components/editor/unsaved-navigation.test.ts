import { describe, expect, it } from "vitest";
import { isInAppNavigation } from "./unsaved-navigation";

const here = new URL("http://admin.test/meetings/edit/abc");
const click = {
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
};
const link = (href: string, target = "") => ({ href, target, hasDownload: false });

describe("isInAppNavigation", () => {
  it("catches a plain click on a link to another page of the admin", () => {
    expect(isInAppNavigation(click, link("http://admin.test/trash"), here)).toBe(true);
    expect(isInAppNavigation(click, link("/meetings/new"), here)).toBe(true);
  });

  it("lets through jumps within the page, new tabs, other sites and downloads", () => {
    expect(isInAppNavigation(click, link("http://admin.test/meetings/edit/abc#participants"), here)).toBe(
      false,
    );
    expect(isInAppNavigation(click, link("/api/preview/meeting/abc", "_blank"), here)).toBe(false);
    expect(isInAppNavigation({ ...click, ctrlKey: true }, link("/trash"), here)).toBe(false);
    expect(isInAppNavigation(click, link("https://example.org/"), here)).toBe(false);
    expect(isInAppNavigation(click, { ...link("/x.json"), hasDownload: true }, here)).toBe(false);
  });
});
