import { describe, expect, it } from 'vitest'
import { isPrivateAddress } from './private-address.js'

describe('isPrivateAddress', () => {
  const cases: Array<[string, boolean]> = [
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.10', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['[::1]', true],
    ['::', true],
    ['fe80::1%eth0', true],
    ['fd12:3456::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:8.8.4.4', false],
    ['2a00:1450:4001:80b::200e', false],
    ['example.org', false],
  ]
  it.each(cases)('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected)
  })
})
