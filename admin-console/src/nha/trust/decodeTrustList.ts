/**
 * Reads the payload of the signed trust list (a compact JWS) for display. The signature is not checked here: the
 * console shows what the server serves; relying parties verify it with the key at /platform/.well-known/jwks.json.
 */
export interface TrustListCountry {
  country: string;
  issuer?: string;
  licenceId?: string;
  /** EU DCC document signer certificates listed (retired ones included). */
  dccSigners: number;
  dccSignersRetired: number;
  /** SMART Health Cards keys. */
  shcKeys: number;
  /** W3C VC verification methods. */
  vcMethods: number;
}

export interface TrustListView {
  keyId?: string;
  issuer?: string;
  issuedAt?: number;
  expiresAt?: number;
  countries: TrustListCountry[];
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

type Json = Record<string, unknown>;

function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** Throws when `jws` is not three dot-separated base64url parts with JSON header and payload. */
export function decodeTrustList(jws: string): TrustListView {
  const parts = jws.trim().split('.');
  if (parts.length !== 3) throw new Error('not a compact JWS');
  const header = asObject(JSON.parse(base64UrlDecode(parts[0] as string)));
  const payload = asObject(JSON.parse(base64UrlDecode(parts[1] as string)));
  const countries = asArray(payload.countries).map((entry): TrustListCountry => {
    const country = asObject(entry);
    const signers = asArray(asObject(country.dcc).certificates).map(asObject);
    return {
      country: asString(country.country) ?? '',
      issuer: asString(country.issuer),
      licenceId: asString(country.licence_id),
      dccSigners: signers.length,
      dccSignersRetired: signers.filter((signer) => signer.retired === true).length,
      shcKeys: asArray(asObject(country.shc).keys).length,
      vcMethods: asArray(asObject(country.vc).verificationMethod).length,
    };
  });
  return {
    keyId: asString(header.kid),
    issuer: asString(payload.iss),
    issuedAt: asNumber(payload.iat),
    expiresAt: asNumber(payload.exp),
    countries,
  };
}
