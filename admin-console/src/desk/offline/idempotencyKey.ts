/**
 * A new idempotency key: 128 random bits. `crypto.getRandomValues` rather than `randomUUID` because the latter needs
 * a secure context and a clinic's desk may reach the server by a plain address.
 */
export function newIdempotencyKey(source: Pick<Crypto, 'getRandomValues'> = crypto): string {
  const bytes = source.getRandomValues(new Uint8Array(16));
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `desk-${hex}`;
}
