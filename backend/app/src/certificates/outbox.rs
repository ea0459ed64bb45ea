//! The outbox worker: for each issued certificate, render its PDF into the object store (where the deployment
//! asks for that; otherwise the first download renders it), then e-mail its holder in their language; for each
//! reminder of a due dose, send it (`vaccination::reminders`). Runs in
//! every server; `FOR UPDATE SKIP LOCKED` shares the work, failures wait with exponential backoff, and nothing is
//! lost across a restart because the work is a row until it is done.

use std::sync::Arc;
use std::time::Duration;

use cowin_privacy::{Field, Vault};
use cowin_store::objects::{ObjectStore, certificate_pdf_key};
use cowin_store::outbox::{self, CERTIFICATE_ISSUED, DOSE_REMINDER, OutboxItem};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, DbErr, TenantTxn, certificates};
use fluent_bundle::FluentArgs;

use super::holder::render_pdf;
use super::issuer::Issuer;
use super::key_ring::KeyRing;
use super::render::Renderer;
use super::stored;
use crate::delivery::Mailer;
use crate::i18n::{Localizer, account_locale};
use crate::sms_gateways::SmsGateways;
use crate::tenants::TenantRegistry;
use crate::vaccination::reminders::ReminderMessages;

/// Items one worker takes from a tenant's outbox at a time.
const BATCH: u64 = 20;

/// Everything the outbox's work needs.
#[derive(Debug, Clone)]
pub struct OutboxWorker {
    /// The pool.
    pub db: Databases,
    /// Opens certificates and holders' addresses.
    pub vault: Vault,
    /// The tenants whose outboxes are drained.
    pub tenants: TenantRegistry,
    /// Whether PDFs are rendered ahead of their download.
    pub issuer: Arc<Issuer>,
    /// Signs the formats not signed with the dose.
    pub keys: KeyRing,
    /// Renders PDFs.
    pub renderer: Arc<Renderer>,
    /// Texts of the PDFs and e-mails.
    pub localizer: Arc<Localizer>,
    /// Where PDFs go.
    pub objects: Arc<dyn ObjectStore>,
    /// Sends the e-mails.
    pub mailer: Mailer,
    /// Sends the SMS.
    pub sms: SmsGateways,
}

/// What went wrong with an item, for its `last_error` (no personal data: causes are codes and library errors).
type WorkResult = Result<(), String>;

fn cause(error: impl std::fmt::Display) -> String {
    error.to_string()
}

impl OutboxWorker {
    /// Drains every tenant's outbox every `interval`, until the server stops.
    pub fn spawn(self, interval: Duration) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(interval);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticker.tick().await;
                for tenant in self.tenants.all() {
                    if let Err(error) = self.drain(&tenant).await {
                        tracing::warn!(tenant = %tenant.code, error = %error, "outbox round failed");
                    }
                }
            }
        })
    }

    /// One round over one tenant's due items; returns how many were done.
    pub async fn drain(&self, tenant: &Arc<TenantRecord>) -> Result<usize, DbErr> {
        let txn = TenantTxn::begin(&self.db, tenant.code).await?;
        let items = outbox::claim_due(&txn, BATCH).await?;
        let mut done = 0;
        for item in &items {
            match self.handle(tenant, &txn, item).await {
                Ok(()) => {
                    outbox::complete(&txn, item.id).await?;
                    done += 1;
                }
                Err(cause) => {
                    tracing::warn!(tenant = %tenant.code, item = item.id, attempts = item.attempts, error = %cause, "outbox item failed; retrying later");
                    outbox::retry_later(&txn, item.id, item.attempts, &cause).await?;
                }
            }
        }
        txn.commit().await?;
        Ok(done)
    }

    async fn handle(&self, tenant: &Arc<TenantRecord>, txn: &TenantTxn, item: &OutboxItem) -> WorkResult {
        match item.kind.as_str() {
            CERTIFICATE_ISSUED => self.certificate_issued(tenant, txn, item.subject).await,
            DOSE_REMINDER => {
                let messages = ReminderMessages {
                    db: &self.db,
                    vault: &self.vault,
                    localizer: &self.localizer,
                    sms: &self.sms,
                    mailer: &self.mailer,
                };
                messages.send(tenant, txn, item.subject).await
            }
            other => Err(format!("unknown outbox kind {other}")),
        }
    }

    /// Renders and stores the certificate's PDF (if asked to, and unless done on an earlier attempt), then tells
    /// the holder.
    async fn certificate_issued(&self, tenant: &Arc<TenantRecord>, txn: &TenantTxn, id: uuid::Uuid) -> WorkResult {
        let Some(certificate) = certificates::by_id(txn, id).await.map_err(cause)? else {
            return Ok(());
        };
        let forms = stored::open(&self.vault, tenant, &certificate).map_err(cause)?;
        if self.issuer.prerenders_pdfs() && certificate.pdf_object.is_none() {
            let forms = stored::complete(&self.db, &self.vault, &self.keys, tenant, &certificate)
                .await
                .map_err(cause)?;
            let pdf = render_pdf(Arc::clone(&self.renderer), Arc::clone(&self.localizer), Arc::clone(tenant), forms)
                .await
                .map_err(cause)?;
            let key = certificate_pdf_key(tenant.code, id);
            self.objects.put(&key, "application/pdf", pdf).await.map_err(cause)?;
            certificates::set_pdf_object(txn, id, &key).await.map_err(cause)?;
        }
        self.notify(tenant, txn, &forms).await
    }

    /// E-mails the holder, in their language, if their account has an address.
    async fn notify(&self, tenant: &TenantRecord, txn: &TenantTxn, forms: &cowin_certify::SignedForms) -> WorkResult {
        let Some(contact) = certificates::holder_contact(txn, forms.record.id).await.map_err(cause)? else {
            return Ok(());
        };
        let Some(sealed) = contact.email_encrypted else {
            return Ok(());
        };
        let address = self.vault.tenant(tenant.code).open(Field::Email, &sealed).map_err(cause)?;
        let locale = account_locale(tenant, contact.locale.as_deref());
        let chain = [&locale, &tenant.default_locale];
        let vaccination = &forms.record.vaccination;
        let mut args = FluentArgs::new();
        args.set("name", forms.record.holder.name.clone());
        args.set("dose", vaccination.dose);
        args.set("vaccine", vaccination.vaccine_name.clone());
        args.set("date", self.localizer.date(&locale, tenant.code, vaccination.date));
        args.set("verify", format!("https://{}/verify", forms.record.issuer_host));
        let messages = &tenant.config.messages;
        let subject = self
            .localizer
            .format_for(messages, &chain, "certificate-ready-subject", Some(&args));
        let text = self.localizer.format_for(messages, &chain, "certificate-ready-body", Some(&args));
        self.mailer
            .send(self.mailer.platform_from(), &address, &subject, &text)
            .await
            .map_err(cause)
    }
}
