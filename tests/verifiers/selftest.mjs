// Self-test of verify.mjs: makes sample certificates of every format, with other libraries (cose-js, the base45
// package, jose, Digital Bazaar's signing suites) and with a from-scratch implementation of the byte-level algorithm
// that README.md describes (node:crypto + cbor only: what the Rust signer has to match), plus published third-party
// test vectors, and checks that the harness accepts them and rejects tampered, wrong-key and unknown-key ones.
//
// Run from the install folder, where node_modules is:  scripts/ensure-verifiers.sh --selftest
// (or: node --test selftest.mjs in ${COWIN_CACHE:-$HOME/.cache/cowin}/verifiers). Needs openssl for the X.509
// document-signer certificates.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile, execFileSync} from 'node:child_process';
import {createHash, createPrivateKey, generateKeyPairSync, sign as cryptoSign} from 'node:crypto';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {deflateRawSync, deflateSync} from 'node:zlib';
import {createRequire} from 'node:module';
import * as jose from 'jose';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as vcLib from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as eddsaJcs from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import * as ecdsaJcs from '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';

const require = createRequire(import.meta.url);
const cbor = require('cbor');
const cose = require('cose-js');
const base45 = require('base45'); // the other base45 implementation: the harness decodes with @digitalbazaar/base45
const dataIntegrityContext = require('@digitalbazaar/data-integrity-context');
const multikeyContext = require('@digitalbazaar/multikey-context');

const HARNESS = fileURLToPath(new URL('./verify.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cowin-verifiers-selftest-'));
process.on('exit', () => rmSync(work, {recursive: true, force: true}));
let fileNo = 0;

function put(content) {
  const path = join(work, `f${fileNo++}`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

// Runs the CLI as the Rust tests will; returns its exit code and its one line of JSON.
function verify(format, payload, keys, ...extra) {
  const args = [HARNESS, format, put(payload), keys === '-' ? '-' : put(keys), ...extra];
  return new Promise(resolve => {
    execFile(process.execPath, args, (error, stdout) => {
      const lines = stdout.trim().split('\n');
      assert.equal(lines.length, 1, `one line of JSON expected, got: ${stdout}`);
      resolve({code: error ? error.code : 0, out: JSON.parse(lines[0])});
    });
  });
}

async function accepted(format, payload, keys, ...extra) {
  const {code, out} = await verify(format, payload, keys, ...extra);
  assert.equal(out.valid, true, `expected valid, got: ${JSON.stringify(out.errors)}`);
  assert.equal(code, 0);
  return out;
}

async function rejected(format, payload, keys, reasonPattern, ...extra) {
  const {code, out} = await verify(format, payload, keys, ...extra);
  assert.equal(out.valid, false, 'expected invalid');
  assert.equal(code, 1);
  if (reasonPattern) assert.match(out.reason, reasonPattern);
  return out;
}

const now = Math.floor(Date.now() / 1000);

// ---------------------------------------------------------------------------------------------------------------
// EU DCC
function makeDsc(name, eku) {
  const dir = mkdtempSync(join(work, 'dsc-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', join(dir, 'key.pem'), '-outform', 'DER', '-out', join(dir, 'cert.der'), '-days', '30',
    '-subj', `/C=IN/O=CoWIN Global selftest/CN=${name}`, ...(eku ? ['-addext', `extendedKeyUsage=${eku}`] : [])],
  {stdio: 'ignore'});
  const der = readFileSync(join(dir, 'cert.der'));
  const key = createPrivateKey(readFileSync(join(dir, 'key.pem')));
  return {der, b64: der.toString('base64'), key, kid: createHash('sha256').update(der).digest().subarray(0, 8)};
}

const dgc = {
  ver: '1.3.0',
  nam: {fn: 'Rao', fnt: 'RAO', gn: 'Asha', gnt: 'ASHA'},
  dob: '1990-04-12',
  v: [{tg: '840539006', vp: 'J07BX03', mp: 'Covishield', ma: 'ORG-100001981', dn: 1, sd: 2, dt: '2024-01-02',
    co: 'IN', is: 'Ministry of Health', ci: 'URN:UVCI:01:IN:ABCDEF1234567890#X'}],
};

function cwt({exp = now + 365 * 86400, iat = now, payload = dgc} = {}) {
  return cbor.encode(new Map([[1, 'IN'], [4, exp], [6, iat], [-260, new Map([[1, payload]])]]));
}

// The algorithm of README.md, step by step, with node:crypto and a CBOR encoder only.
function dccByHand(dsc, {kid = dsc.kid, payload = cwt()} = {}) {
  const protectedBytes = cbor.encode(new Map([[1, -7], [4, kid]])); // a2 01 26 04 48 <kid>
  const toBeSigned = cbor.encode(['Signature1', protectedBytes, Buffer.alloc(0), payload]);
  const signature = cryptoSign('sha256', toBeSigned, {key: dsc.key, dsaEncoding: 'ieee-p1363'}); // r||s, 64 bytes
  const coseSign1 = cbor.encode(new cbor.Tagged(18, [protectedBytes, new Map(), payload, signature]));
  return `HC1:${base45.encode(deflateSync(coseSign1))}`;
}

async function dccWithCoseJs(dsc, payload = cwt()) {
  const d = Buffer.from(dsc.key.export({format: 'jwk'}).d, 'base64url');
  const coseSign1 = await cose.sign.create({p: {alg: 'ES256', kid: dsc.kid}, u: {}}, payload, {key: {d}});
  return `HC1:${base45.encode(deflateSync(coseSign1))}`;
}

// Re-encodes a DCC with a changed payload but the original signature.
function dccSwapPayload(qr, payload) {
  const coseBytes = require('node:zlib').inflateSync(Buffer.from(base45.decode(qr.slice(4))));
  const msg = cbor.decodeFirstSync(coseBytes);
  msg.value[2] = payload;
  return `HC1:${base45.encode(deflateSync(cbor.encode(msg)))}`;
}

// Published test vector of the EU dgc-testdata repository (README example, "VALID: EC 256 key").
const EU_VECTOR = {
  qr: 'HC1:NCFI80T80T9WTWGVLK-89+ZFCRUB+9PW8X*4FBBKS4FN0H9C/.RWY0F9CUF7*70TB8D97TK0F90KECTHGXJC +D.JCBECB1A-:8$966469L6OF6VX6Z/E5JD%96IA7B46646VX6LVC6JD846Y968464W5Y57UPC/IC2UAOPCX8F6%E3.DA%EOPC1G72A6TB82G7E46D46X47VL6JA7EB8RX83Y8QW6IA7V*8CM8UW6:G8U47-L6.JCP9EJY8L/5M/5546.96VF6%JCUQE8H8YNAZ6AM347%EKWEMED3KC.SC4KCD3DX47B46IL6646I*6..DX%DLPCG/DE$EIZAITA2IA.HA+YAU09HY8 NAE+9GY8ZJCH/DTZ9 QE5$C .CJECQW5HXO*WOZED93DXKEI3DAWEG09DH8$B9+S9 JC4/D3192KCQEDTVD$PC5$CUZCY$5Y$5JPCT3E5JDOA7Q478465W57*6T68O0FQY9D-1G7JT2UYEPS4KYO1$FOKRP:-9QG6Y7M2QJLAIOHMH7JMKTKS1GJ4QLJ$*Q+WTL1T-QLCWN*$CSOBSWC9OT7$GWD39C7A1',
  cert: 'MIIBWjCCAQCgAwIBAgIFAM35dB0wCgYIKoZIzj0EAwIwEDEOMAwGA1UEAwwFRUMtTWUwHhcNMjEwNTAzMTgwMDAwWhcNMjEwNjAyMTgwMDAwWjAQMQ4wDAYDVQQDDAVFQy1NZTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABB5HI4yjHBVgyEb6iDQYP9xtP8VBoQ6JVjEWGcDEYQlB8LDxYdwrUpwNTT3BRJpRW+84qgwLP+7LQ3Y9kZSwqQGjRzBFMA4GA1UdDwEB/wQEAwIFoDAzBgNVHSUELDAqBgwrBgEEAQCON49lAQEGDCsGAQQBAI43j2UBAgYMKwYBBAEAjjePZQEDMAoGCCqGSM49BAMCA0gAMEUCIQCvm7SBTzlRU9XjW02JEfksU26ll+L12ZSvHg5kQvOJVQIge6//uvQejatCQKvPMdMfQfMdPy1pn3FqAzWffXeZ+ow=',
  clock: '2021-05-03T18:00:00Z',
};

test('dcc', async t => {
  const a = makeDsc('DSC A');
  const b = makeDsc('DSC B');
  const testsOnly = makeDsc('DSC tests only', '1.3.6.1.4.1.1847.2021.1.1');

  await t.test('signed by hand (README algorithm) is accepted', async () => {
    const out = await accepted('dcc', dccByHand(a), [b.b64, a.b64]);
    assert.equal(out.header.kid, a.kid.toString('base64'));
    assert.deepEqual(out.claims.hcert['1'], dgc);
  });
  await t.test('signed with cose-js is accepted', async () => accepted('dcc', await dccWithCoseJs(a), [a.b64]));
  await t.test('EU dgc-testdata vector is accepted at its validation clock', async () => {
    assert.equal(createHash('sha256').update(Buffer.from(EU_VECTOR.cert, 'base64')).digest().subarray(0, 8).toString('hex'),
      'c27cf6f2194e4445', 'kid = first 8 bytes of SHA-256(DER)');
    await accepted('dcc', EU_VECTOR.qr, [EU_VECTOR.cert], '--now', EU_VECTOR.clock);
    await rejected('dcc', EU_VECTOR.qr, [EU_VECTOR.cert], /expired/);
  });
  await t.test('changed payload under the original signature is rejected', () =>
    rejected('dcc', dccSwapPayload(dccByHand(a), cwt({payload: {...dgc, dob: '1991-04-12'}})), [a.b64], /^signature/));
  await t.test('one changed character of the QR text is rejected', async () => {
    const qr = dccByHand(a);
    for (const at of [4, 40, Math.floor(qr.length / 2), qr.length - 1]) {
      const c = qr[at] === 'A' ? 'B' : 'A';
      await rejected('dcc', qr.slice(0, at) + c + qr.slice(at + 1), [a.b64]);
    }
  });
  await t.test('wrong key (kid of A, signed by B) is rejected', () =>
    rejected('dcc', dccByHand({...b, kid: a.kid}), [a.b64], /^signature/));
  await t.test('unknown kid is rejected', () => rejected('dcc', dccByHand(a), [b.b64], /^unknown kid/));
  await t.test('expired is rejected', () =>
    rejected('dcc', dccByHand(a, {payload: cwt({exp: now - 60, iat: now - 86400})}), [a.b64], /expired/));
  await t.test('DSC restricted to tests cannot sign a vaccination', () =>
    rejected('dcc', dccByHand(testsOnly), [testsOnly.b64], /extended key usage/));
  await t.test('missing DCC field is rejected', () =>
    rejected('dcc', dccByHand(a, {payload: cwt({payload: {...dgc, v: [{...dgc.v[0], ci: undefined}]}})}), [a.b64], /ci is required/));
  await t.test('usage errors exit 2', async () => {
    assert.equal((await verify('dcc', dccByHand(a), '-')).code, 2);
    assert.equal((await verify('xyz', 'x', [])).code, 2);
    assert.equal((await verify('dcc', 'x', {not: 'an array'})).code, 2);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// SMART Health Card
const shcBundle = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    {fullUrl: 'resource:0', resource: {resourceType: 'Patient', name: [{family: 'Rao', given: ['Asha']}], birthDate: '1990-04-12'}},
    {fullUrl: 'resource:1', resource: {resourceType: 'Immunization', status: 'completed',
      vaccineCode: {coding: [{system: 'http://hl7.org/fhir/sid/cvx', code: '210'}]},
      patient: {reference: 'resource:0'}, occurrenceDateTime: '2024-01-02', lotNumber: '4121Z005',
      performer: [{actor: {display: 'PHC Rampur'}}]}},
  ],
};
const ISS = 'https://cowin.example/tenants/IN';

function shcPayload(bundle = shcBundle, extra = {}) {
  return {iss: ISS, nbf: now, vc: {type: ['https://smarthealth.cards#health-card', 'https://smarthealth.cards#immunization',
    'https://smarthealth.cards#covid19'], credentialSubject: {fhirVersion: '4.0.1', fhirBundle: bundle}}, ...extra};
}

// shc:/ + two digits per JWS character: ord(c) - 45.
const numeric = jws => `shc:/${[...jws].map(c => String(c.charCodeAt(0) - 45).padStart(2, '0')).join('')}`;

async function shcKey() {
  const {publicKey, privateKey} = await jose.generateKeyPair('ES256', {extractable: true});
  const pub = await jose.exportJWK(publicKey);
  const jwk = {kty: 'EC', kid: await jose.calculateJwkThumbprint(pub, 'sha256'), use: 'sig', alg: 'ES256', crv: 'P-256', x: pub.x, y: pub.y};
  return {jwk, privateKey, nodeKey: createPrivateKey({key: await jose.exportJWK(privateKey), format: 'jwk'})};
}

async function shcWithJose(key, payload = shcPayload(), kid = key.jwk.kid) {
  const jws = await new jose.CompactSign(deflateRawSync(Buffer.from(JSON.stringify(payload))))
    .setProtectedHeader({alg: 'ES256', zip: 'DEF', kid}).sign(key.privateKey);
  return numeric(jws);
}

// README algorithm by hand: header and payload base64url, ES256 over "header.payload", r||s.
function shcByHand(key, payloadJson = JSON.stringify(shcPayload())) {
  const header = Buffer.from(JSON.stringify({alg: 'ES256', zip: 'DEF', kid: key.jwk.kid})).toString('base64url');
  const body = deflateRawSync(Buffer.from(payloadJson)).toString('base64url');
  const sig = cryptoSign('sha256', Buffer.from(`${header}.${body}`), {key: key.nodeKey, dsaEncoding: 'ieee-p1363'});
  return numeric(`${header}.${body}.${sig.toString('base64url')}`);
}

test('shc', async t => {
  const a = await shcKey();
  const b = await shcKey();
  const jwks = {keys: [b.jwk, a.jwk]};

  await t.test('signed with jose is accepted', async () => {
    const out = await accepted('shc', await shcWithJose(a), jwks);
    assert.equal(out.header.kid, a.jwk.kid);
    assert.deepEqual(out.claims.vc.credentialSubject.fhirBundle, shcBundle);
  });
  await t.test('signed by hand (README algorithm) is accepted', () => accepted('shc', shcByHand(a), jwks));
  await t.test('one changed digit pair is rejected', async () => {
    const qr = await shcWithJose(a);
    const digits = qr.slice(5);
    for (const at of [0, 60, Math.floor(digits.length / 2) & ~1, digits.length - 2]) {
      const pair = digits.slice(at, at + 2) === '10' ? '11' : '10';
      await rejected('shc', `shc:/${digits.slice(0, at)}${pair}${digits.slice(at + 2)}`, jwks);
    }
  });
  await t.test('wrong key (kid of A, signed by B) is rejected', async () =>
    rejected('shc', await shcWithJose(b, shcPayload(), a.jwk.kid), {keys: [a.jwk]}, /^signature/));
  await t.test('unknown kid is rejected', async () => rejected('shc', await shcWithJose(a), {keys: [b.jwk]}, /^unknown kid/));
  await t.test('kid that is not the JWK thumbprint is rejected', async () => {
    const bad = {...a, jwk: {...a.jwk, kid: 'key-1'}};
    await rejected('shc', await shcWithJose(bad), {keys: [bad.jwk]}, /thumbprint/);
  });
  await t.test('QR bundle rules: Resource.id and Coding.display are rejected', async () => {
    const bundle = structuredClone(shcBundle);
    bundle.entry[0].resource.id = 'p1';
    bundle.entry[1].resource.vaccineCode.coding[0].display = 'COVID-19 vaccine';
    const out = await rejected('shc', await shcWithJose(a, shcPayload(bundle)), jwks, /resource\.id/);
    assert.ok(out.errors.some(e => /Coding\.display/.test(e)));
  });
  await t.test('FHIR R4 schema violation is rejected', async () => {
    const bundle = structuredClone(shcBundle);
    bundle.entry[1].resource.occurrenceDateTime = 'yesterday';
    await rejected('shc', await shcWithJose(a, shcPayload(bundle)), jwks, /FHIR R4 schema: .*occurrenceDateTime/);
  });
  await t.test('payload that is not minified is rejected', () =>
    rejected('shc', shcByHand(a, JSON.stringify(shcPayload(), null, 1)), jwks, /minified/));
  await t.test('expired card is rejected', async () =>
    rejected('shc', await shcWithJose(a, shcPayload(shcBundle, {exp: now - 60})), jwks, /expired/));
});

// ---------------------------------------------------------------------------------------------------------------
// W3C VC with eddsa-jcs-2022 / ecdsa-jcs-2019 Data Integrity proofs
const ISSUER = 'https://cowin.example/tenants/IN';
const VM = `${ISSUER}#key-1`;
const CREATED = '2024-01-02T10:00:00Z';
const credential = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/undefined-terms/v2'],
  id: 'urn:uuid:0b6e6f4c-6c1e-4d5e-9a43-6c3f0e2b7a10',
  type: ['VerifiableCredential', 'ProofOfVaccinationCredential'],
  issuer: ISSUER,
  validFrom: '2024-01-02T10:00:00Z',
  credentialSubject: {type: 'Person', id: 'urn:cowin:IN:beneficiary:123456', refId: '123456', name: 'Asha Rao',
    gender: 'Female', age: '33', nationality: 'Indian'},
  evidence: [{id: 'https://cowin.example/tenants/IN/vaccinations/42', type: ['Vaccination'], batch: '4121Z005',
    vaccine: 'COVISHIELD', manufacturer: 'Serum Institute of India', date: '2024-01-02T10:00:00Z',
    effectiveStart: '2024-01-02', effectiveUntil: '2025-01-02', dose: 1, totalDoses: 2, verifier: {name: 'Dr. Meera'},
    facility: {name: 'PHC Rampur', address: {addressLocality: 'Rampur', addressRegion: 'UP', addressCountry: 'IN'}}}],
  nonTransferable: 'true',
};

// RFC 8785 JSON Canonicalization Scheme for JSON without floating-point numbers: keys sorted by UTF-16 code units,
// strings and integers as ECMAScript JSON.stringify writes them, no whitespace.
function jcs(v) {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(jcs).join(',')}]`;
  return `{${Object.keys(v).sort().filter(k => v[k] !== undefined).map(k => `${JSON.stringify(k)}:${jcs(v[k])}`).join(',')}}`;
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58btc(bytes) {
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    s = `1${s}`;
  }
  return s;
}

// README algorithm by hand. The proof options, with the document's @context copied in, are part of the proof.
function vcByHand(doc, {cryptosuite, key, vm = VM, created = CREATED}) {
  const proof = {type: 'DataIntegrityProof', created, verificationMethod: vm, cryptosuite, proofPurpose: 'assertionMethod',
    '@context': doc['@context']};
  const sha = cryptosuite === 'eddsa-jcs-2022' || key.asymmetricKeyDetails?.namedCurve === 'prime256v1' ? 'sha256' : 'sha384';
  const hashData = Buffer.concat([createHash(sha).update(jcs(proof)).digest(), createHash(sha).update(jcs(doc)).digest()]);
  const signature = cryptosuite === 'eddsa-jcs-2022' ?
    cryptoSign(null, hashData, key) : // Ed25519 over the 64 bytes
    cryptoSign(sha, hashData, {key, dsaEncoding: 'ieee-p1363'}); // ECDSA (hashes the 64 bytes again), r||s
  return {...doc, proof: {...proof, proofValue: `z${base58btc(signature)}`}};
}

// Multikey publicKeyMultibase by hand: multicodec varint prefix + key bytes, base58-btc, "z".
function multikey(publicKey) {
  const jwk = publicKey.export({format: 'jwk'});
  if (jwk.crv === 'Ed25519') return `z${base58btc(Buffer.concat([Buffer.from([0xed, 0x01]), Buffer.from(jwk.x, 'base64url')]))}`;
  const spki = publicKey.export({format: 'der', type: 'spki'}); // ends with the uncompressed point 04 || x || y
  const point = spki.subarray(spki.length - 65);
  const x = point.subarray(1, 33);
  const prefix = jwk.crv === 'P-256' ? [0x80, 0x24] : [0x81, 0x24];
  return `z${base58btc(Buffer.concat([Buffer.from(prefix), Buffer.from([point[64] & 1 ? 0x03 : 0x02]), x]))}`;
}

const libraryLoader = (() => {
  const docs = new Map([...credentialsContexts, ...dataIntegrityContext.contexts, ...multikeyContext.contexts]);
  return async url => {
    if (docs.has(url)) return {contextUrl: null, documentUrl: url, document: docs.get(url)};
    throw new Error(`not offline: ${url}`);
  };
})();

async function vcWithLibrary(doc, {cryptosuite, jwk}) {
  const lib = cryptosuite === 'eddsa-jcs-2022' ? Ed25519Multikey : EcdsaMultikey;
  const key = await lib.fromJwk({jwk, secretKey: true, id: VM, controller: ISSUER});
  const suite = new DataIntegrityProof({signer: key.signer(), date: CREATED,
    cryptosuite: (cryptosuite === 'eddsa-jcs-2022' ? eddsaJcs : ecdsaJcs).createSignCryptosuite()});
  return vcLib.issue({credential: structuredClone(doc), suite, documentLoader: libraryLoader});
}

// Published test vector of the W3C vc-di-eddsa specification (TestVectors/eddsa-jcs-2022/signedJCS.json).
const W3C_VECTOR = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
  id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
  type: ['VerifiableCredential', 'AlumniCredential'],
  name: 'Alumni Credential',
  description: 'A minimum viable example of an Alumni Credential.',
  issuer: 'https://vc.example/issuers/5678',
  validFrom: '2023-01-01T00:00:00Z',
  credentialSubject: {id: 'did:example:abcdefgh', alumniOf: 'The School of Examples'},
  proof: {
    type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created: '2023-02-24T23:36:38Z',
    verificationMethod: 'https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
    proofPurpose: 'assertionMethod',
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
    proofValue: 'z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4',
  },
};

test('vc', async t => {
  const ed = generateKeyPairSync('ed25519');
  const edJwk = ed.privateKey.export({format: 'jwk'});
  const p256 = generateKeyPairSync('ec', {namedCurve: 'prime256v1'});
  const p256Jwk = p256.privateKey.export({format: 'jwk'});
  const edKeys = {id: VM, publicKeyMultibase: multikey(ed.publicKey)};
  const p256Keys = {id: VM, publicKeyMultibase: multikey(p256.publicKey)};

  await t.test('eddsa-jcs-2022 by hand equals Digital Bazaar byte for byte, and is accepted', async () => {
    const mine = vcByHand(credential, {cryptosuite: 'eddsa-jcs-2022', key: ed.privateKey});
    const theirs = await vcWithLibrary(credential, {cryptosuite: 'eddsa-jcs-2022', jwk: edJwk});
    assert.equal(jcs(mine), jcs(theirs), 'Ed25519 is deterministic: same proof expected');
    assert.equal(edKeys.publicKeyMultibase, (await (await Ed25519Multikey.fromJwk({jwk: edJwk})).export({publicKey: true})).publicKeyMultibase);
    assert.ok(edKeys.publicKeyMultibase.startsWith('z6Mk'));
    const out = await accepted('vc', mine, edKeys);
    assert.equal(out.header.cryptosuite, 'eddsa-jcs-2022');
  });
  await t.test('ecdsa-jcs-2019 (P-256) by hand and by Digital Bazaar are accepted', async () => {
    assert.equal(p256Keys.publicKeyMultibase, (await (await EcdsaMultikey.fromJwk({jwk: p256Jwk})).export({publicKey: true})).publicKeyMultibase);
    assert.ok(p256Keys.publicKeyMultibase.startsWith('zDn'));
    await accepted('vc', vcByHand(credential, {cryptosuite: 'ecdsa-jcs-2019', key: p256.privateKey}), p256Keys);
    await accepted('vc', await vcWithLibrary(credential, {cryptosuite: 'ecdsa-jcs-2019', jwk: p256Jwk}), p256Keys);
  });
  await t.test('a JWK in the keys file works too', () =>
    accepted('vc', vcByHand(credential, {cryptosuite: 'eddsa-jcs-2022', key: ed.privateKey}),
      {id: VM, publicKeyJwk: ed.publicKey.export({format: 'jwk'})}));
  await t.test('W3C vc-di-eddsa test vector is accepted', () =>
    accepted('vc', W3C_VECTOR, {id: W3C_VECTOR.proof.verificationMethod,
      publicKeyMultibase: 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
      contexts: {'https://www.w3.org/ns/credentials/examples/v2': {'@context': {'@vocab': 'https://www.w3.org/ns/credentials/examples#'}}}}));

  const signed = vcByHand(credential, {cryptosuite: 'eddsa-jcs-2022', key: ed.privateKey});
  await t.test('changed credential is rejected', async () => {
    const tampered = structuredClone(signed);
    tampered.credentialSubject.name = 'Asha Roa';
    await rejected('vc', tampered, edKeys, /Invalid signature/);
    const tampered2 = structuredClone(signed);
    tampered2.evidence[0].dose = 2;
    await rejected('vc', tampered2, edKeys, /Invalid signature/);
  });
  await t.test('changed proof options are rejected', async () => {
    const tampered = structuredClone(signed);
    tampered.proof.created = '2024-01-02T10:00:01Z';
    await rejected('vc', tampered, edKeys, /Invalid signature/);
  });
  await t.test('wrong key is rejected', () =>
    rejected('vc', signed, {id: VM, publicKeyMultibase: multikey(generateKeyPairSync('ed25519').publicKey)}, /Invalid signature/));
  await t.test('unknown verification method is rejected', () =>
    rejected('vc', signed, {...edKeys, id: `${ISSUER}#key-2`}, /^unknown verificationMethod/));
  await t.test('issuer that is not the key controller is rejected', () =>
    rejected('vc', vcByHand({...credential, issuer: 'https://other.example'}, {cryptosuite: 'eddsa-jcs-2022', key: ed.privateKey}),
      edKeys, /issuer must match/));
  await t.test('proof without @context is rejected (the proof hash covers it)', async () => {
    const noContext = structuredClone(signed);
    delete noContext.proof['@context'];
    await rejected('vc', noContext, edKeys, /Invalid signature/);
  });
  await t.test('terms no context defines are rejected (JSON-LD safe mode)', () =>
    rejected('vc', vcByHand({...credential, '@context': ['https://www.w3.org/ns/credentials/v2']},
      {cryptosuite: 'eddsa-jcs-2022', key: ed.privateKey}), edKeys, /JSON-LD/));
});

// ---------------------------------------------------------------------------------------------------------------
// WHO DDCC:VS document bundle
const LOINC = 'http://loinc.org';
const DDCC = 'http://smart.who.int/ddcc';
const ddccBundle = {
  resourceType: 'Bundle',
  identifier: {system: 'urn:cowin:IN:ddcc:bundle', value: 'B-2024-000042'},
  type: 'document',
  timestamp: '2024-01-02T10:05:00Z',
  link: [{relation: 'publication', url: 'urn:HCID:IN-0000042'}],
  entry: [
    {fullUrl: 'urn:uuid:3f1e0b0c-0000-4000-8000-000000000001', resource: {
      resourceType: 'Composition', identifier: {system: 'urn:cowin:IN:ddcc:hcid', value: 'IN-0000042'}, status: 'final',
      type: {coding: [{system: LOINC, code: '82593-5'}]},
      category: [{coding: [{system: `${DDCC}/CodeSystem/DDCCCompositionCategoryCodeSystem`, code: 'ddcc-vs'}]}],
      subject: {reference: 'urn:uuid:3f1e0b0c-0000-4000-8000-000000000002'}, date: '2024-01-02',
      author: [{reference: 'urn:uuid:3f1e0b0c-0000-4000-8000-000000000003'}],
      title: 'International Certificate of Vaccination or Prophylaxis',
      attester: [{mode: 'official', party: {reference: 'urn:uuid:3f1e0b0c-0000-4000-8000-000000000003'}}],
      section: [{code: {coding: [{system: LOINC, code: '11369-6'}]},
        focus: {reference: 'urn:uuid:3f1e0b0c-0000-4000-8000-000000000004'},
        entry: [{reference: 'urn:uuid:3f1e0b0c-0000-4000-8000-000000000004'}]}]}},
    {fullUrl: 'urn:uuid:3f1e0b0c-0000-4000-8000-000000000002', resource: {
      resourceType: 'Patient', identifier: [{system: 'urn:cowin:IN:beneficiary', value: '123456'}],
      name: [{text: 'Asha Rao'}], gender: 'female', birthDate: '1990-04-12'}},
    {fullUrl: 'urn:uuid:3f1e0b0c-0000-4000-8000-000000000003', resource: {
      resourceType: 'Organization', name: 'Ministry of Health and Family Welfare'}},
    {fullUrl: 'urn:uuid:3f1e0b0c-0000-4000-8000-000000000004', resource: {
      resourceType: 'Immunization',
      extension: [
        {url: `${DDCC}/StructureDefinition/DDCCVaccineBrand`, valueCoding: {system: 'http://id.who.int/icd11/mms', code: 'XM1NL1'}},
        {url: `${DDCC}/StructureDefinition/DDCCVaccineMarketAuthorization`, valueCoding: {system: 'urn:cowin:ma', code: 'ORG-100001981'}},
        {url: `${DDCC}/StructureDefinition/DDCCCountryOfVaccination`, valueCode: 'IND'}],
      status: 'completed', vaccineCode: {coding: [{system: 'http://id.who.int/icd11/mms', code: 'XM9QW8'}]},
      patient: {reference: 'urn:uuid:3f1e0b0c-0000-4000-8000-000000000002'}, occurrenceDateTime: '2024-01-02',
      location: {display: 'PHC Rampur'}, lotNumber: '4121Z005', expirationDate: '2024-06-30',
      protocolApplied: [{authority: {reference: 'urn:uuid:3f1e0b0c-0000-4000-8000-000000000003'},
        targetDisease: [{coding: [{system: 'http://id.who.int/icd11/mms', code: 'RA01'}]}],
        doseNumberPositiveInt: 1, seriesDosesPositiveInt: 2}]}},
  ],
};

test('ddcc', async t => {
  await t.test('DDCC:VS document is accepted', async () => {
    const out = await accepted('ddcc', ddccBundle, '-');
    assert.deepEqual(out.claims, ddccBundle);
  });
  await t.test('missing lot number is rejected', async () => {
    const b = structuredClone(ddccBundle);
    delete b.entry[3].resource.lotNumber;
    await rejected('ddcc', b, '-', /lotNumber/);
  });
  await t.test('element unknown to FHIR R4 is rejected', async () => {
    const b = structuredClone(ddccBundle);
    b.entry[1].resource.dateOfBirth = '1990-04-12';
    await rejected('ddcc', b, '-', /FHIR R4 schema: .*dateOfBirth/);
  });
  await t.test('first entry that is not the Composition is rejected', async () => {
    const b = structuredClone(ddccBundle);
    b.entry.push(b.entry.shift());
    await rejected('ddcc', b, '-', /bdl-11/);
  });
  await t.test('dangling reference is rejected', async () => {
    const b = structuredClone(ddccBundle);
    b.entry[0].resource.subject.reference = 'urn:uuid:00000000-0000-4000-8000-000000000000';
    await rejected('ddcc', b, '-', /does not resolve/);
  });
  await t.test('the signed QR inside is verified with the document signers', async () => {
    const dsc = makeDsc('DSC DDCC');
    const other = makeDsc('DSC other');
    const withQr = qr => {
      const b = structuredClone(ddccBundle);
      b.entry[0].resource.extension = [{url: `${DDCC}/StructureDefinition/DDCCSignedQR`,
        valueAttachment: {contentType: 'application/cwt', data: Buffer.from(qr).toString('base64')}}];
      return b;
    };
    await accepted('ddcc', withQr(dccByHand(dsc)), [dsc.b64]);
    await rejected('ddcc', withQr(dccByHand(dsc)), [other.b64], /^signed QR: unknown kid/);
    const tampered = dccSwapPayload(dccByHand(dsc), cwt({payload: {...dgc, dob: '1991-04-12'}}));
    await rejected('ddcc', withQr(tampered), [dsc.b64], /^signed QR: signature/);
    const otherDose = dccByHand(dsc, {payload: cwt({payload: {...dgc, v: [{...dgc.v[0], dn: 2}]}})});
    await rejected('ddcc', withQr(otherDose), [dsc.b64], /^signed QR: dose 2/);
    await rejected('ddcc', ddccBundle, [dsc.b64], /no DDCCSignedQR/);
  });
});
