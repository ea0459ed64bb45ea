//! Staff accounts: signing in, accepting an invitation, being invited by e-mail, being disabled and re-enabled.
//! Sign-ins and acceptances are limited per client and per account before any password is hashed, and every
//! failure looks alike and takes as long whether or not the account exists.

use std::net::IpAddr;

use cowin_core::{LocaleTag, StaffRole};
use cowin_privacy::{Field, Vault};
use cowin_store::staff::{self as store, StaffRow};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, TenantTxn};
use fluent_bundle::FluentArgs;
use uuid::Uuid;

use super::cache::StaffCache;
use super::error::{MIN_PASSWORD_LENGTH, StaffError};
use super::invitations::{INVITATION_DAYS, NewStaffMember, check_scope, create};
use super::member::StaffMember;
use crate::contact::EmailAddress;
use crate::delivery::Mailer;
use crate::i18n::Localizer;
use crate::passwords::Passwords;
use crate::rate_limits::RateLimits;
use crate::tokens::{self, Audience, STAFF_TOKEN_TTL_SECONDS};

/// A staff member signed in.
#[derive(Debug, Clone)]
pub struct StaffSession {
    /// Their bearer token, valid for a working day.
    pub token: String,
    /// Their role.
    pub role: String,
    /// Their name.
    pub name: String,
}

/// A staff member as the directory shows them.
#[derive(Debug, Clone)]
pub struct DirectoryEntry {
    /// The stored row (the address still sealed).
    pub member: store::StaffListing,
    /// Their e-mail address.
    pub email: String,
}

/// Staff accounts of the tenants.
#[derive(Debug)]
pub struct StaffAccounts<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// Hashes addresses and secrets, signs tokens.
    pub vault: &'a Vault,
    /// argon2, a few at a time.
    pub passwords: &'a Passwords,
    /// Per-client and per-account sign-in limits.
    pub limits: &'a RateLimits,
    /// Rows read recently (forgotten on a change).
    pub cache: &'a StaffCache,
    /// Sends invitations.
    pub mailer: &'a Mailer,
    /// Their text.
    pub localizer: &'a Localizer,
}

impl StaffAccounts<'_> {
    /// Signs a staff member of `tenant` in with their e-mail and password.
    pub async fn sign_in(
        &self,
        tenant: &TenantRecord,
        email: &str,
        password: String,
        client: Option<IpAddr>,
    ) -> Result<StaffSession, StaffError> {
        let email = EmailAddress::parse(email).ok_or(StaffError::LoginFailed)?;
        let account = self.vault.tenant(tenant.code).hash(Field::Email, email.as_str());
        let realm = Some(tenant.code);
        self.limits.sign_in(realm, &account, client).await?;
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let row = store::by_email(&txn, account.clone()).await?;
        txn.commit().await?;
        let row = row.filter(|row| row.active);
        let stored = row.as_ref().and_then(|row| row.password_hash.clone());
        let matched = self.passwords.matches(stored, password).await?;
        let Some(row) = row.filter(|_| matched) else {
            self.limits.wrong_password(realm, &account).await;
            return Err(StaffError::LoginFailed);
        };
        let token = tokens::issue(self.vault, tenant.code, Audience::Staff, row.id, STAFF_TOKEN_TTL_SECONDS)?;
        Ok(StaffSession {
            token,
            role: row.role,
            name: row.name,
        })
    }

    /// Consumes an invitation and sets the invitee's password; returns their staff id. The client is limited and
    /// the invitation checked before the password is hashed, so a guess costs no hashing.
    pub async fn accept_invitation(
        &self,
        tenant: &TenantRecord,
        secret: &str,
        password: String,
        client: Option<IpAddr>,
    ) -> Result<Uuid, StaffError> {
        let invitation = self.vault.tenant(tenant.code).hash(Field::Invitation, secret.trim());
        let realm = Some(tenant.code);
        self.limits.sign_in(realm, &invitation, client).await?;
        if password.chars().count() < MIN_PASSWORD_LENGTH {
            return Err(StaffError::WeakPassword);
        }
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let open = store::invitation_is_open(&txn, invitation.clone()).await?;
        txn.commit().await?;
        if !open {
            self.limits.wrong_password(realm, &invitation).await;
            return Err(StaffError::InvitationInvalid);
        }
        let hash = self.passwords.hash(password).await?;
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let staff_id = match store::accept_invitation(&txn, invitation, hash).await {
            Ok(id) => id,
            Err(store::StaffError::InvitationInvalid | store::StaffError::EmailRegistered) => return Err(StaffError::InvitationInvalid),
            Err(store::StaffError::Database(error)) => return Err(error.into()),
        };
        txn.commit().await?;
        Ok(staff_id)
    }

    /// Invites a staff member and e-mails them the invitation in `chain`'s language; if the mail cannot be sent,
    /// nothing is created. Returns the new staff id.
    pub async fn invite(
        &self,
        tenant: &TenantRecord,
        inviter: &StaffMember,
        member: &NewStaffMember,
        chain: &[&LocaleTag],
    ) -> Result<Uuid, StaffError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let invitation = create(&txn, self.vault, tenant, member, &inviter.actor()).await?;
        let mut args = FluentArgs::new();
        args.set("country", tenant.name.clone());
        args.set("name", member.name.as_str().to_owned());
        args.set("role", member.role.as_str());
        args.set("days", INVITATION_DAYS);
        args.set("token", invitation.secret.clone());
        let subject = self.localizer.format(chain, "staff-invitation-subject", Some(&args));
        let text = self.localizer.format(chain, "staff-invitation-body", Some(&args));
        self.mailer
            .send(self.mailer.platform_from(), member.email.as_str(), &subject, &text)
            .await
            .map_err(|error| StaffError::Mail(error.to_string()))?;
        txn.commit().await?;
        Ok(invitation.staff_id)
    }

    /// The tenant's staff, by name, with their e-mail addresses opened for the administrator who manages them.
    pub async fn directory(&self, tenant: &TenantRecord) -> Result<Vec<DirectoryEntry>, StaffError> {
        let keys = self.vault.tenant(tenant.code);
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let listed = store::list(&txn).await?;
        txn.commit().await?;
        Ok(listed
            .into_iter()
            .map(|member| DirectoryEntry {
                email: keys.open(Field::Email, &member.email_encrypted).unwrap_or_default(),
                member,
            })
            .collect())
    }

    /// Disables (`active` false) or re-enables a staff member; their tokens stop or start working at once.
    pub async fn set_active(&self, tenant: &TenantRecord, admin: &StaffMember, target: Uuid, active: bool) -> Result<(), StaffError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        if !store::set_active(&txn, target, active, &admin.actor()).await? {
            return Err(StaffError::NotFound);
        }
        txn.commit().await?;
        self.cache.forget(tenant.code, target).await;
        Ok(())
    }

    /// Gives `target` another role and scope (checked as an invitation's are); effective on their next request. An
    /// administrator cannot change their own role, so a country cannot lose its last administrator by mistake.
    pub async fn change_role(
        &self,
        tenant: &TenantRecord,
        admin: &StaffMember,
        target: Uuid,
        role: StaffRole,
        district_ids: &[i32],
        facility_ids: &[i64],
    ) -> Result<(), StaffError> {
        if target == admin.id {
            return Err(StaffError::InvalidField("id"));
        }
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        check_scope(&txn, tenant, role, district_ids, facility_ids).await?;
        if !store::set_role(&txn, target, role, district_ids, facility_ids, &admin.actor()).await? {
            return Err(StaffError::NotFound);
        }
        txn.commit().await?;
        self.cache.forget(tenant.code, target).await;
        Ok(())
    }

    /// The staff member whose token this is, if it verifies and they are enabled (the database, not the token,
    /// says whether they still are and what role they hold).
    pub async fn signed_in(&self, tenant: &TenantRecord, token: &str) -> Result<Option<StaffRow>, StaffError> {
        let Some(id) = tokens::verify(self.vault, tenant.code, Audience::Staff, token) else {
            return Ok(None);
        };
        let row = self.cache.get(self.db, tenant.code, id).await?;
        Ok(row.as_ref().as_ref().filter(|row| row.active).cloned())
    }
}
