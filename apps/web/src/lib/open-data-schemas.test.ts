import type * as domain from "@plenary/domain";
import { expectTypeOf, it } from "vitest";
import type {
  CountryProfile,
  DocumentDetail,
  DocumentRegistry,
  MeetingDetail,
  MeetingSummary,
  OrganizationProfile,
  PersonDetail,
} from "./types";

// The JSON Schemas /api/v1/schemas serves are generated from the domain's description of each answer; the api's own
// output types must be exactly those, or a schema would promise a shape the API does not send. Checked by typecheck.
it("the JSON API answers exactly the shapes its JSON Schemas describe", () => {
  expectTypeOf<MeetingSummary>().toEqualTypeOf<domain.MeetingSummary>();
  expectTypeOf<MeetingDetail>().toEqualTypeOf<domain.MeetingDetail>();
  expectTypeOf<PersonDetail>().toEqualTypeOf<domain.PersonDetail>();
  expectTypeOf<CountryProfile>().toEqualTypeOf<domain.CountryProfile>();
  expectTypeOf<OrganizationProfile>().toEqualTypeOf<domain.OrganizationProfile>();
  expectTypeOf<DocumentDetail>().toEqualTypeOf<domain.DocumentDetail>();
  // The registry's facets are intersections (FacetCount & { nameI18n }) on the api's side: the same shape, written
  // differently, so equality is checked as assignability both ways.
  expectTypeOf<DocumentRegistry>().toExtend<domain.DocumentRegistry>();
  expectTypeOf<domain.DocumentRegistry>().toExtend<DocumentRegistry>();
});
