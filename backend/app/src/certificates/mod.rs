//! Certificates: signed with the dose (the issuer and the country's keys), stored sealed, completed with the other
//! formats when first asked for, rendered and announced by the outbox, handed to their holders, verified for
//! anyone, and reissued after a correction or with a passport number for travel.

pub mod error;
pub mod holder;
pub mod issuer;
pub mod key_ring;
pub mod outbox;
pub mod publication;
pub mod qr_photo;
pub(crate) mod record_builder;
pub mod reissue;
pub mod render;
pub mod revocations;
pub mod sealing;
pub mod stored;
pub mod travel;
pub mod verification;

pub use error::CertificateError;
