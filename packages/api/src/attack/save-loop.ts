// Attack helper, run as its own process by crash.attack.test.ts: an "app" that saves the first meeting over and
// over as an editor through the real caller, printing each saved version, until it is killed.
import { createDb } from "@plenary/db";
import { createContext } from "../context";
import { createCaller } from "../root";
import { createUser } from "../test-callers";

const db = createDb(process.env.DATABASE_URL!);
const user = await createUser(db, "editor");
const caller = createCaller(createContext({ db, user }));
const { id } = await db.meeting.findFirstOrThrow({ select: { id: true } });
for (let n = 0; ; n++) {
  const record = await caller.meeting.record({ id });
  const { record: saved } = await caller.meeting.saveRecord({
    ...record,
    titleI18n: { ...record.titleI18n, en: `Saved by the save loop, ${n}` },
    summaryI18n: { en: `Summary ${n} `.repeat(50) },
  });
  console.log(`saved ${saved.version}`);
}
