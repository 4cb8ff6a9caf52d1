import { describe, expect, it } from "vitest";
import { apiSettings } from "./env";

describe("apiSettings", () => {
  it("reads the site's address and the shared secret, each null when unset, empty or invalid", () => {
    expect(apiSettings({})).toEqual({ webUrl: null, sharedSecret: null });
    expect(apiSettings({ PLENARY_WEB_URL: "", PLENARY_REVALIDATE_SECRET: "" })).toEqual({
      webUrl: null,
      sharedSecret: null,
    });
    // A secret the site would refuse (under 16 characters) is as good as none: the admin does not send it.
    expect(
      apiSettings({ PLENARY_WEB_URL: "http://localhost:3000", PLENARY_REVALIDATE_SECRET: "short" }),
    ).toEqual({
      webUrl: "http://localhost:3000",
      sharedSecret: null,
    });
    expect(
      apiSettings({ PLENARY_WEB_URL: "not a url", PLENARY_REVALIDATE_SECRET: "sixteen characters" }),
    ).toEqual({ webUrl: null, sharedSecret: "sixteen characters" });
  });
});
