import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * The header in which the admin's own server (server.ts) hands the app the client's address, as worked out from
 * the socket and the proxies it trusts. Whatever a client sends under this name is overwritten.
 */
export const CLIENT_ADDRESS_HEADER = "x-plenary-client-address";

export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * PLENARY_TRUSTED_PROXIES: empty (the default) trusts no proxy, so the socket's address is the client's and
 * X-Forwarded-For is ignored; a number trusts that many hops in front of the admin; otherwise a comma-separated
 * list of addresses, subnets (10.0.0.0/8) or proxy-addr's names (loopback, uniquelocal, linklocal) trusts the
 * proxies with those addresses. Throws on anything else.
 */
export function parseProxyTrust(setting: string | undefined): ProxyTrust {
  const value = setting?.trim() ?? "";
  if (value === "" || value === "0") return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(value.split(",").map((entry) => entry.trim()));
}

/**
 * Prepares a request from the socket before Next sees it: the client's address goes into CLIENT_ADDRESS_HEADER,
 * and the X-Forwarded-Proto / X-Forwarded-Host a client may have sent are kept only when a trusted proxy is the
 * one that sent the request (Next would otherwise take them at their word).
 */
export function resolveForwarding(req: IncomingMessage, trust: ProxyTrust): void {
  const peer = req.socket.remoteAddress ?? "";
  req.headers[CLIENT_ADDRESS_HEADER] = proxyaddr(req, trust);
  if (peer && trust(peer, 0)) {
    // The nearest proxy's word: proxies set (or append to) these headers as they pass the request on.
    const proto = lastValue(req.headers["x-forwarded-proto"]);
    if (proto === "https" || proto === "http") req.headers["x-forwarded-proto"] = proto;
    else delete req.headers["x-forwarded-proto"];
  } else {
    delete req.headers["x-forwarded-for"];
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
  }
  if (!req.headers["x-forwarded-proto"]) {
    req.headers["x-forwarded-proto"] = "encrypted" in req.socket && req.socket.encrypted ? "https" : "http";
  }
}

function lastValue(header: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(header) ? header.join(",") : header;
  return joined?.split(",").at(-1)?.trim().toLowerCase();
}
