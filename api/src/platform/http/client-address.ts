import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * Which hops in front of the hub may name the client in `X-Forwarded-For`:
 * none (the socket's peer is the client), the nearest `hops` proxies, or proxies at the listed
 * addresses / CIDR ranges.
 */
export type ProxyTrust = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; ranges: string[] };

/** Named ranges accepted in a TRUST_PROXY list besides addresses and CIDRs. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/**
 * Parses one TRUST_PROXY list entry (an address, a CIDR range, or `loopback` / `private`) into
 * CIDR ranges, or returns null when it is none of those.
 */
export function parseProxyRange(entry: string): string[] | null {
  const named = NAMED_RANGES[entry.toLowerCase()];
  if (named) return named;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return null;
  const max = family === 4 ? 32 : 128;
  if (prefix === undefined) return [`${address}/${max}`];
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) return null;
  return [`${address}/${prefix}`];
}

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is the same client as `10.0.0.1`. */
function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/** One entry of X-Forwarded-For as an address, accepting the `1.2.3.4:port` and `[v6]:port` forms some proxies write. */
function forwardedEntry(raw: string): string | null {
  const entry = raw.trim();
  if (isIP(entry)) return normalize(entry);
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry) ?? /^\[([0-9a-f:.]+)\](?::\d+)?$/i.exec(entry);
  const address = withPort?.[1];
  return address && isIP(address) ? normalize(address) : null;
}

const compiled = new WeakMap<ProxyTrust, (address: string, hop: number) => boolean>();

/** Whether the hop at `address`, `hop` steps from the hub (0 = the socket's peer), is a trusted proxy. */
export function trustsHop(trust: ProxyTrust, address: string, hop: number): boolean {
  let test = compiled.get(trust);
  if (!test) {
    if (trust.kind === 'none') test = () => false;
    else if (trust.kind === 'hops') {
      const { hops } = trust;
      test = (_address, index) => index < hops;
    } else {
      const list = new BlockList();
      for (const range of trust.ranges) {
        const [network = '', prefix = ''] = range.split('/');
        list.addSubnet(network, Number(prefix), isIP(network) === 6 ? 'ipv6' : 'ipv4');
      }
      test = (candidate) => {
        const family = isIP(candidate);
        return family !== 0 && list.check(candidate, family === 6 ? 'ipv6' : 'ipv4');
      };
    }
    compiled.set(trust, test);
  }
  return test(normalize(address), hop);
}

/**
 * The client's address as the login throttle and the audit trail should see it: the socket's
 * peer, or — while that peer and each next hop are trusted proxies — the entry that hop added to
 * `X-Forwarded-For`, read from the right. Entries left of the first untrusted hop were written by
 * the client and are never used; an unreadable entry stops the walk at the last trusted hop.
 * HTTP requests and the graphql-ws and socket.io handshakes all ask this one function.
 */
export function clientAddress(req: IncomingMessage, trust: ProxyTrust): string | null {
  const peer = req.socket.remoteAddress;
  if (!peer) return null;
  let client = normalize(peer);
  if (trust.kind === 'none') return client;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').reverse();
  for (let hop = 0; hop < forwarded.length && trustsHop(trust, client, hop); hop++) {
    const next = forwardedEntry(forwarded[hop] ?? '');
    if (!next) break;
    client = next;
  }
  return client;
}
