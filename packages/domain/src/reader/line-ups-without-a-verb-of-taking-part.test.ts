// Line-ups of a round-up with an unusual verb or none: "The guest list ran from A to B" (both ends came, as members,
// not guests), "Around the table sat also A, B and C" ("also" is no part of the first one's post), "In the family
// photo: A, B and C, with D" (the one after ", with" is in the photo too). Written for the participants8 round (the EPC,
// B9 and MED9 fixtures); every person here is invented.
import { describe, expect, it } from "vitest";
import { participants8Knowledge as knowledge } from "./fixtures/participants8-knowledge";
import { readPressRelease } from "./read-press-release";

const opening =
  "GRANADA, Spain, Oct 5, 2023 (Wire) - The third summit of the European Political Community met at the Alhambra on Thursday.";

const read = (sentence: string) =>
  readPressRelease(`${opening} ${sentence}`, knowledge).participants.map((participant) => ({
    name: participant.nameAsStated,
    post: participant.post?.value.status === "new" ? participant.post.value.proposed.label : null,
    category: participant.category.value,
  }));

describe("a line-up with no verb of taking part", () => {
  it("reads both ends of a guest list, as members", () => {
    const people = read("The guest list ran from Iceland's Anna Jonsdottir to Georgia's Giorgi Beridze.");
    expect(people.map((one) => [one.name, one.category])).toEqual([
      ["Anna Jonsdottir", "member_state"],
      ["Giorgi Beridze", "member_state"],
    ]);
  });

  it("leaves 'also' out of the first one's post at the table", () => {
    const people = read(
      "Around the table sat also Portugal's Rui Sousa, Slovenia's Marko Novak and Spain's Pablo Ortega, with Italian Prime Minister Marco Bellini.",
    );
    expect(people.map((one) => one.name)).toEqual([
      "Rui Sousa",
      "Marko Novak",
      "Pablo Ortega",
      "Marco Bellini",
    ]);
    expect(people.map((one) => one.post ?? "")).not.toContainEqual(
      expect.stringMatching(/\balso\b|\bwith\b/),
    );
  });

  it("reads a family photo's line-up", () => {
    const people = read(
      "In the family photo: Spanish Prime Minister Pablo Ortega, Italian Prime Minister Marco Bellini and German Chancellor Karl Weber.",
    );
    expect(people.map((one) => one.name)).toEqual(["Pablo Ortega", "Marco Bellini", "Karl Weber"]);
  });

  it("reads the one after ', with' in a family photo", () => {
    const people = read(
      "In the family photo: Spanish Prime Minister Pablo Ortega, Italian Prime Minister Marco Bellini and German Chancellor Karl Weber, with European Commission President Clara Vogt.",
    );
    expect(people.map((one) => [one.name, one.category])).toContainEqual([
      "Clara Vogt",
      "guest_organization",
    ]);
  });

  it.each([
    // A guest list still to come; a guest list's size; a photo of another summit.
    "The guest list will run from Iceland's Anna Jonsdottir to Georgia's Giorgi Beridze next year.",
    "The guest list ran to 47 names, from the Atlantic to the Caucasus.",
    "In the family photo of the 2019 summit, Spanish Prime Minister Pablo Ortega stood beside the host.",
  ])("not: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});
