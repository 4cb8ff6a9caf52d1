// Read a press release and inspect each fact's evidence.
import { readFileSync } from "node:fs";
import { readPressRelease } from "@plenary/domain";

const text = readFileSync(new URL("./sco-summit-2020.release.txt", import.meta.url), "utf8");
// What the database already knows: here the reference data the package ships (countries, organizations and their
// memberships, no people: every person is proposed as new, with country and category from the reference data).
const knowledge = JSON.parse(
  readFileSync(new URL(import.meta.resolve("@plenary/domain/reference-data.json")), "utf8"),
);

const proposal = readPressRelease(text, knowledge);
/** @param {{ start: number, end: number }} evidence */
const quote = (evidence) => JSON.stringify(text.slice(evidence.start, evidence.end));

console.log(
  "date",
  proposal.startDate?.value,
  "from",
  proposal.startDate && quote(proposal.startDate.evidence),
);
for (const participant of proposal.participants.slice(0, 3)) {
  const person = participant.person.value;
  const name = person.status === "matched" ? person.label : person.proposed.name;
  const country = participant.country?.value.countryId ?? "-";
  console.log(
    person.status,
    name,
    country,
    participant.category.value,
    "from",
    quote(participant.person.evidence),
  );
}
console.log(proposal.documents.length, "documents;", proposal.warnings.length, "warnings");
