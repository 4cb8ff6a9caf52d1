// A name in a script slugify cannot transliterate derives an empty slug; the save must still succeed (the
// malformed-input attack test found post.create failing with an internal error on such a label).
import { describeEachDatabase } from "@plenary/db/testing";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";

describeEachDatabase("slugs derived from names without latin or cyrillic letters", (fixture) => {
  let callers: Awaited<ReturnType<typeof callersFor>>;
  beforeAll(async () => {
    callers = await callersFor(fixture.db);
  });

  it("fall back to the kind's name, numbered when taken", async () => {
    const first = await callers.editor.post.create({ labelI18n: { en: "秘书长" }, role: "head_of_igo_body" });
    const second = await callers.editor.post.create({
      labelI18n: { en: "🏳️ 秘书长" },
      role: "head_of_igo_body",
    });
    const person = await callers.editor.person.create({ nameI18n: { en: "习近平" } });
    expect([first.record.slug, second.record.slug, person.record.slug]).toEqual(["post", "post-2", "person"]);
  });

  it("numbers a long name's slug past every taken one, though a shortened slug no longer starts like the first", async () => {
    // Twelve nine-letter words: the slug keeps ten of them (99 of its 100 characters), so a suffix replaces the last.
    const name = Array.from({ length: 12 }, (_, i) => `${"abcdefghi".slice(0, 8)}${"abcdefghijkl"[i]}`).join(
      " ",
    );
    const slugs: string[] = [];
    for (let n = 0; n < 4; n++)
      slugs.push((await callers.editor.person.create({ nameI18n: { en: name } })).record.slug);
    expect(new Set(slugs).size).toBe(4);
    expect(slugs.every((slug) => slug.length <= 100)).toBe(true);
    expect(slugs.slice(1).map((slug) => slug.slice(-2))).toEqual(["-2", "-3", "-4"]);
  });
});
