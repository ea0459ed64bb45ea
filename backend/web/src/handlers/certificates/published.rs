//! The shapes of what a country publishes for verifiers. `cowin-certify` writes these documents in their
//! standards' own formats (RFC 7517 JWKS, W3C DID Core, the EU DCC gateway's signer list, the SMART Health Cards
//! revocation list); these types only describe them in the OpenAPI document, and the conformance test checks every
//! answer the server gives against that description.

#![allow(
    dead_code,
    reason = "schemas for the document; the documents themselves are written by cowin-certify"
)]

use serde::Serialize;
use utoipa::ToSchema;

/// A P-256 public key (RFC 7518 section 6.2).
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Jwk {
    /// `EC`.
    kty: String,
    /// Key id (the SMART Health Card header's `kid`).
    kid: String,
    /// `sig`.
    #[serde(rename = "use")]
    usage: String,
    /// `ES256`.
    alg: String,
    /// `P-256`.
    crv: String,
    /// X coordinate, base64url.
    x: String,
    /// Y coordinate, base64url.
    y: String,
}

/// A JSON Web Key Set (RFC 7517).
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Jwks {
    /// Current and retired keys.
    keys: Vec<Jwk>,
}

/// A Multikey verification method of a DID document.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct VerificationMethod {
    /// `did:web:<host>#<kid>`.
    id: String,
    /// `Multikey`.
    #[serde(rename = "type")]
    kind: String,
    /// The DID.
    controller: String,
    /// The public key, multibase.
    public_key_multibase: String,
}

/// A `did:web` document (W3C DID Core).
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DidDocument {
    /// JSON-LD contexts.
    #[serde(rename = "@context")]
    context: Vec<String>,
    /// `did:web:<host>`.
    id: String,
    /// The Verifiable Credential keys.
    verification_method: Vec<VerificationMethod>,
    /// The ids of the keys that sign credentials.
    assertion_method: Vec<String>,
}

/// A signer certificate of the EU DCC-style list.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SignerCertificate {
    /// Key id (the COSE header's `kid`, base64).
    kid: String,
    /// `DSC` or `CSCA`.
    certificate_type: String,
    /// ISO 3166-1 alpha-2.
    country: String,
    /// The X.509 certificate, base64 DER.
    raw_data: String,
    /// SHA-256 of the DER, hex.
    thumbprint: String,
    /// Whether it signs no more (certificates it signed still verify).
    retired: bool,
}

/// A country's document signers and the CSCA that issued them.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DocumentSigners {
    /// ISO 3166-1 alpha-2.
    country: String,
    /// Document signers.
    certificates: Vec<SignerCertificate>,
    /// Country signing certificate authorities.
    csca: Vec<SignerCertificate>,
}

/// The SMART Health Cards framework's revocation list of one key.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CardRevocations {
    /// The key.
    kid: String,
    /// `rid`.
    method: String,
    /// Counter: grows whenever the list does.
    ctr: u64,
    /// Revocation ids.
    rids: Vec<String>,
}
