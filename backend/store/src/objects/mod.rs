//! Object storage behind a small trait: an S3-compatible server through aws-sdk-s3 in production and tests, a
//! local folder for the demo. Every object of a tenant lives under `tenants/{code}/`, so a tenant's objects
//! can be exported and removed as one prefix.

mod local;
mod s3;

use std::time::Duration;

use cowin_core::TenantCode;
use futures::future::BoxFuture;

pub use local::LocalObjects;
pub use s3::{S3Objects, S3Settings};

/// Why an object operation failed.
#[derive(Debug, thiserror::Error)]
pub enum ObjectError {
    /// The store could not be reached or refused the request.
    #[error("object store: {0}")]
    Store(String),
    /// The local folder could not be written or read.
    #[error("object folder: {0}")]
    Io(#[from] std::io::Error),
}

/// Where objects are kept.
pub trait ObjectStore: Send + Sync + std::fmt::Debug {
    /// Stores `bytes` under `key`, replacing what was there.
    fn put<'a>(&'a self, key: &'a str, content_type: &'a str, bytes: Vec<u8>) -> BoxFuture<'a, Result<(), ObjectError>>;
    /// The object under `key`, if any.
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Vec<u8>>, ObjectError>>;
    /// A URL that reads `key` without credentials for `lifetime`, where the store can make one.
    fn presigned_get<'a>(&'a self, key: &'a str, lifetime: Duration) -> BoxFuture<'a, Result<Option<String>, ObjectError>>;
    /// Keys under `prefix`.
    fn list<'a>(&'a self, prefix: &'a str) -> BoxFuture<'a, Result<Vec<String>, ObjectError>>;
    /// Removes `key` (removing a missing key is not an error).
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), ObjectError>>;
}

/// The prefix of every object of `tenant`.
pub fn tenant_prefix(tenant: TenantCode) -> String {
    format!("tenants/{}/", tenant.to_lowercase())
}

/// Where a certificate's PDF is kept (the certificate id is random: the key names no person).
pub fn certificate_pdf_key(tenant: TenantCode, certificate: uuid::Uuid) -> String {
    format!("{}certificates/{certificate}.pdf", tenant_prefix(tenant))
}
