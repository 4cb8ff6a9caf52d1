export {
  startEmbeddedServer,
  EmbeddedServerError,
  type EmbeddedServer,
  type EmbeddedServerOptions,
} from "./embedded-server";
export { withDatabaseUrl } from "./database-url";
