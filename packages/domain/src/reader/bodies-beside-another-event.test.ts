// A meeting held beside another body's event ("on the margins of the UN General Assembly", "on the sidelines of the
// SCO summit"): that body is not the one that met; the other organization the sentence names is. Guards: a meeting of
// the body itself, with talks on its own sidelines. The knowledge is the chair4 fixtures'.
import { describe, expect, it } from "vitest";
import { chair4Knowledge as knowledge } from "./fixtures/chair4-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const bodyOf = (text: string) => {
  const body = readPressRelease(text, knowledge).body?.value;
  return body?.status === "matched" ? body.id : null;
};

describe("the body that met, not the one whose event it was held beside", () => {
  it.each([
    [
      "New York, 19 September 2023 — The presidents of the five Central Asian states met the United States on the margins of the UN General Assembly, the first summit of the C5+1 at that level.",
      ids.organization("c5-plus-1"),
    ],
    [
      "Astana, 4 July 2024 — On the sidelines of the SCO summit, the leaders of the CSTO held an informal meeting.",
      ids.organization("csto"),
    ],
    [
      "New York, 22 September 2022 — At the margins of the United Nations General Assembly, the leaders of the D-8 held a special summit.",
      ids.organization("d-8"),
    ],
  ])("%s", (text, body) => {
    expect(bodyOf(text)).toBe(body);
  });

  it("keeps the body whose own meeting had talks on its sidelines", () => {
    expect(
      bodyOf(
        "Astana, 4 July 2024 — The SCO summit opened in Astana today, and bilateral talks were held on its sidelines.",
      ),
    ).toBe("orgshanghaicooperationorganisati");
  });
});
