import "server-only";
import { createCaller, createContext } from "@plenary/api";
import { getDb } from "@plenary/db";
import { cache } from "react";
import "~/env";

/**
 * The api as server components call it: no HTTP hop, anonymous, so public procedures return published records
 * only. One caller per request (React `cache`), over the process-wide Prisma client.
 */
export const api = cache(() => createCaller(createContext({ db: getDb(), user: null })));
