//! NHA's administrators: added from the command line (password on standard input), signed in to the platform
//! domain only. Sign-ins are limited per client and per account before any password is hashed, and every failure
//! looks alike and takes as long whether or not the administrator exists.

use std::net::IpAddr;

use cowin_privacy::{Field, Vault};
use cowin_store::Databases;
use cowin_store::platform::nha_users::{self, NhaUser};
use uuid::Uuid;

use super::error::PlatformError;
use crate::access::NHA_ADMIN;
use crate::contact::EmailAddress;
use crate::passwords::Passwords;
use crate::rate_limits::RateLimits;
use crate::staff::error::MIN_PASSWORD_LENGTH;
use crate::tokens;

/// An administrator signed in.
#[derive(Debug, Clone)]
pub struct NhaSession {
    /// Their platform token.
    pub token: String,
    /// Their role.
    pub role: &'static str,
    /// Their name.
    pub name: String,
}

/// NHA's administrators.
#[derive(Debug)]
pub struct NhaAccounts<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// Hashes addresses, signs platform tokens.
    pub vault: &'a Vault,
    /// argon2, a few at a time.
    pub passwords: &'a Passwords,
    /// Per-client and per-account limits.
    pub limits: &'a RateLimits,
}

impl NhaAccounts<'_> {
    /// Signs an administrator in to the platform domain.
    pub async fn sign_in(&self, email: &str, password: String, client: Option<IpAddr>) -> Result<NhaSession, PlatformError> {
        let email = EmailAddress::parse(email).ok_or(PlatformError::LoginFailed)?;
        let keys = self.vault.platform();
        let account = keys.hash(Field::Email, email.as_str());
        self.limits.sign_in(None, &account, client).await?;
        let user = nha_users::by_email(self.db, &keys, email.as_str())
            .await?
            .filter(|user| user.active);
        let stored = user.as_ref().map(|user| user.password_hash.clone());
        let matched = self.passwords.matches(stored, password).await?;
        let Some(user) = user.filter(|_| matched) else {
            self.limits.wrong_password(None, &account).await;
            return Err(PlatformError::LoginFailed);
        };
        Ok(NhaSession {
            token: tokens::issue_nha(self.vault, user.id)?,
            role: NHA_ADMIN,
            name: user.name,
        })
    }

    /// The active administrator whose platform token this is (the database, not the token, says whether they
    /// still are).
    pub async fn signed_in(&self, token: &str) -> Result<Option<NhaUser>, PlatformError> {
        let Some(id) = tokens::verify_nha(self.vault, token) else {
            return Ok(None);
        };
        Ok(nha_users::by_id(self.db, id).await?.filter(|user| user.active))
    }

    /// Adds an administrator (or replaces the name and password of the one with this address); their id.
    pub async fn add(&self, email: &str, name: &str, password: &str, actor: &str) -> Result<Uuid, PlatformError> {
        let email = EmailAddress::parse(email).ok_or(PlatformError::InvalidField("email"))?;
        let name = cowin_core::PersonName::parse(name).ok_or(PlatformError::InvalidField("name"))?;
        if password.chars().count() < MIN_PASSWORD_LENGTH {
            return Err(PlatformError::InvalidField("password"));
        }
        let hash = self.passwords.hash(password.to_owned()).await?;
        Ok(nha_users::upsert(self.db, &self.vault.platform(), email.as_str(), name.as_str(), &hash, actor).await?)
    }
}
