//! Offboarding a country: every row of its schema and its platform rows, its objects and a manifest archived from
//! one snapshot, then (only once the archive is complete) the schema dropped, its platform rows deleted, the
//! private halves of its keys erased and its objects deleted. Public keys, licences and the audit log stay, so the
//! certificates it issued remain verifiable. The code must be repeated to confirm.

use std::io::{Seek, Write};
use std::time::Duration;

use cowin_core::TenantCode;
use cowin_store::Databases;
use cowin_store::objects::ObjectStore;
use cowin_store::platform::offboarding::{self, ArchiveContents, ExportSummary, OffboardError};
use cowin_store::platform::restore::{self, RestoreError, Restored};

use super::error::PlatformError;
use crate::tenants::TenantRegistry;

/// How long the link to an archive kept in the object store stays valid.
const ARCHIVE_LINK: Duration = Duration::from_secs(3600);

/// What offboarding kept.
#[derive(Debug, Clone)]
pub struct Offboarded {
    /// Where the archive is: a key of the object store, or a file's path.
    pub archive: String,
    /// Its size, where it was built in memory.
    pub archive_bytes: Option<usize>,
    /// A presigned link to it, where the store can make one.
    pub download_url: Option<String>,
    /// What it holds.
    pub summary: ExportSummary,
}

fn failed(error: OffboardError) -> PlatformError {
    match error {
        OffboardError::NotFound(_) => PlatformError::TenantNotFound,
        OffboardError::OnOtherCluster { cluster, .. } => PlatformError::OnOtherCluster(cluster),
        OffboardError::Database(error) => PlatformError::Database(error),
        other => PlatformError::Offboarding(other.to_string()),
    }
}

/// Offboarding tenants.
#[derive(Debug)]
pub struct Offboarding<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// The tenant's objects, and where the API keeps archives.
    pub objects: &'a dyn ObjectStore,
    /// A serving process's tenants, reloaded after the drop.
    pub served: Option<&'a TenantRegistry>,
}

impl Offboarding<'_> {
    fn confirmed(tenant: TenantCode, confirm: &str) -> Result<(), PlatformError> {
        if confirm.trim().eq_ignore_ascii_case(tenant.as_str()) {
            Ok(())
        } else {
            Err(PlatformError::ConfirmationMismatch(tenant.as_str().to_owned()))
        }
    }

    async fn drop(&self, tenant: TenantCode, archive: &str, summary: &ExportSummary, actor: &str) -> Result<(), PlatformError> {
        offboarding::drop_tenant(self.db, self.objects, tenant, archive, summary, actor)
            .await
            .map_err(failed)?;
        if let Some(tenants) = self.served {
            tenants.refresh().await?;
        }
        Ok(())
    }

    /// Archives the tenant into `writer` and keeps it (a backup before a risky change, or the first half of a move to
    /// another deployment): offboarding's archive, from one snapshot, with nothing dropped, plus the private halves of
    /// its keys and its secrets, sealed as stored, so that [`Offboarding::restore_from_reader`] brings it back whole.
    /// Audited.
    pub async fn export_to_writer<W: Write + Seek + Send>(
        &self,
        tenant: TenantCode,
        writer: W,
        archive: &str,
        actor: &str,
    ) -> Result<ExportSummary, PlatformError> {
        let summary = offboarding::export(self.db, self.objects, tenant, writer, ArchiveContents::Backup)
            .await
            .map_err(failed)?;
        let event = cowin_store::audit::AuditEvent {
            actor,
            tenant: Some(tenant),
            action: "tenant.export",
            target: tenant.as_str().to_owned(),
            detail: serde_json::json!({ "archive": archive, "tables": summary.tables.len(), "objects": summary.objects }),
        };
        cowin_store::audit::record(self.db, event).await?;
        Ok(summary)
    }

    /// Brings back the country archived in `reader` (a backup [`Offboarding::export_to_writer`] wrote) into this
    /// deployment, which must not serve it; every server starts serving it at the commit.
    pub async fn restore_from_reader<R: std::io::Read + std::io::Seek>(
        &self,
        reader: R,
        archive: &str,
        actor: &str,
    ) -> Result<Restored, PlatformError> {
        let restored = restore::restore(self.db, self.objects, reader, archive, actor)
            .await
            .map_err(|error| match error {
                RestoreError::Database(error) => PlatformError::Database(error),
                other => PlatformError::Offboarding(other.to_string()),
            })?;
        if let Some(tenants) = self.served {
            tenants.refresh().await?;
        }
        Ok(restored)
    }

    /// Archives the tenant into `writer` (a file the command line names, say), then drops it.
    pub async fn to_writer<W: Write + Seek + Send>(
        &self,
        tenant: TenantCode,
        confirm: &str,
        writer: W,
        archive: &str,
        actor: &str,
    ) -> Result<Offboarded, PlatformError> {
        Self::confirmed(tenant, confirm)?;
        let summary = offboarding::export(self.db, self.objects, tenant, writer, ArchiveContents::Offboarding)
            .await
            .map_err(failed)?;
        self.drop(tenant, archive, &summary, actor).await?;
        Ok(Offboarded {
            archive: archive.to_owned(),
            archive_bytes: None,
            download_url: None,
            summary,
        })
    }

    /// Archives the tenant into the object store (`platform/offboarded/<code>-<time>.zip`), then drops it.
    pub async fn to_object_store(&self, tenant: TenantCode, confirm: &str, actor: &str) -> Result<Offboarded, PlatformError> {
        Self::confirmed(tenant, confirm)?;
        let mut archive = std::io::Cursor::new(Vec::new());
        let summary = offboarding::export(self.db, self.objects, tenant, &mut archive, ArchiveContents::Offboarding)
            .await
            .map_err(failed)?;
        let bytes = archive.into_inner();
        let size = bytes.len();
        let key = format!(
            "platform/offboarded/{}-{}.zip",
            tenant.as_str().to_ascii_lowercase(),
            chrono::Utc::now().format("%Y%m%dT%H%M%SZ")
        );
        self.objects
            .put(&key, "application/zip", bytes)
            .await
            .map_err(|error| PlatformError::Offboarding(error.to_string()))?;
        self.drop(tenant, &key, &summary, actor).await?;
        let download_url = self
            .objects
            .presigned_get(&key, ARCHIVE_LINK)
            .await
            .map_err(|error| PlatformError::Offboarding(error.to_string()))?;
        Ok(Offboarded {
            archive: key,
            archive_bytes: Some(size),
            download_url,
            summary,
        })
    }
}
