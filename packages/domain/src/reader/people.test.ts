import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { participationOf } from "./participants";
import { titledPeople } from "./people";

const people = (text: string) => titledPeople(text, 0, text.length, knowledge).map((item) => item.name?.text);

describe("titled people anywhere in a sentence", () => {
  it("finds a person with a role noun whatever the title order", () => {
    expect(
      people(
        "Opening the talks, Russian President Vladimir Putin thanked President of Azerbaijan Ilham Aliyev and Li Qiang, Premier of the State Council of China, for coming.",
      ),
    ).toEqual(["Vladimir Putin", "Ilham Aliyev", "Li Qiang"]);
  });

  it("takes a country in brackets with the name and leaves honorifics and abbreviations out of it", () => {
    expect(
      people(
        "Jair Bolsonaro (Brazil) spoke after Thai Prime Minister Gen. Prayut Chan-o-cha and Indonesia President H.E. Joko Widodo.",
      ),
    ).toEqual(["Prayut Chan-o-cha", "Joko Widodo"]);
  });

  it("takes the body after 'of the' into the title and the name after the comma", () => {
    expect(
      people(
        "It was attended by the Secretary General of the Caspian Development Fund, Timur Aliyar, and others.",
      ),
    ).toEqual(["Timur Aliyar"]);
  });

  it("keeps no one without a role noun: a bare Mr, a country, a place", () => {
    expect(people("Mr Putin met Kazakhstan's delegation at the Palace of Independence in Minsk.")).toEqual(
      [],
    );
  });
});

describe("whether a titled person took part", () => {
  const decide = (text: string, name: string) => {
    const item = titledPeople(text, 0, text.length, knowledge).find((person) => person.name?.text === name)!;
    return participationOf(text, { start: 0, end: text.length }, item);
  };

  it.each([
    ["Tajik President Emomali Rahmon, attending via video link, called for calm.", "attendance"],
    ["Tajik President Emomali Rahmon addressed the summit.", "attendance"],
    ["Speaking at the summit, Tajik President Emomali Rahmon called for calm.", "attendance"],
    ["In his video message to the summit, Tajik President Emomali Rahmon called for calm.", "message"],
    ["Tajik President Emomali Rahmon will chair the summit.", "chair"],
  ])("%s → %s", (text, kind) => {
    expect(decide(text, "Emomali Rahmon")?.kind).toBe(kind);
  });

  it.each([
    "The leaders held talks with Tajik President Emomali Rahmon before the summit.",
    "Tajik President Emomali Rahmon said the summit would be held in Dushanbe.",
    "Tajik President Emomali Rahmon did not attend the summit.",
    "Former Tajik President Emomali Rahmon attended the first summit.",
  ])("%s → no", (text) => {
    expect(decide(text, "Emomali Rahmon")).toBeNull();
  });
});

describe("titles set off by a comma, or finished by a country after the name", () => {
  it("reads 'President, X,' and 'X of <country>' outside any list", () => {
    const text =
      "Russia, whose President, Vladimir Putin, opened the session, handed over to President Bolot Usenov of Kyrgyzstan.";
    const items = titledPeople(text, 0, text.length, knowledge);
    expect(
      items.map((item) => [item.name?.text, item.title?.roleNoun, item.title?.country?.id ?? null]),
    ).toEqual([
      ["Vladimir Putin", "President", null],
      ["Bolot Usenov", "President", "ctykgx0001"],
    ]);
  });

  it("takes no comma title before a single word or a name that runs on", () => {
    expect(people("The President, Putin, spoke.")).toEqual([]);
  });
});
