import { beforeAll, expect, it } from "vitest";
import { seed } from "../seed";
import { describeEachDatabase } from "../testing";
import { updateVersioned } from "./versioned-write";

// A write names the pages its record showed on before it as well as after: a link it removes leaves a page that still
// shows the record until that page is refreshed.
describeEachDatabase("the pages a versioned write makes stale", (fixture) => {
  const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
  beforeAll(async () => {
    await seed(fixture.db);
  });

  it("names the page of a participant the write's own parts remove, in the transaction's one request", async () => {
    const meeting = await fixture.db.meeting.findUniqueOrThrow({ where: { slug: seedSlug } });
    const participation = await fixture.db.participation.findFirstOrThrow({
      where: { meetingId: meeting.id, person: { speeches: { none: {} } } },
      include: { person: { select: { slug: true } } },
      orderBy: { protocolOrder: "desc" },
    });
    const requestsBefore = await fixture.db.revalidationRequest.count();
    await fixture.db.$transaction(async (tx) => {
      await updateVersioned(
        tx,
        "meeting",
        meeting.id,
        meeting.version,
        {},
        { authorId: null, alsoWrite: () => tx.participation.delete({ where: { id: participation.id } }) },
      );
    });
    expect(await fixture.db.revalidationRequest.count()).toBe(requestsBefore + 1);
    const request = await fixture.db.revalidationRequest.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(request.tags).toEqual(
      expect.arrayContaining([`person:${participation.person.slug}`, `meeting:${seedSlug}`, "meetings"]),
    );
  });
});
