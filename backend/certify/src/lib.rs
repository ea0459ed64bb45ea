//! Vaccination certificates. One [`record::CertificateRecord`] per dose is signed with the country's own keys
//! in the formats the country enables: a W3C Verifiable Credential in the DIVOC/CoWIN style (Data Integrity,
//! eddsa-jcs-2022), an EU Digital COVID Certificate (`HC1:`), a SMART Health Card (`shc:/`), and the WHO
//! DDCC:VS core data set as a FHIR document whose QR is the HCERT/CWT representation WHO specifies.
//!
//! No I/O here: keys arrive decrypted, records arrive built; the caller stores what comes out.

pub mod base64url;
pub mod dcc;
pub mod ddcc;
pub mod issue;
pub mod keys;
pub mod pdf;
pub mod publish;
pub mod qr;
pub mod record;
pub mod revocation_list;
pub mod shc;
pub mod trust_list;
pub mod vc;
pub mod verify;

pub use issue::{SignedForms, issue};
pub use keys::{GeneratedKeys, KeyPurpose, PublicKey, SigningKeys};
pub use record::CertificateRecord;
