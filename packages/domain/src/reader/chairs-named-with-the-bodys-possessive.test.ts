// A country named as the body's chair with the body's possessive — "Zambia is COMESA's new Chair", "Zambia became
// COMESA's new Chair today", "Zambia, the Association's new Chair,", "Egypt, COMESA's outgoing Chair," — is the next
// (or the outgoing) holder, as "Zambia, the new chair," already was. Another organization's chair ("Kenya, SADC's new
// Chair,") is none. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { comesaTermsWith } from "./chairmanship-test-reading";

const termsWith = comesaTermsWith;

const ZAMBIA = [["ZM", "2023-06-08", null]];

describe("a chair named with the body's possessive", () => {
  it.each([
    ["Zambia is COMESA's new Chair.", ZAMBIA],
    ["Zambia became COMESA's new Chair today.", ZAMBIA],
    ["Zambia, the Association's new Chair, thanked the members.", ZAMBIA],
    [
      "Zambia took over the chairmanship today. Egypt, COMESA's outgoing Chair, thanked the members.",
      [
        ["EG", null, "2023-06-08"],
        ["ZM", "2023-06-08", null],
      ],
    ],
  ])("%s", (sentence, terms) => {
    expect(termsWith(sentence)).toEqual(terms);
  });
});

describe("guards", () => {
  it.each([
    ["Zambia took over the chairmanship today. Kenya, SADC's new Chair, thanked the members.", ZAMBIA],
    ["Kenya, SADC's new Chair, thanked the members.", []],
    ["Zambia became the new chair today.", ZAMBIA],
    ["Zambia, Africa's copper producer, thanked the members.", []],
  ])("reads as before: %s", (sentence, terms) => {
    expect(termsWith(sentence)).toEqual(terms);
  });
});
