// A chair named only by a leader's bare title ("President X opened and closed the meeting", "President X, as pro
// tempore president of the Alliance, welcomed the delegations") is the leader of the country the text names as holding
// the presidency ("El Salvador, which has held the pro tempore presidency", "the country holding the rotating
// presidency", "Chile hands the pro tempore presidency … to Colombia"): the post gets that country and the category a
// member's. Every person here is invented.
import { describe, expect, it } from "vitest";
import { chairs7Knowledge as knowledge } from "./fixtures/chairs7-knowledge";
import { readPressRelease } from "./read-press-release";

const chairOf = (text: string) => {
  const chair = readPressRelease(text, knowledge).participants.find(
    (participant) => participant.role.value === "chair",
  );
  if (!chair) return null;
  const post = chair.post?.value;
  return {
    post: post?.status === "new" ? post.proposed.label : (post?.label ?? null),
    category: chair.category.value,
  };
};

describe("a chair with a leader's bare title, of the country holding the presidency", () => {
  it("reads the host who opened and closed the meeting as the leader of the country that held the presidency", () => {
    expect(
      chairOf(
        "El Salvador hands the pro tempore presidency of SICA to Honduras\n\nSan Salvador, 10 December 2011\n\nEl Salvador, which has held the pro tempore presidency of the Central American Integration System (SICA) for the past six months, hosted the Ordinary Meeting of Heads of State and Government of SICA today.\n\nPresident Tomás Ibarra opened and closed the meeting.\n\nTaking part were the President of Guatemala, Rafael Morales; the President of Honduras, Andrés Pineda; and the President of Costa Rica, Laura Vega.",
      ),
    ).toEqual({ post: "President of El Salvador", category: "member_state" });
  });

  it("reads the one who welcomed the delegations as pro tempore president as the leader of the country handing over", () => {
    expect(
      chairOf(
        "Chile hands the pro tempore presidency of the Pacific Alliance to Colombia\n\nPuerto Varas, 1 July 2016\n\nPresident Lucía Ferrer, as pro tempore president of the Pacific Alliance, welcomed the delegations this Friday to the Summit of the Alliance.\n\nThe President of Colombia, Diego Rojas, the President of Mexico, Arturo Salinas, and the President of Peru, Jorge Quispe, took part.",
      ),
    ).toEqual({ post: "President of Chile", category: "member_state" });
  });

  it("reads the head of state of the country holding the rotating presidency, named later by his bare title", () => {
    expect(
      chairOf(
        "Libreville, 12 March 2021\n\nThe Ordinary Session of the Conference of Heads of State and Government of the Economic Community of Central African States (ECCAS) was presided over by the Head of State of Gabon, the country holding the rotating presidency of the Community.\n\nPresident Marcel Obame presided over the session. Taking part were President Jean Nkurunziza of Burundi and President Paul Yakété of the Central African Republic.",
      ),
    ).toEqual({ post: "President of Gabon", category: "member_state" });
  });
});

describe("a presidency of another body names no holder of this one's", () => {
  it("the Central American Parliament's, beside SICA's", () => {
    expect(
      chairOf(
        "San Salvador, 10 December 2011\n\nEl Salvador, which has held the pro tempore presidency of SICA for the past six months, hosted the Ordinary Meeting of Heads of State and Government of SICA today, and Honduras, which holds the presidency of the Central American Parliament, sent its president.\n\nPresident Tomás Ibarra opened and closed the meeting. Taking part were the President of Guatemala, Rafael Morales, and the President of Honduras, Andrés Pineda.",
      )?.post,
    ).toBe("President of El Salvador");
  });

  it("the EU Council's, the only presidency named", () => {
    expect(
      chairOf(
        "Kraków, 17 February 2021\n\nPrime Minister Jan Nowak hosted the heads of government of the Visegrad Group at the castle. Taking part were Prime Minister Petr Dvořák of the Czech Republic and Prime Minister Gábor Szabó of Hungary. Prime Minister Nowak chaired the meeting.\n\nThe leaders also prepared the European Council of March, with Portugal holding the presidency of the Council of the European Union until 30 June.",
      )?.post,
    ).toBe("Prime Minister");
  });

  it("the United Nations Security Council's", () => {
    expect(
      chairOf(
        "Tunis, 3 May 2022\n\nPresident Karim Haddad opened and closed the summit of the Union. Taking part were President Amine Salah of Algeria and President Omar Fathi of Libya. Ghana, which holds the presidency of the UN Security Council this month, sent a message.",
      )?.post,
    ).toBe("President");
  });
});

describe("guards: a chair's title stays as it is", () => {
  it("when another head of delegation is already that country's", () => {
    expect(
      chairOf(
        "San Salvador, 10 December 2011\n\nEl Salvador, which has held the pro tempore presidency of SICA for the past six months, hosted the Ordinary Meeting of Heads of State and Government of SICA today.\n\nPresident Tomás Ibarra opened and closed the meeting. Taking part were the Vice-President of El Salvador, Ana Rivas; the President of Guatemala, Rafael Morales; and the President of Honduras, Andrés Pineda.",
      )?.post,
    ).toBe("President");
  });

  it("when the text names two countries as holding the presidency", () => {
    expect(
      chairOf(
        "San Salvador, 10 December 2011\n\nEl Salvador, which has held the pro tempore presidency for the past six months, hosted the Ordinary Meeting of Heads of State and Government of SICA today, and Honduras, which holds the rotating presidency from January, sent its president.\n\nPresident Tomás Ibarra opened and closed the meeting. Taking part were the President of Guatemala, Rafael Morales, and the President of Honduras, Andrés Pineda.",
      )?.post,
    ).toBe("President");
  });

  it("when the chair's title names his country", () => {
    expect(
      chairOf(
        "San Salvador, 10 December 2011\n\nEl Salvador, which has held the pro tempore presidency of SICA for the past six months, hosted the Ordinary Meeting of Heads of State and Government of SICA today.\n\nThe meeting was chaired by the President of Guatemala, Rafael Morales. The President of Honduras, Andrés Pineda, also took part.",
      )?.post,
    ).toBe("President of Guatemala");
  });
});
