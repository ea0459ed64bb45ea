//! One of everything the services of a serving process need, built once at start-up.

use std::sync::Arc;

use cowin_certify::keys::EdSigner;
use cowin_privacy::Vault;
use cowin_store::Databases;
use cowin_store::objects::ObjectStore;
use cowin_store::vaccination::group_writer::GroupWriter;
use cowin_tenant_config::LocaleCatalogue;

use crate::access::Policy;
use crate::availability::Availability;
use crate::booking::Booking;
use crate::certificates::holder::{DownloadSettings, HolderCertificates, PdfCache};
use crate::certificates::issuer::Issuer;
use crate::certificates::key_ring::KeyRing;
use crate::certificates::outbox::OutboxWorker;
use crate::certificates::publication::Publication;
use crate::certificates::qr_photo::QrReader;
use crate::certificates::render::Renderer;
use crate::certificates::travel::TravelPassports;
use crate::certificates::verification::Verification;
use crate::delivery::OtpDelivery;
use crate::family::Family;
use crate::i18n::Localizer;
use crate::licences::LicenceEvents;
use crate::operations::facilities::Facilities;
use crate::operations::sessions::Sessions;
use crate::passwords::Passwords;
use crate::platform::audit::AuditLog;
use crate::platform::nha::NhaAccounts;
use crate::platform::offboarding::Offboarding;
use crate::platform::onboarding::Onboarding;
use crate::platform::tenants::TenantAdministration;
use crate::platform::trust_list::TrustList;
use crate::rate_limits::RateLimits;
use crate::sign_in::{CitizenRules, SignIn};
use crate::staff::StaffAccounts;
use crate::staff::cache::StaffCache;
use crate::tenants::TenantRegistry;
use crate::vaccination::aefi::AdverseEvents;
use crate::vaccination::corrections::Corrections;
use crate::vaccination::desk::Desk;
use crate::vaccination::doses::Doses;

/// The parts of a serving process; cloned into each of its workers (every part is shared).
#[derive(Debug, Clone)]
pub struct App {
    /// The connection pool.
    pub db: Databases,
    /// Tenants by code and hostname, with their licences as judged.
    pub tenants: TenantRegistry,
    /// Fluent messages of every language.
    pub localizer: Arc<Localizer>,
    /// Keys for personal data and tokens.
    pub vault: Vault,
    /// SMS and e-mail.
    pub delivery: Arc<OtpDelivery>,
    /// Citizens' sign-in rules.
    pub citizen_rules: CitizenRules,
    /// Rate limiters.
    pub rate_limits: RateLimits,
    /// Password hashing, a few at a time.
    pub passwords: Passwords,
    /// Reading QR codes in uploaded photos, a few at a time.
    pub qr_reader: QrReader,
    /// Who may do what (casbin).
    pub policy: Policy,
    /// Dose writes, committed in groups.
    pub dose_writer: GroupWriter,
    /// Recently read staff rows.
    pub staff_cache: StaffCache,
    /// The licence guard's refusals of requests.
    pub licence_events: LicenceEvents,
    /// Every country's certificate keys.
    pub key_ring: KeyRing,
    /// Signs certificates (the dose writer's, and reissues after corrections).
    pub issuer: Arc<Issuer>,
    /// PDF rendering (branding parsed once per configuration).
    pub renderer: Arc<Renderer>,
    /// Where PDFs are stored.
    pub objects: Arc<dyn ObjectStore>,
    /// Recently served certificate PDFs.
    pub pdf_cache: PdfCache,
    /// How certificate PDFs are handed out.
    pub downloads: DownloadSettings,
    /// Every locale's messages, as tenant configurations are checked against.
    pub locale_catalogue: Arc<LocaleCatalogue>,
    /// NHA's trust-list key.
    pub trust_list_signer: Arc<EdSigner>,
}

impl App {
    /// Citizens' sign-in.
    pub fn sign_in(&self) -> SignIn<'_> {
        SignIn {
            db: &self.db,
            vault: &self.vault,
            delivery: &self.delivery,
            limits: &self.rate_limits,
            localizer: &self.localizer,
            rules: self.citizen_rules,
        }
    }

    /// Staff accounts.
    pub fn staff_accounts(&self) -> StaffAccounts<'_> {
        StaffAccounts {
            db: &self.db,
            vault: &self.vault,
            passwords: &self.passwords,
            limits: &self.rate_limits,
            cache: &self.staff_cache,
            mailer: &self.delivery.mailer,
            localizer: &self.localizer,
        }
    }

    /// Citizens' certificates.
    pub fn holder_certificates(&self) -> HolderCertificates<'_> {
        HolderCertificates {
            db: &self.db,
            vault: &self.vault,
            keys: &self.key_ring,
            renderer: &self.renderer,
            localizer: &self.localizer,
            objects: &self.objects,
            pdfs: &self.pdf_cache,
            downloads: self.downloads,
        }
    }

    /// Every tenant's figures, for the metrics endpoint.
    pub fn gauges(&self) -> crate::gauges::Gauges<'_> {
        crate::gauges::Gauges {
            db: &self.db,
            tenants: &self.tenants,
        }
    }

    /// Passport numbers added to certificates for travel.
    pub fn travel_passports(&self) -> TravelPassports<'_> {
        TravelPassports {
            db: &self.db,
            vault: &self.vault,
            issuer: &self.issuer,
        }
    }

    /// Verification of certificates.
    pub fn verification(&self) -> Verification<'_> {
        Verification {
            db: &self.db,
            revoked: self.issuer.revoked_markers(),
            keys: &self.key_ring,
            tenants: &self.tenants,
            photos: &self.qr_reader,
            limits: &self.rate_limits,
        }
    }

    /// A country's published keys and revocations.
    pub fn publication(&self) -> Publication<'_> {
        Publication {
            db: &self.db,
            keys: &self.key_ring,
        }
    }

    /// The outbox worker over this process's parts.
    pub fn outbox_worker(&self) -> OutboxWorker {
        OutboxWorker {
            db: self.db.clone(),
            vault: self.vault.clone(),
            tenants: self.tenants.clone(),
            issuer: Arc::clone(&self.issuer),
            keys: self.key_ring.clone(),
            renderer: Arc::clone(&self.renderer),
            localizer: Arc::clone(&self.localizer),
            objects: Arc::clone(&self.objects),
            mailer: self.delivery.mailer.clone(),
            sms: self.delivery.sms.clone(),
        }
    }

    /// Citizens' families.
    pub fn family(&self) -> Family<'_> {
        Family {
            db: &self.db,
            vault: &self.vault,
        }
    }

    /// Citizens' bookings.
    pub fn booking(&self) -> Booking<'_> {
        Booking {
            db: &self.db,
            renderer: &self.renderer,
            localizer: &self.localizer,
            tenants: &self.tenants,
        }
    }

    /// The tenant's areas.
    pub fn areas(&self) -> crate::reference::Areas<'_> {
        crate::reference::Areas { db: &self.db }
    }

    /// Searches of sessions and centres.
    pub fn availability(&self) -> Availability<'_> {
        Availability { db: &self.db }
    }

    /// The vaccinator's desk.
    pub fn desk(&self) -> Desk<'_> {
        Desk {
            db: &self.db,
            vault: &self.vault,
        }
    }

    /// Dose records.
    pub fn doses(&self) -> Doses<'_> {
        Doses { writer: &self.dose_writer }
    }

    /// Adverse events.
    pub fn adverse_events(&self) -> AdverseEvents<'_> {
        AdverseEvents { db: &self.db }
    }

    /// Corrections.
    pub fn corrections(&self) -> Corrections<'_> {
        Corrections {
            db: &self.db,
            issuer: &self.issuer,
        }
    }

    /// Citizens' requests (corrections and grievances).
    pub fn citizen_requests(&self) -> crate::vaccination::requests::CitizenRequests<'_> {
        crate::vaccination::requests::CitizenRequests {
            db: &self.db,
            issuer: &self.issuer,
        }
    }

    /// Facilities.
    pub fn facilities(&self) -> Facilities<'_> {
        Facilities { db: &self.db }
    }

    /// Sessions.
    pub fn sessions(&self) -> Sessions<'_> {
        Sessions { db: &self.db }
    }

    /// NHA's administrators.
    pub fn nha_accounts(&self) -> NhaAccounts<'_> {
        NhaAccounts {
            db: &self.db,
            vault: &self.vault,
            passwords: &self.passwords,
            limits: &self.rate_limits,
        }
    }

    /// NHA's administration of tenants.
    pub fn tenant_administration(&self) -> TenantAdministration<'_> {
        TenantAdministration {
            db: &self.db,
            tenants: &self.tenants,
        }
    }

    /// Onboarding, served at once by this process.
    pub fn onboarding(&self) -> Onboarding<'_> {
        Onboarding {
            db: &self.db,
            guard: self.tenants.guard(),
            vault: &self.vault,
            served: Some((&self.tenants, &self.key_ring)),
        }
    }

    /// Offboarding, dropped at once from this process's tenants.
    pub fn offboarding(&self) -> Offboarding<'_> {
        Offboarding {
            db: &self.db,
            objects: self.objects.as_ref(),
            served: Some(&self.tenants),
        }
    }

    /// NHA's trust list.
    pub fn trust_list(&self) -> TrustList<'_> {
        TrustList {
            tenants: &self.tenants,
            keys: &self.key_ring,
            signer: &self.trust_list_signer,
        }
    }

    /// The audit log.
    pub fn audit_log(&self) -> AuditLog<'_> {
        AuditLog { db: &self.db }
    }

    /// Campaign reports.
    pub fn reports(&self) -> crate::reports::Reports<'_> {
        crate::reports::Reports { db: &self.db }
    }

    /// Ministries' own configuration, applied at once by this process.
    pub fn configuration(&self) -> crate::configuration::TenantConfiguration<'_> {
        crate::configuration::TenantConfiguration {
            onboarding: self.onboarding(),
            locales: &self.locale_catalogue,
            localizer: &self.localizer,
        }
    }
}
