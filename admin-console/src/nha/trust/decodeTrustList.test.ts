import { describe, expect, it } from 'vitest';
import { decodeTrustList } from './decodeTrustList';

function part(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('decodeTrustList', () => {
  it('reads the header key, the times and each country', () => {
    const jws = [
      part({ alg: 'EdDSA', kid: 'nha-trust-key-1' }),
      part({
        iss: 'https://cowin.example',
        iat: 1_800_000_000,
        exp: 1_800_086_400,
        countries: [
          {
            country: 'EG',
            issuer: 'https://eg.example',
            licence_id: 'LIC-EG',
            dcc: { certificates: [{ kid: 'a', retired: false }, { kid: 'b', retired: true }], csca: [] },
            shc: { keys: [{ kid: 'k' }] },
            vc: { verificationMethod: [{ id: 'did:web:eg#1' }] },
          },
          { country: 'IN' },
        ],
      }),
      'signature',
    ].join('.');
    expect(decodeTrustList(jws)).toEqual({
      keyId: 'nha-trust-key-1',
      issuer: 'https://cowin.example',
      issuedAt: 1_800_000_000,
      expiresAt: 1_800_086_400,
      countries: [
        { country: 'EG', issuer: 'https://eg.example', licenceId: 'LIC-EG', dccSigners: 2, dccSignersRetired: 1, shcKeys: 1, vcMethods: 1 },
        { country: 'IN', issuer: undefined, licenceId: undefined, dccSigners: 0, dccSignersRetired: 0, shcKeys: 0, vcMethods: 0 },
      ],
    });
  });

  it('decodes non-ASCII text', () => {
    const jws = `${part({ kid: 'k' })}.${part({ countries: [{ country: 'EG', issuer: 'مصر' }] })}.x`;
    expect(decodeTrustList(jws).countries[0]?.issuer).toBe('مصر');
  });

  it('refuses what is not a compact JWS', () => {
    expect(() => decodeTrustList('abc')).toThrow();
  });
});
