import { BlockList, isIP } from 'node:net';

/**
 * Which peers may tell us the client's address in `X-Forwarded-For`. Without a trusted proxy the
 * socket's peer is the client; behind a TLS proxy every user would otherwise share its address
 * and one person's failed sign-ins would lock everyone out.
 */
export type TrustedProxies =
  | { kind: 'none' }
  /** This many proxies in front of us, each appending the address it saw. */
  | { kind: 'hops'; hops: number }
  /** Proxies recognised by address: walk the chain from the right past them. */
  | { kind: 'networks'; list: BlockList; text: string };

const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** `TRUST_PROXY`: empty or 0 → none; 1-10 → hop count; else comma-separated IPs or CIDRs. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies | string {
  const text = (value ?? '').trim();
  if (text === '' || text === '0') return { kind: 'none' };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? { kind: 'hops', hops } : 'a hop count must be between 0 and 10';
  }
  const list = new BlockList();
  for (const entry of text.split(',').map((e) => e.trim())) {
    const [address = '', prefix, extra] = entry.split('/');
    if (extra !== undefined || isIP(address) === 0)
      return `"${entry}" is not an IP address or CIDR`;
    if (prefix === undefined) {
      list.addAddress(address, family(address));
      continue;
    }
    const bits = Number(prefix);
    const max = isIP(address) === 6 ? 128 : 32;
    if (!/^\d+$/.test(prefix) || bits > max) return `"${entry}" has an invalid prefix length`;
    list.addSubnet(address, bits, family(address));
  }
  return { kind: 'networks', list, text };
}

/** Strips an IPv4-mapped IPv6 prefix so `::ffff:10.0.0.1` matches `10.0.0.0/8`. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/** The client's address: the peer's, or the forwarded one when the peer is a trusted proxy. */
export function clientAddress(
  peer: string | null,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): string | null {
  if (peer === null || trusted.kind === 'none') return peer && plain(peer);
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((a) => plain(a.trim()))
    .filter((a) => a !== '');
  // Right to left: the peer, then what each proxy saw; invalid entries end the walk.
  const chain = [...forwarded, plain(peer)];
  if (trusted.kind === 'hops') {
    const index = chain.length - 1 - trusted.hops;
    const candidate = chain[Math.max(index, 0)] ?? null;
    return candidate !== null && isIP(candidate) !== 0 ? candidate : plain(peer);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i] ?? '';
    if (isIP(address) === 0) return chain[i + 1] ?? plain(peer);
    if (i === 0 || !trusted.list.check(address, family(address))) return address;
  }
  return plain(peer);
}
