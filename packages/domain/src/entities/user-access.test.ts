import { describe, expect, it } from "vitest";
import { AccessLevel, roleMay, UserRole } from "./user";

describe("who may use what (the api's role policy)", () => {
  it("admits each role to its own level and those below, and a signed-out visitor to public reads only", () => {
    const table = Object.fromEntries(
      [...UserRole.options, null].map((role) => [
        String(role),
        AccessLevel.options.filter((level) => roleMay(role, level)),
      ]),
    );
    expect(table).toEqual({
      admin: ["public", "signedIn", "editor", "admin"],
      editor: ["public", "signedIn", "editor"],
      viewer: ["public", "signedIn"],
      null: ["public"],
    });
  });
});
