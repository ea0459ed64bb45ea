//! Citizens signing in with an OTP, and changing the e-mail address bound to their account.
//!
//! An OTP goes only to a destination already bound to the mobile's account: its verified e-mail address where the
//! tenant sends OTPs by e-mail (else its mobile, by SMS). Only for a mobile without an account does it go to the
//! address in the request, which confirming the OTP then binds to the new account. Changing the address needs an
//! OTP sent to the new one. Answers are the same whether or not a mobile has an account.

mod challenge;
pub mod error;

use std::net::IpAddr;

use cowin_core::LocaleTag;
use cowin_privacy::{Field, Vault, sha256_hex};
use cowin_store::citizens::accounts;
use cowin_store::citizens::otp::{self, NewOtp, OtpChannel, OtpPurpose};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, TenantTxn};
use cowin_tenant_config::OtpChannel as TenantChannel;
use uuid::Uuid;

use self::challenge::{Confirmation, confirm, new_code};
pub use self::error::SignInError;
use crate::contact::EmailAddress;
use crate::delivery::{OtpDelivery, OtpDestination};
use crate::i18n::Localizer;
use crate::rate_limits::RateLimits;
use crate::tokens::{self, Audience};

/// Platform-wide rules of citizens' sign-in.
#[derive(Debug, Clone, Copy)]
pub struct CitizenRules {
    /// OTP lifetime, seconds.
    pub otp_ttl_seconds: i64,
    /// Wrong OTP attempts allowed.
    pub otp_max_attempts: i16,
    /// Token lifetime, seconds.
    pub token_ttl_seconds: i64,
}

/// What a citizen asks an OTP with.
#[derive(Debug, Clone, Copy)]
pub struct OtpRequest<'a> {
    /// The mobile number as typed.
    pub mobile: &'a str,
    /// The address to verify where the tenant sends OTPs by e-mail (required there, whether or not the mobile has
    /// an account, so the answer tells nothing about accounts).
    pub email: Option<&'a str>,
    /// The language to write the OTP in.
    pub locale: &'a LocaleTag,
    /// The client, for its limit.
    pub client: Option<IpAddr>,
}

/// A citizen signed in.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The bearer token.
    pub token: String,
    /// Whether confirming the OTP created the account.
    pub new_account: bool,
}

/// Citizens' sign-in.
#[derive(Debug)]
pub struct SignIn<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// Hashes and seals mobiles, addresses and OTPs; signs tokens.
    pub vault: &'a Vault,
    /// SMS and e-mail.
    pub delivery: &'a OtpDelivery,
    /// Per mobile, client and transaction.
    pub limits: &'a RateLimits,
    /// The OTP's text.
    pub localizer: &'a Localizer,
    /// Lifetimes and attempts.
    pub rules: CitizenRules,
}

/// An OTP to record and send.
struct Outgoing {
    purpose: OtpPurpose,
    mobile_hash: Vec<u8>,
    mobile_sealed: Vec<u8>,
    account: Option<Uuid>,
    destination: OtpDestination,
    email_sealed: Option<Vec<u8>>,
}

impl SignIn<'_> {
    /// Sends an OTP for `request.mobile` to a destination bound to its account (or, for a new account, the address
    /// being verified); returns the transaction to confirm it with.
    pub async fn request_otp(&self, tenant: &TenantRecord, request: OtpRequest<'_>) -> Result<Uuid, SignInError> {
        let mobile = tenant.config.parse_mobile(request.mobile).ok_or(SignInError::InvalidMobile)?;
        let offered = match tenant.config.otp.channel {
            TenantChannel::Email => Some(request.email.and_then(EmailAddress::parse).ok_or(SignInError::InvalidEmail)?),
            TenantChannel::Sms => None,
        };
        let keys = self.vault.tenant(tenant.code);
        let mobile_hash = keys.hash(Field::Mobile, mobile.as_str());
        self.limits.otp_generation(tenant.code, mobile_hash.clone(), request.client).await?;
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let account = accounts::by_mobile(&txn, mobile_hash.clone()).await?;
        let sms = || OtpDestination::Sms(mobile.international(&tenant.config.calling_code));
        let (destination, account_id, email_sealed) = match (account, offered) {
            // An account with a verified address: there, and nowhere else.
            (Some(account), Some(_)) if account.email_encrypted.is_some() => {
                let sealed = account.email_encrypted.unwrap_or_default();
                let address = keys
                    .open(Field::Email, &sealed)
                    .map_err(|error| SignInError::Sealed(error.to_string()))?;
                (OtpDestination::Email(address), Some(account.id), Some(sealed))
            }
            // An account without one (registered at a desk, or before the country sent OTPs by e-mail): its mobile.
            (Some(account), _) => (sms(), Some(account.id), None),
            // No account yet: the address the new account is verifying.
            (None, Some(address)) => {
                let sealed = keys.seal(Field::Email, address.as_str());
                (OtpDestination::Email(address.as_str().to_owned()), None, Some(sealed))
            }
            (None, None) => (sms(), None, None),
        };
        let outgoing = Outgoing {
            purpose: OtpPurpose::SignIn,
            mobile_hash,
            mobile_sealed: keys.seal(Field::Mobile, mobile.as_str()),
            account: account_id,
            destination,
            email_sealed,
        };
        self.send(tenant, txn, outgoing, request.locale).await
    }

    /// Checks the OTP (at most `otp_max_attempts` tries, within its lifetime, once) and signs the citizen in to the
    /// account whose bound destination received it, or to a new account bound to the address it verified.
    pub async fn confirm_otp(&self, tenant: &TenantRecord, transaction: Uuid, otp_digest: &str) -> Result<SignedIn, SignInError> {
        self.limits.otp_confirmation(tenant.code, transaction).await?;
        let confirmation = Confirmation {
            transaction,
            otp_digest,
            purpose: OtpPurpose::SignIn,
            max_attempts: self.rules.otp_max_attempts,
        };
        let (txn, challenge) = confirm(self.db, tenant.code, &self.vault.tenant(tenant.code), &confirmation).await?;
        let (account, new_account) = match challenge.account_id {
            // The OTP went to a destination bound to this account.
            Some(account) => (account, false),
            None => {
                let (account, created) = accounts::find_or_create(&txn, challenge.mobile_hash, challenge.mobile_encrypted).await?;
                if !created {
                    // Another sign-in created the account meanwhile; the address this OTP verified is not bound to it.
                    return Err(SignInError::Expired);
                }
                if let Some(email) = challenge.email_encrypted {
                    accounts::bind_email(&txn, account, email).await?;
                }
                (account, true)
            }
        };
        accounts::remember_locale(&txn, account, challenge.locale).await?;
        txn.commit().await?;
        let token = tokens::issue(self.vault, tenant.code, Audience::Citizen, account, self.rules.token_ttl_seconds)?;
        Ok(SignedIn { token, new_account })
    }

    /// Sends an OTP to `email`, a new address for `account`; the address is bound only when that OTP is confirmed.
    pub async fn request_email_change(
        &self,
        tenant: &TenantRecord,
        account: Uuid,
        email: &str,
        locale: &LocaleTag,
        client: Option<IpAddr>,
    ) -> Result<Uuid, SignInError> {
        let address = EmailAddress::parse(email).ok_or(SignInError::InvalidEmail)?;
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let mobile = accounts::mobile(&txn, account).await?.ok_or(SignInError::UnknownAccount)?;
        self.limits.otp_generation(tenant.code, mobile.mobile_hash.clone(), client).await?;
        let outgoing = Outgoing {
            purpose: OtpPurpose::EmailChange,
            mobile_hash: mobile.mobile_hash,
            mobile_sealed: mobile.mobile_encrypted,
            account: Some(account),
            email_sealed: Some(self.vault.tenant(tenant.code).seal(Field::Email, address.as_str())),
            destination: OtpDestination::Email(address.as_str().to_owned()),
        };
        self.send(tenant, txn, outgoing, locale).await
    }

    /// Binds the new address once its OTP is confirmed by the same account; OTPs still open for the account are
    /// closed, since they went to the old address.
    pub async fn confirm_email_change(
        &self,
        tenant: &TenantRecord,
        account: Uuid,
        transaction: Uuid,
        otp_digest: &str,
    ) -> Result<(), SignInError> {
        self.limits.otp_confirmation(tenant.code, transaction).await?;
        let confirmation = Confirmation {
            transaction,
            otp_digest,
            purpose: OtpPurpose::EmailChange,
            max_attempts: self.rules.otp_max_attempts,
        };
        let (txn, challenge) = confirm(self.db, tenant.code, &self.vault.tenant(tenant.code), &confirmation).await?;
        let (Some(owner), Some(email)) = (challenge.account_id, challenge.email_encrypted) else {
            return Err(SignInError::Expired);
        };
        if owner != account {
            // Another account's change: as if it did not exist.
            return Err(SignInError::Expired);
        }
        otp::close_open_for_account(&txn, account).await?;
        accounts::bind_email(&txn, account, email).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Records a new OTP in `txn` (committed before it is sent) and sends it in `locale`; the transaction id.
    async fn send(&self, tenant: &TenantRecord, txn: TenantTxn, outgoing: Outgoing, locale: &LocaleTag) -> Result<Uuid, SignInError> {
        let code = new_code();
        let transaction = Uuid::new_v4();
        otp::create(
            &txn,
            NewOtp {
                id: transaction,
                purpose: outgoing.purpose,
                mobile_hash: outgoing.mobile_hash,
                mobile_sealed: outgoing.mobile_sealed,
                otp_hash: self.vault.tenant(tenant.code).hash(Field::Otp, &sha256_hex(&code)),
                ttl_seconds: self.rules.otp_ttl_seconds,
                account: outgoing.account,
                channel: match outgoing.destination {
                    OtpDestination::Sms(_) => OtpChannel::Sms,
                    OtpDestination::Email(_) => OtpChannel::Email,
                },
                email_sealed: outgoing.email_sealed,
                locale: Some(locale.as_str().to_owned()),
            },
        )
        .await?;
        txn.commit().await?;
        let chain = [locale, &tenant.default_locale];
        self.delivery
            .send_otp(
                self.localizer,
                &chain,
                tenant,
                &outgoing.destination,
                &code,
                self.rules.otp_ttl_seconds / 60,
            )
            .await
            .map_err(|error| SignInError::Delivery(error.to_string()))?;
        Ok(transaction)
    }
}
