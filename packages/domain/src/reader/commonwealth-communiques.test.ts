// A Commonwealth organisation's communiqué, as the OECS writes it (the participants9 fixture of its 72nd Authority,
// where the reader found no one): the meeting numbered in words ("The Seventy-Second Meeting of the Authority … under
// the Chairmanship of X") was taken for a meeting of two partners ("Twenty-Second" looked like "ASEAN-Japan"), so its
// chair was dropped; "Hon." after a comma title opens the name ("the Prime Minister of Grenada, Hon. X"), as "H.E." does;
// "the OECS Authority" is an organ, no person named "Authority"; and "Three Heads of Government used the ceremony to give
// their first addresses to the Authority: A; B; and C" lists who spoke there. And a heading over heads of government who
// "stayed away" is no list of who took part (it was read as one). Every person here is invented.
import { describe, expect, it } from "vitest";
import { participants9Knowledge as knowledge } from "./fixtures/participants9-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (body: string) =>
  readPressRelease(
    `OECS Media Release\n\nCommuniqué of the Meeting of the OECS Authority\n\n20 October 2022\n\n${body}`,
    knowledge,
  );
const names = (body: string) => read(body).participants.map((participant) => participant.nameAsStated);

describe("an OECS communiqué", () => {
  it.each(["Seventy-Second", "Twenty-First", "72nd"])("reads the chair of the %s Meeting", (ordinal) => {
    const proposal = read(
      `The ${ordinal} Meeting of the Authority of the Organisation of Eastern Caribbean States (OECS) took place in Montserrat on 19 and 20 October 2022, under the Chairmanship of the Honourable Joseph Allen Carty, Premier of Montserrat.`,
    );
    expect(
      proposal.participants.map((participant) => [participant.nameAsStated, participant.role.value]),
    ).toEqual([["Joseph Allen Carty", "chair"]]);
  });

  it("still takes a summit of two partners named before the chair for another meeting", () => {
    expect(
      names(
        "The meeting took place in Montserrat on 19 October 2022. On the sidelines, the Japan-Caribbean Meeting was held under the chairmanship of Prime Minister Kenji Sato of Japan.",
      ),
    ).toEqual([]);
  });

  it("reads the heads of government listed after their addresses, 'Hon.' opening each name", () => {
    expect(
      names(
        "The Meeting took place in Montserrat on 19 October 2022. Three Heads of Government used the ceremony to give their first addresses to the Authority: the Prime Minister of Grenada, Hon. Daniel Mitchum; the Prime Minister of Saint Kitts and Nevis, Hon. Dr. Terrence Drewe; and the Premier of the British Virgin Islands, Hon. Dr. Nathan Whitley.",
      ),
    ).toEqual(["Daniel Mitchum", "Terrence Drewe", "Nathan Whitley"]);
  });

  it("names no one 'Authority' in the chair's title", () => {
    const proposal = read(
      "The Meeting took place in Montserrat on 19 October 2022. In his opening remarks, the Premier of Montserrat and Chairman of the OECS Authority, Hon. Joseph Allen Carty, described the Meeting as proof of the region's strength.",
    );
    const everyone = [...proposal.participants, ...proposal.personMentions].map(
      (person) => person.nameAsStated,
    );
    expect(everyone).toEqual(["Joseph Allen Carty"]);
  });

  it.each([
    // a heading over those who stayed away: its line-up is no list of who took part
    "Three Heads of Government stayed away: the Prime Minister of Grenada, Hon. Daniel Mitchum; and the Premier of the British Virgin Islands, Hon. Dr. Nathan Whitley.",
    "Heads of Government absent: the Prime Minister of Grenada, Hon. Daniel Mitchum.",
    "The Heads of Government adopted two documents: the Montserrat Declaration and the Statement on Climate.",
  ])("guard: %s", (sentence) => {
    expect(names(`The Meeting took place in Montserrat on 19 October 2022. ${sentence}`)).toEqual([]);
  });
});
