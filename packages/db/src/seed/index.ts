export { seed, type SeedOptions, type SeedResult } from "./seed";
