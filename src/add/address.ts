import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Whether an IP address may be fetched from: only ordinary public unicast. Loopback, private,
 * link-local, unspecified, carrier-grade NAT, multicast, reserved and the IPv6 ranges that embed or
 * tunnel another address (IPv4-compatible `::/96`, IPv4-translated, 6to4, Teredo, NAT64 `64:ff9b::/96`
 * and `64:ff9b:1::/48`) are all refused, so that no link reaches the machine the bot runs on or its
 * network. An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is judged as IPv4.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  // `[::127.0.0.1]` reaches the guard as `::7f00:1`, which ipaddr.js calls unicast: the deprecated
  // IPv4-compatible form, which no public host is reached by, is refused whole.
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).parts.slice(0, 6).every((part) => part === 0)) return false;
  return ipaddr.process(address).range() === "unicast";
}

/**
 * A URL's host as an IP address when it is one (`[::1]` gives `::1`), or undefined for a name. The URL
 * parser has already turned other spellings of an IPv4 address (`0x7f.1`, `2130706433`) into dotted form.
 */
export function literalAddress(hostname: string): string | undefined {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return isIP(bare) === 0 ? undefined : bare;
}
