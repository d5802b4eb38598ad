/** Name-based UUIDs (RFC 9562 version 5, SHA-1): the same name always gives the same id, so exports are stable. */
import { createHash } from 'node:crypto';

/** The namespace of every id the feed kit derives (a fixed, random UUID). */
export const FRISKLIVS_NAMESPACE = '5b7f3f0e-8d0c-4c3a-9a51-2f6e4b1d7c90';

const namespaceBytes = Buffer.from(FRISKLIVS_NAMESPACE.replace(/-/g, ''), 'hex');

export function uuidV5(name: string): string {
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
