import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, parseProxyTrust, resolveForwarding } from "./client-address";

/** A request as Node's HTTP server hands it over: the socket's address and the headers the sender chose. */
function request(peer: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers: { ...headers } } as unknown as IncomingMessage;
}

function resolved(setting: string | undefined, peer: string, headers: Record<string, string>) {
  const req = request(peer, headers);
  resolveForwarding(req, parseProxyTrust(setting));
  return req.headers;
}

const spoofed = {
  "x-forwarded-for": "198.51.100.7, 203.0.113.9",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "evil.example",
  [CLIENT_ADDRESS_HEADER]: "192.0.2.99",
};

describe("client address behind (or without) proxies", () => {
  it("trusts no proxy by default: the socket's address counts, whatever the client says", () => {
    for (const setting of [undefined, "", "0"]) {
      const headers = resolved(setting, "203.0.113.50", spoofed);
      expect(headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.50");
      expect(headers["x-forwarded-for"]).toBeUndefined();
      expect(headers["x-forwarded-host"]).toBeUndefined();
      expect(headers["x-forwarded-proto"]).toBe("http");
    }
  });

  it("with a number of hops, takes the address that many proxies back", () => {
    expect(resolved("1", "10.0.0.2", spoofed)[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.9");
    expect(resolved("2", "10.0.0.2", spoofed)[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
    // More hops than the header lists: the left-most address it gives.
    expect(resolved("5", "10.0.0.2", spoofed)[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
  });

  it("with a list of addresses, believes only the proxies on it", () => {
    expect(resolved("10.0.0.2", "10.0.0.2", spoofed)[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.9");
    expect(resolved("10.0.0.0/8, loopback", "127.0.0.1", spoofed)[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.9");
    // A request straight from a client, not through the proxy: its X-Forwarded-For is ignored.
    const direct = resolved("10.0.0.2", "203.0.113.50", spoofed);
    expect(direct[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.50");
    expect(direct["x-forwarded-proto"]).toBe("http");
  });

  it("takes a trusted proxy's word on https, and nothing but http or https", () => {
    expect(resolved("1", "10.0.0.2", spoofed)["x-forwarded-proto"]).toBe("https");
    expect(resolved("1", "10.0.0.2", { "x-forwarded-proto": "http, https" })["x-forwarded-proto"]).toBe(
      "https",
    );
    expect(resolved("1", "10.0.0.2", { "x-forwarded-proto": "javascript" })["x-forwarded-proto"]).toBe(
      "http",
    );
    expect(resolved("1", "10.0.0.2", {})["x-forwarded-proto"]).toBe("http");
  });

  it("refuses a setting it cannot read", () => {
    expect(() => parseProxyTrust("not an address")).toThrow();
    expect(() => parseProxyTrust("10.0.0.0/99")).toThrow();
  });
});
