export { appRouter, createCaller, type AppRouter } from "./root";
export { MeetingPageInput } from "./routers/meeting";
export { createContext, type Context, type SessionUser } from "./context";
export type { FieldIssue } from "./trpc";
export type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
export { userAuditHooks, type AuthEndpointContext } from "./user-audit-hooks";
export { PREVIEW_TOKEN_LIFETIME_MS, signPreviewToken } from "./preview-token";
export { deliverRevalidations, startRevalidationDelivery } from "./revalidate";
export { publishScheduled, startScheduledPublishing } from "./scheduled-publishing";
