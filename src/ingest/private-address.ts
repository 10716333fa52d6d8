import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { BlockList, isIP } from 'node:net'

// Loopback, private, link-local, carrier-grade NAT, unspecified, multicast and reserved ranges
// (RFC 1918, 3927, 4193, 4291, 6598, 6890): nothing a public news page is served from.
const blocked = new BlockList()
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, bits, 'ipv4')
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const)
  blocked.addSubnet(net, bits, 'ipv6')

/**
 * True for loopback, private, link-local and other non-public IPv4/IPv6 addresses, including
 * IPv4-mapped IPv6 (`::ffff:127.0.0.1`). A string that is not an IP address is false.
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped?.[1]) return blocked.check(mapped[1], 'ipv4')
  const v = isIP(ip)
  if (v === 4) return blocked.check(ip, 'ipv4')
  if (v === 6) return blocked.check(ip, 'ipv6')
  return false
}

/** Raised when a host resolves to a refused address. */
export class PrivateAddressError extends Error {
  override readonly name = 'PrivateAddressError'
  readonly address: string
  constructor(address: string) {
    super(`resolves to the private or loopback address ${address}`)
    this.address = address
  }
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void

/**
 * A `dns.lookup` replacement for sockets that refuses private addresses at connect time, so a
 * redirect or a DNS answer that changes between check and connect cannot reach them.
 */
export function guardedLookup(
  hostname: string,
  options: LookupOptions,
  callback: LookupCallback,
): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '')
    const bad = addresses.find((a) => isPrivateAddress(a.address))
    if (bad) return callback(new PrivateAddressError(bad.address), '')
    const firstAddr = addresses[0]
    if (options.all) return callback(null, addresses)
    if (!firstAddr)
      return callback(
        Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }),
        '',
      )
    return callback(null, firstAddr.address, firstAddr.family)
  })
}
