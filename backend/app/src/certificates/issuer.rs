//! The issuer the dose writer calls inside each group's transaction: it builds each dose's record, signs it in
//! the country's formats with the country's keys, and seals the result for storage.

use std::sync::Arc;

use cowin_core::TenantCode;
use cowin_privacy::{Field, Vault, mask};
use cowin_store::vaccination::certification::{CertifiableDose, CertificateIssuer, NewCertificate};
use futures::future::BoxFuture;

use super::key_ring::KeyRing;
use super::record_builder::{HolderDocuments, formats, record};
use super::revocations::RevokedMarkers;
use crate::tenants::TenantRegistry;

/// Doses from which certificates are signed on several threads: more than a dose writer's group.
const PARALLEL_FROM: usize = 512;

/// Issues certificates with the keys of the key ring and the tenants of the registry.
#[derive(Debug, Clone)]
pub struct Issuer {
    keys: KeyRing,
    tenants: TenantRegistry,
    vault: Vault,
    prerender_pdfs: bool,
    revoked: RevokedMarkers,
}

impl Issuer {
    /// An issuer over these keys and tenants; `vault` opens ID numbers (to mask them) and seals certificates;
    /// with `prerender_pdfs` every certificate's PDF is rendered by the outbox worker ahead of its download.
    pub fn new(keys: KeyRing, tenants: TenantRegistry, vault: Vault, prerender_pdfs: bool) -> Arc<Self> {
        Arc::new(Self {
            keys,
            tenants,
            vault,
            prerender_pdfs,
            revoked: RevokedMarkers::default(),
        })
    }

    /// The sealed certificates of `doses` (also used when a correction reissues certificates).
    pub async fn certificates(&self, tenant: TenantCode, doses: &[CertifiableDose]) -> Result<Vec<NewCertificate>, String> {
        let record_of = self
            .tenants
            .by_code(tenant)
            .ok_or_else(|| format!("tenant {tenant} is not loaded"))?;
        let licence_id = self
            .tenants
            .licence(tenant)
            .and_then(|licence| licence.as_ref().as_ref().ok().map(|verified| verified.id().to_owned()));
        let signers = self.keys.signers(tenant).await.map_err(|error| error.to_string())?;
        let vault = self.vault.tenant(tenant);
        let now = chrono::Utc::now();
        // One format is signed here, in the dose's transaction; the rest on first request (`stored::complete`).
        let formats = formats(&record_of).first();
        let sign = |dose: &CertifiableDose| -> Result<NewCertificate, String> {
            let masked = vault
                .open(Field::IdNumber, &dose.id_number_sealed)
                .ok()
                .map(|number| mask(&number, 4));
            let passport = dose
                .passport_sealed
                .as_ref()
                .and_then(|sealed| vault.open(Field::Passport, sealed).ok());
            let id = cowin_store::row_ids::time_ordered();
            let documents = HolderDocuments {
                masked_id: masked,
                passport,
            };
            let forms = cowin_certify::issue(record(&record_of, licence_id.clone(), dose, documents, id, now), formats, &signers)
                .map_err(|error| error.to_string())?;
            Ok(NewCertificate {
                id,
                dose_id: dose.dose_id,
                beneficiary_id: dose.beneficiary.clone(),
                licence_id: licence_id.clone(),
                payload: super::sealing::seal(&self.vault, tenant, &forms)?,
            })
        };
        // A registry import's chunk is signed on every core; the dose writer's groups (at most 256, on a loaded
        // server whose cores are busy anyway) are signed where they are.
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        if doses.len() < PARALLEL_FROM || threads < 2 {
            return doses.iter().map(sign).collect();
        }
        let part = doses.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let parts: Vec<_> = doses
                .chunks(part)
                .map(|part| scope.spawn(|| part.iter().map(sign).collect::<Result<Vec<_>, String>>()))
                .collect();
            let mut all = Vec::with_capacity(doses.len());
            for part in parts {
                all.extend(part.join().map_err(|_| "a signing thread panicked".to_owned())??);
            }
            Ok(all)
        })
    }
}

impl Issuer {
    /// Every country's revoked certificates, as verification looks them up; the issuer revokes (when it reissues),
    /// so it says when they change.
    pub fn revoked_markers(&self) -> &RevokedMarkers {
        &self.revoked
    }

    /// Whether every certificate's PDF is rendered by the outbox ahead of its download.
    pub fn prerenders_pdfs(&self) -> bool {
        self.prerender_pdfs
    }
}

impl CertificateIssuer for Issuer {
    fn issue<'a>(&'a self, tenant: TenantCode, doses: &'a [CertifiableDose]) -> BoxFuture<'a, Result<Vec<NewCertificate>, String>> {
        Box::pin(self.certificates(tenant, doses))
    }

    fn follows_up_every_certificate(&self) -> bool {
        self.prerender_pdfs
    }
}
