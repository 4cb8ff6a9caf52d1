// Validate a meeting record and show its rule issues.
import { readFileSync } from "node:fs";
import { checkMeetingFile, hasErrors, MeetingRecordInput } from "@plenary/domain";

const file = JSON.parse(readFileSync(new URL("./sco-summit-2020.meeting.json", import.meta.url), "utf8"));

// The shape: zod says which field is wrong and why.
const parsed = MeetingRecordInput.safeParse({ ...file.meeting, startDate: "10 November 2020" });
if (!parsed.success)
  console.log(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));

// The rules: list Xi Jinping twice and end Putin's term before the summit.
file.meeting.participations.push(file.meeting.participations[1]);
file.linked.occupancies[0].endDate = "2020-05-01";
const issues = checkMeetingFile(file);
for (const issue of issues) console.log(issue.severity, issue.path.join("."), issue.message);
console.log("blocks saving:", hasErrors(issues));
