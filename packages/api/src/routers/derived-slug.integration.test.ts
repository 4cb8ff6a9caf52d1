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
});
