//! Passwords of staff and NHA administrators: argon2id hashes (PHC strings), computed and checked off the async
//! threads (argon2 is meant to be slow).

use actix_web::web;
use argon2::password_hash::SaltString;
use argon2::password_hash::rand_core::OsRng;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};

use crate::ApiError;

/// The PHC string of `password` with a fresh salt (blocking: for the command line and the blocking pool).
pub fn hash_blocking(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|error| error.to_string())
}

/// [`hash_blocking`] on the blocking pool.
pub(crate) async fn hash(password: String) -> Result<String, ApiError> {
    web::block(move || hash_blocking(&password))
        .await
        .map_err(|error| ApiError::internal(&error))?
        .map_err(|error| ApiError::internal(&error))
}

/// Whether `password` matches the PHC string `stored`.
pub(crate) async fn matches(stored: String, password: String) -> Result<bool, ApiError> {
    web::block(move || PasswordHash::new(&stored).is_ok_and(|hash| Argon2::default().verify_password(password.as_bytes(), &hash).is_ok()))
        .await
        .map_err(|error| ApiError::internal(&error))
}
