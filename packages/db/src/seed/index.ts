export { seed, type SeedOptions, type SeedResult } from "./seed";
export * as firstRecord from "./sco-2020-11-10";
export * as referenceData from "./reference-data";
