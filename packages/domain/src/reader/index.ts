export * from "./knowledge";
export * from "./proposal";
export * from "./reader-error";
export { readPressRelease, type ReadOptions } from "./read-press-release";
export * from "./knowledge-source";
export * from "./draft";
export * from "./evaluate";
export * from "./draft-input";
export * from "./review";
