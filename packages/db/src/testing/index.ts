export { startTestDatabases, type TestDatabase } from "./test-databases";
export { resetDatabase } from "./reset";
export { describeEachDatabase, describeOneDatabase, type DatabaseFixture } from "./describe-each-database";
export { databaseChecksum } from "./checksum";
