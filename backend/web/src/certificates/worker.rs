//! The outbox worker: for each issued certificate, render its PDF into the object store (where the deployment
//! asks for that; otherwise the first download renders it), then e-mail its holder in their language. Runs in
//! every server; `FOR UPDATE SKIP LOCKED` shares the work, failures wait
//! with exponential backoff, and nothing is lost across a restart because the work is a row until it is done.

use std::sync::Arc;
use std::time::Duration;

use cowin_core::LocaleTag;
use cowin_privacy::Field;
use cowin_store::objects::certificate_pdf_key;
use cowin_store::outbox::{self, CERTIFICATE_ISSUED, OutboxItem};
use cowin_store::tenants::TenantRecord;
use cowin_store::vaccination::certification::CertificateIssuer as _;
use cowin_store::{TenantTxn, certificates};
use fluent_bundle::FluentArgs;

use super::stored;
use crate::{ApiError, AppState};

/// Items one worker takes from a tenant's outbox at a time.
const BATCH: u64 = 20;

/// Drains every tenant's outbox every `interval`, until the server stops.
pub fn spawn(state: AppState, interval: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            for tenant in state.tenants.all() {
                if let Err(error) = drain(&state, &tenant).await {
                    tracing::warn!(tenant = %tenant.code, error = %error, "outbox round failed");
                }
            }
        }
    })
}

/// One round over one tenant's due items; returns how many were done.
pub async fn drain(state: &AppState, tenant: &Arc<TenantRecord>) -> Result<usize, sea_orm::DbErr> {
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let items = outbox::claim_due(&txn, BATCH).await?;
    let mut done = 0;
    for item in &items {
        match handle(state, tenant, &txn, item).await {
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

/// What went wrong with an item, for its `last_error` (no personal data: causes are codes and library errors).
type WorkResult = Result<(), String>;

fn cause(error: impl std::fmt::Display) -> String {
    error.to_string()
}

async fn handle(state: &AppState, tenant: &Arc<TenantRecord>, txn: &TenantTxn, item: &OutboxItem) -> WorkResult {
    match item.kind.as_str() {
        CERTIFICATE_ISSUED => certificate_issued(state, tenant, txn, item.subject).await,
        other => Err(format!("unknown outbox kind {other}")),
    }
}

/// Renders and stores the certificate's PDF (if asked to, and unless done on an earlier attempt), then tells
/// the holder.
async fn certificate_issued(state: &AppState, tenant: &Arc<TenantRecord>, txn: &TenantTxn, id: uuid::Uuid) -> WorkResult {
    let Some(certificate) = certificates::by_id(txn, id).await.map_err(cause)? else {
        return Ok(());
    };
    let forms = stored::open(&state.vault, tenant.code, &certificate).map_err(cause)?;
    if state.issuer.follows_up_every_certificate() && certificate.pdf_object.is_none() {
        let forms = stored::complete(state, tenant, &certificate).await.map_err(cause)?;
        let pdf = render(state, tenant, forms).await.map_err(cause)?;
        let key = certificate_pdf_key(tenant.code, id);
        state.objects.put(&key, "application/pdf", pdf).await.map_err(cause)?;
        certificates::set_pdf_object(txn, id, &key).await.map_err(cause)?;
    }
    notify(state, tenant, txn, &forms).await
}

/// Renders on the blocking pool: a PDF is CPU work, and the request threads have requests to answer.
pub(crate) async fn render(state: &AppState, tenant: &Arc<TenantRecord>, forms: cowin_certify::SignedForms) -> Result<Vec<u8>, ApiError> {
    let (renderer, localizer, tenant) = (Arc::clone(&state.renderer), Arc::clone(&state.localizer), Arc::clone(tenant));
    tokio::task::spawn_blocking(move || renderer.certificate(&tenant, &localizer, &forms))
        .await
        .map_err(|error| ApiError::internal(&error))?
}

/// E-mails the holder, in their language, if their account has an address.
async fn notify(state: &AppState, tenant: &TenantRecord, txn: &TenantTxn, forms: &cowin_certify::SignedForms) -> WorkResult {
    let Some(contact) = certificates::holder_contact(txn, forms.record.id).await.map_err(cause)? else {
        return Ok(());
    };
    let Some(sealed) = contact.email_encrypted else {
        return Ok(());
    };
    let vault = state.vault.tenant(tenant.code);
    let address = vault.open(Field::Email, &sealed).map_err(cause)?;
    let locale = contact
        .locale
        .as_deref()
        .and_then(|tag| LocaleTag::parse(tag).ok())
        .filter(|tag| tenant.locales.contains(tag))
        .unwrap_or_else(|| tenant.default_locale.clone());
    let chain = [&locale, &tenant.default_locale];
    let vaccination = &forms.record.vaccination;
    let mut args = FluentArgs::new();
    args.set("name", forms.record.holder.name.clone());
    args.set("dose", vaccination.dose);
    args.set("vaccine", vaccination.vaccine_name.clone());
    args.set("date", vaccination.date.format("%d-%m-%Y").to_string());
    args.set("verify", format!("https://{}/verify", forms.record.issuer_host));
    let messages = &tenant.config.messages;
    let subject = state
        .localizer
        .format_for(messages, &chain, "certificate-ready-subject", Some(&args));
    let text = state.localizer.format_for(messages, &chain, "certificate-ready-body", Some(&args));
    state
        .otp_delivery
        .mailer
        .send(state.otp_delivery.mailer.platform_from(), &address, &subject, &text)
        .await
        .map_err(cause)
}
