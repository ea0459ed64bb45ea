//! Passwords of staff and NHA administrators: argon2id hashes (PHC strings), computed and checked on the blocking
//! pool, at most a few at a time (each takes tens of milliseconds and 19 MiB), so a flood of sign-ins can neither
//! exhaust memory nor hold the blocking pool. An unknown account is checked against a stand-in hash, so it takes
//! as long to refuse as a wrong password.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use argon2::password_hash::SaltString;
use argon2::password_hash::rand_core::OsRng;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use cowin_core::ErrorCode;
use tokio::sync::Semaphore;

use crate::failure::Failure;

/// Why a password could not be hashed or checked.
#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    /// Every hasher stayed busy for the whole wait.
    #[error("every password hasher is busy")]
    Busy,
    /// The hashing itself failed.
    #[error("password hashing failed: {0}")]
    Failed(String),
}

impl Failure for PasswordError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Busy => ErrorCode::Unavailable,
            Self::Failed(_) => ErrorCode::Internal,
        }
    }
}

/// The PHC string of `password` with a fresh salt (blocking: for the command line and the blocking pool).
pub fn hash_blocking(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|error| error.to_string())
}

/// A hash of nothing anyone knows, with the same parameters as every stored hash: what an unknown account's
/// password is checked against.
fn stand_in_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| hash_blocking(&uuid::Uuid::new_v4().to_string()).unwrap_or_default())
}

/// Longest wait for a free hasher before a sign-in is refused as too busy.
const QUEUE_WAIT: Duration = Duration::from_secs(10);

/// Hashes and checks passwords, a few at a time.
#[derive(Debug, Clone)]
pub struct Passwords {
    hashers: Arc<Semaphore>,
}

impl Passwords {
    /// At most `concurrent` hashes at once.
    pub fn new(concurrent: usize) -> Self {
        // Made now, so the first unknown account is not faster to refuse than the next.
        stand_in_hash();
        Self {
            hashers: Arc::new(Semaphore::new(concurrent.max(1))),
        }
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, PasswordError> {
        let permit = tokio::time::timeout(QUEUE_WAIT, Arc::clone(&self.hashers).acquire_owned())
            .await
            .map_err(|_| PasswordError::Busy)?
            .map_err(|error| PasswordError::Failed(error.to_string()))?;
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            work()
        })
        .await
        .map_err(|error| PasswordError::Failed(error.to_string()))
    }

    /// The PHC string of `password`.
    pub async fn hash(&self, password: String) -> Result<String, PasswordError> {
        self.run(move || hash_blocking(&password)).await?.map_err(PasswordError::Failed)
    }

    /// Whether `password` matches `stored` (the PHC string of the account, or `None` for an unknown account, which
    /// never matches but costs the same).
    pub async fn matches(&self, stored: Option<String>, password: String) -> Result<bool, PasswordError> {
        self.run(move || {
            let known = stored.is_some();
            let stored = stored.unwrap_or_else(|| stand_in_hash().to_owned());
            let matched =
                PasswordHash::new(&stored).is_ok_and(|hash| Argon2::default().verify_password(password.as_bytes(), &hash).is_ok());
            known && matched
        })
        .await
    }
}
