//! Reminding citizens that a later dose is due. Every server sweeps each tenant now and then: the vaccine rules in
//! force today (`due_rules`, the intervals booking applies) say whose next dose has fallen due; each such member,
//! not yet reminded of that dose and not booked for it, gets one reminder row and one outbox item, written
//! together. The outbox worker then sends it ([`ReminderMessages`]) in the account's language, by the country's
//! channel, with a link to book.

use std::sync::Arc;
use std::time::Duration;

use cowin_core::TenantStatus;
use cowin_core::eligibility::due_rules;
use cowin_privacy::{Field, Vault};
use cowin_store::tenants::TenantRecord;
use cowin_store::vaccination::reminders::{self, ReminderToSend};
use cowin_store::{Databases, DbErr, TenantTxn};
use cowin_tenant_config::OtpChannel;
use fluent_bundle::FluentArgs;
use uuid::Uuid;

use crate::delivery::{Mailer, Sms};
use crate::i18n::{Localizer, account_locale};
use crate::sms_gateways::SmsGateways;
use crate::tenants::TenantRegistry;

/// Finds the doses that fell due and queues their reminders.
#[derive(Debug, Clone)]
pub struct ReminderSweep {
    /// The pool.
    pub db: Databases,
    /// The tenants swept.
    pub tenants: TenantRegistry,
    /// Reminders written per tenant and sweep at most.
    pub batch: u64,
}

impl ReminderSweep {
    /// Sweeps every active tenant every `interval`, the first time one interval from now, until the server stops.
    pub fn spawn(self, interval: Duration) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval_at(tokio::time::Instant::now() + interval, interval);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticker.tick().await;
                for tenant in self.tenants.all() {
                    if let Err(error) = self.sweep(&tenant).await {
                        tracing::warn!(tenant = %tenant.code, error = %error, "reminder sweep failed");
                    }
                }
            }
        })
    }

    /// Queues the reminders of `tenant`'s members whose next dose is due today; returns how many.
    pub async fn sweep(&self, tenant: &TenantRecord) -> Result<u64, DbErr> {
        if tenant.status != TenantStatus::Active {
            return Ok(0);
        }
        let today = tenant.config.today();
        let rules = due_rules(&tenant.config.catalogue(), today);
        let txn = TenantTxn::begin(&self.db, tenant.code).await?;
        let queued = reminders::create_due(&txn, &rules, today, self.batch).await?;
        txn.commit().await?;
        if queued > 0 {
            tracing::info!(tenant = %tenant.code, queued, "dose reminders queued");
        }
        Ok(queued)
    }
}

/// Sends one queued reminder.
#[derive(Debug)]
pub struct ReminderMessages<'a> {
    /// The pool (the claim commits on a connection of its own).
    pub db: &'a Databases,
    /// Opens the account's addresses.
    pub vault: &'a Vault,
    /// The texts.
    pub localizer: &'a Localizer,
    /// SMS, through the country's gateway.
    pub sms: &'a SmsGateways,
    /// E-mail.
    pub mailer: &'a Mailer,
}

impl ReminderMessages<'_> {
    /// Sends reminder `id` unless it was sent, or is no longer due. It is marked sent, and that committed, before
    /// the message leaves, so a worker that dies while sending does not send it again on a retry or another
    /// server; a failed send takes the mark back for the outbox's retry. The error is a cause without personal data.
    pub async fn send(&self, tenant: &Arc<TenantRecord>, outbox: &TenantTxn, id: Uuid) -> Result<(), String> {
        let Some(reminder) = reminders::unsent(outbox, id).await.map_err(|error| error.to_string())? else {
            return Ok(());
        };
        if !reminder.still_due || !self.claim(tenant, id).await.map_err(|error| error.to_string())? {
            return Ok(());
        }
        if let Err(cause) = self.deliver(tenant, &reminder).await {
            let txn = TenantTxn::begin(self.db, tenant.code).await.map_err(|error| error.to_string())?;
            reminders::unmark_sent(&txn, id).await.map_err(|error| error.to_string())?;
            txn.commit().await.map_err(|error| error.to_string())?;
            return Err(cause);
        }
        Ok(())
    }

    async fn claim(&self, tenant: &TenantRecord, id: Uuid) -> Result<bool, DbErr> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let claimed = reminders::mark_sent(&txn, id).await?;
        txn.commit().await?;
        Ok(claimed)
    }

    /// By e-mail where the country signs citizens in by e-mail and the account has an address, else by SMS.
    async fn deliver(&self, tenant: &TenantRecord, reminder: &ReminderToSend) -> Result<(), String> {
        let keys = self.vault.tenant(tenant.code);
        let locale = account_locale(tenant, reminder.locale.as_deref());
        let chain = [&locale, &tenant.default_locale];
        // The texts are made before anything is awaited: Fluent's arguments may not cross an await.
        let [sms_text, subject, body] = {
            let mut args = FluentArgs::new();
            args.set("name", reminder.name.clone());
            args.set("dose", reminder.dose);
            args.set("date", self.localizer.date(&locale, tenant.code, reminder.due_on));
            args.set("link", booking_link(tenant));
            let messages = &tenant.config.messages;
            ["dose-reminder-sms", "dose-reminder-subject", "dose-reminder-body"]
                .map(|id| self.localizer.format_for(messages, &chain, id, Some(&args)))
        };
        match (&tenant.config.otp.channel, &reminder.email_encrypted) {
            (OtpChannel::Email, Some(sealed)) => {
                let address = keys.open(Field::Email, sealed).map_err(|error| error.to_string())?;
                self.mailer
                    .send(self.mailer.platform_from(), &address, &subject, &body)
                    .await
                    .map_err(|error| error.to_string())
            }
            _ => {
                let national = keys
                    .open(Field::Mobile, &reminder.mobile_encrypted)
                    .map_err(|error| error.to_string())?;
                let mobile = tenant
                    .config
                    .parse_mobile(&national)
                    .ok_or("the account's mobile number no longer matches the country's format")?;
                let to = mobile.international(&tenant.config.calling_code);
                let sms = Sms {
                    to: &to,
                    sender: &tenant.config.otp.sender,
                    text: &sms_text,
                };
                self.sms.send(tenant, &sms).await.map_err(|error| error.to_string())
            }
        }
    }
}

/// Where the member books: the slots page of the country's site, at its first hostname.
fn booking_link(tenant: &TenantRecord) -> String {
    match tenant.hostnames.first() {
        Some(host) => format!("https://{}/slots", host.as_str()),
        None => format!("https://{}/slots", tenant.config.issuer_host()),
    }
}
