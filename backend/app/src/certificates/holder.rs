//! What a citizen gets of their family's certificates: the signed forms (for apps and wallets) and the PDF,
//! streamed or handed out as a short-lived presigned URL of the object store.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use cowin_certify::SignedForms;
use cowin_core::BeneficiaryRef;
use cowin_privacy::Vault;
use cowin_store::certificates::{self, StoredCertificate};
use cowin_store::citizens::beneficiaries;
use cowin_store::objects::{ObjectStore, certificate_pdf_key};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, TenantTxn};
use uuid::Uuid;

use super::error::CertificateError;
use super::key_ring::KeyRing;
use super::render::Renderer;
use super::stored;
use crate::i18n::Localizer;

/// Recently served PDFs, by certificate.
pub type PdfCache = moka::future::Cache<Uuid, Bytes>;

/// How certificate PDFs are handed out.
#[derive(Debug, Clone, Copy)]
pub struct DownloadSettings {
    /// Redirect to a presigned URL of the object store (where it can make one), else stream.
    pub redirect: bool,
    /// Lifetime of a presigned URL.
    pub presign_lifetime: Duration,
}

/// A certificate's PDF as it is handed out.
#[derive(Debug)]
pub enum Pdf {
    /// The document itself.
    Document {
        /// The certificate (names the file).
        certificate: Uuid,
        /// The PDF.
        bytes: Bytes,
    },
    /// A presigned URL of the object store to fetch it from.
    Redirect(String),
}

/// Renders a certificate's PDF on the blocking pool: it is CPU work, and request threads have requests to answer.
pub async fn render_pdf(
    renderer: Arc<Renderer>,
    localizer: Arc<Localizer>,
    tenant: Arc<TenantRecord>,
    forms: SignedForms,
) -> Result<Vec<u8>, CertificateError> {
    tokio::task::spawn_blocking(move || renderer.certificate(&tenant, &localizer, &forms))
        .await
        .map_err(|error| CertificateError::Rendering(error.to_string()))?
        .map_err(|error| CertificateError::Rendering(error.to_string()))
}

/// The certificates of a citizen's family.
#[derive(Debug)]
pub struct HolderCertificates<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// Opens and seals certificates.
    pub vault: &'a Vault,
    /// Signs the formats not signed with the dose.
    pub keys: &'a KeyRing,
    /// Renders PDFs.
    pub renderer: &'a Arc<Renderer>,
    /// The PDFs' labels.
    pub localizer: &'a Arc<Localizer>,
    /// Where PDFs are kept.
    pub objects: &'a Arc<dyn ObjectStore>,
    /// Recently served PDFs.
    pub pdfs: &'a PdfCache,
    /// Stream or redirect.
    pub downloads: DownloadSettings,
}

impl HolderCertificates<'_> {
    /// The latest valid certificate of `reference`, if it is a beneficiary of `account`.
    async fn of_family(
        &self,
        tenant: &TenantRecord,
        account: Uuid,
        reference: BeneficiaryRef,
    ) -> Result<StoredCertificate, CertificateError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        // One read when there is a certificate (every download): which refusal it is is asked only when there is not.
        let found = certificates::latest_valid_of_member(&txn, account, &reference.to_string()).await?;
        let answer = match found {
            Some(certificate) => Ok(certificate),
            None => match beneficiaries::find(&txn, account, reference).await? {
                Some(_) => Err(CertificateError::NotFound),
                None => Err(CertificateError::BeneficiaryNotFound),
            },
        };
        txn.commit().await?;
        answer
    }

    /// The latest valid certificate of a beneficiary of `account`, in every format the country issues.
    pub async fn forms(&self, tenant: &TenantRecord, account: Uuid, reference: BeneficiaryRef) -> Result<SignedForms, CertificateError> {
        let certificate = self.of_family(tenant, account, reference).await?;
        stored::complete(self.db, self.vault, self.keys, tenant, &certificate).await
    }

    /// The PDF of the latest valid certificate of a beneficiary of `account`, in the country's language and English.
    pub async fn pdf(&self, tenant: &Arc<TenantRecord>, account: Uuid, reference: BeneficiaryRef) -> Result<Pdf, CertificateError> {
        let certificate = self.of_family(tenant, account, reference).await?;
        self.deliver(tenant, certificate).await
    }

    async fn presigned(&self, key: &str) -> Result<Option<Pdf>, CertificateError> {
        if !self.downloads.redirect {
            return Ok(None);
        }
        Ok(self
            .objects
            .presigned_get(key, self.downloads.presign_lifetime)
            .await?
            .map(Pdf::Redirect))
    }

    /// The certificate's PDF: from memory, from the object store, or rendered now if nobody has yet (then stored,
    /// so it is rendered once).
    async fn deliver(&self, tenant: &Arc<TenantRecord>, certificate: StoredCertificate) -> Result<Pdf, CertificateError> {
        let document = |bytes: Bytes| Pdf::Document {
            certificate: certificate.id,
            bytes,
        };
        if let Some(key) = &certificate.pdf_object {
            if let Some(redirect) = self.presigned(key).await? {
                return Ok(redirect);
            }
            if let Some(bytes) = self.pdfs.get(&certificate.id).await {
                return Ok(document(bytes));
            }
            if let Some(bytes) = self.objects.get(key).await? {
                let bytes = Bytes::from(bytes);
                self.pdfs.insert(certificate.id, bytes.clone()).await;
                return Ok(document(bytes));
            }
        }
        let forms = stored::complete(self.db, self.vault, self.keys, tenant, &certificate).await?;
        let rendered = render_pdf(Arc::clone(self.renderer), Arc::clone(self.localizer), Arc::clone(tenant), forms).await?;
        let key = certificate_pdf_key(tenant.code, certificate.id);
        self.objects.put(&key, "application/pdf", rendered.clone()).await?;
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        certificates::set_pdf_object(&txn, certificate.id, &key).await?;
        txn.commit().await?;
        let bytes = Bytes::from(rendered);
        self.pdfs.insert(certificate.id, bytes.clone()).await;
        if let Some(redirect) = self.presigned(&key).await? {
            return Ok(redirect);
        }
        Ok(document(bytes))
    }
}
