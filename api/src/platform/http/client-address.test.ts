import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { clientAddress } from './client-address.js';

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

const trust = (value?: string) => loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy;

describe('client address', () => {
  it('without trusted proxies is the socket’s peer, whatever X-Forwarded-For says', () => {
    expect(clientAddress(request('198.51.100.7', '203.0.113.1'), trust())).toBe('198.51.100.7');
  });

  it('an IPv4 peer on a dual-stack socket is written as plain IPv4', () => {
    expect(clientAddress(request('::ffff:198.51.100.7'), trust())).toBe('198.51.100.7');
  });

  it('behind one trusted hop is the rightmost X-Forwarded-For entry, never one the client put left of it', () => {
    const spoofed = request('10.0.0.2', '6.6.6.6, 203.0.113.9');
    expect(clientAddress(spoofed, trust('1'))).toBe('203.0.113.9');
  });

  it('behind two trusted hops is the second entry from the right', () => {
    expect(clientAddress(request('10.0.0.2', '6.6.6.6, 203.0.113.9, 10.0.0.3'), trust('2'))).toBe('203.0.113.9');
  });

  it('a trusted hop that forwarded nothing leaves the peer as the client', () => {
    expect(clientAddress(request('10.0.0.2'), trust('1'))).toBe('10.0.0.2');
    expect(clientAddress(request('10.0.0.2', ''), trust('1'))).toBe('10.0.0.2');
  });

  it('more trusted hops than entries stops at the leftmost entry', () => {
    expect(clientAddress(request('10.0.0.2', '203.0.113.9'), trust('3'))).toBe('203.0.113.9');
  });

  it('with a list, walks left past listed proxies and stops at the first address not on it', () => {
    const list = trust('10.0.0.0/8');
    expect(clientAddress(request('10.0.0.2', '6.6.6.6, 203.0.113.9, 10.1.2.3'), list)).toBe('203.0.113.9');
    // A peer that is not a listed proxy is the client, and its header is ignored.
    expect(clientAddress(request('192.0.2.1', '203.0.113.9'), list)).toBe('192.0.2.1');
  });

  it('with a list, matches IPv6 ranges and IPv4 peers written as mapped IPv6', () => {
    expect(clientAddress(request('2001:db8::5', '203.0.113.9'), trust('2001:db8::/32'))).toBe('203.0.113.9');
    expect(clientAddress(request('::ffff:127.0.0.1', '203.0.113.9'), trust('loopback'))).toBe('203.0.113.9');
  });

  it('reads entries with ports, and stops at the last trusted hop on an entry that is no address', () => {
    expect(clientAddress(request('10.0.0.2', '203.0.113.9:51234'), trust('1'))).toBe('203.0.113.9');
    expect(clientAddress(request('10.0.0.2', '[2001:db8::9]:443'), trust('1'))).toBe('2001:db8::9');
    expect(clientAddress(request('10.0.0.2', 'unknown, 10.0.0.3'), trust('2'))).toBe('10.0.0.3');
    expect(clientAddress(request('10.0.0.2', '<script>'), trust('1'))).toBe('10.0.0.2');
  });
});
