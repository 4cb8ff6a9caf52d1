// Attack helper, run as its own process by crash.attack.test.ts: an "app" that imports one meeting export (the JSON
// file named by IMPORT_FILE) through the real caller as an editor, as the admin's import page does, and says when it
// starts and how it ended. The test kills it with SIGKILL in the middle.
import fs from "node:fs";
import { createDb } from "@plenary/db";
import { createContext } from "../context";
import { createCaller } from "../root";
import { createUser } from "../test-callers";

const db = createDb(process.env.DATABASE_URL!);
const data = JSON.parse(fs.readFileSync(process.env.IMPORT_FILE!, "utf8")) as never;
const user = await createUser(db, "editor");
const caller = createCaller(createContext({ db, user }));
console.log("importing");
const outcome = await caller.transfer.importMeeting({ data });
console.log(`imported ${outcome.status} ${JSON.stringify(outcome.created)}`);
await db.$disconnect();
