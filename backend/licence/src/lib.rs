//! The MoU licence. India gives the platform to a partner country free, forever, on the condition that it is
//! not sold or repackaged. A licence states that grant for one country, on named hostnames of one deployment,
//! and is signed with NHA's licensing key (an Ed25519 key kept offline by NHA); the server trusts only the NHA
//! public keys it is built or configured with.
//!
//! Wire form: a compact JWS (`alg` EdDSA, `kid` naming the NHA key) whose claims are a [`Licence`], so any
//! JOSE library can read one. Revocations are JWS documents signed the same way.

pub mod built_in;
pub mod document;
pub mod keys;
pub mod refusal;
pub mod revocation;
pub mod verify;

pub use document::{Licence, Terms};
pub use keys::{NhaPublicKey, NhaSigningKey, TrustedKeys};
pub use refusal::LicenceRefusal;
pub use revocation::Revocation;
pub use verify::{Expectations, VerifiedLicence, standing_at, verify};
