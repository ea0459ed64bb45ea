//! Certificates in the web layer: the keys, the issuer the dose writer calls, rendering, the outbox worker.

pub mod issuer;
pub mod key_ring;
pub mod qr_photo;
pub(crate) mod record_builder;
pub(crate) mod reissue;
pub mod render;
pub(crate) mod revocations;
pub mod sealing;
pub(crate) mod stored;
pub mod worker;
