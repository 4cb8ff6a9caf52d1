export { loadReferenceData, REFERENCE_DATA_VIA, type ReferenceLoadResult } from "./load-reference-data";
export { countryData, type ReferenceCountry } from "./countries";
export {
  referenceMemberships,
  referenceOrganizations,
  type ReferenceMembership,
  type ReferenceOrganization,
} from "./organizations";
