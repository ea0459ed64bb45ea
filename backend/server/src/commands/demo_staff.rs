//! `cowin demo staff`: a tenant administrator, a district administrator and a vaccinator in every tenant, signed up
//! with one known password, so a demo can show the console to each role. Development installs only: a known
//! password on a real country's staff account would be a hole.

use std::process::ExitCode;

use anyhow::Context;
use cowin_app::contact::EmailAddress;
use cowin_app::delivery::Mailer;
use cowin_app::i18n::Localizer;
use cowin_app::passwords::Passwords;
use cowin_app::staff::accounts::StaffAccounts;
use cowin_app::staff::cache::StaffCache;
use cowin_app::staff::error::StaffError;
use cowin_app::staff::invitations::{NewStaffMember, create_committed};
use cowin_core::{PersonName, StaffRole};
use cowin_store::tenants::{self, TenantRecord};

use crate::Settings;
use crate::application::{rate_limits, vault};

/// One demo account of a tenant.
struct DemoAccount {
    role: StaffRole,
    label: &'static str,
    district_ids: Vec<i32>,
    facility_ids: Vec<i64>,
}

/// The tenant's demo accounts: the district administrator runs the first facility's district, where the
/// vaccinator works.
fn accounts_of(tenant: &TenantRecord) -> Vec<DemoAccount> {
    let first = tenant.config.facilities.first();
    let district = first.map(|facility| vec![facility.district_id]).unwrap_or_default();
    let facility = first.map(|facility| vec![facility.id]).unwrap_or_default();
    vec![
        DemoAccount {
            role: StaffRole::TenantAdmin,
            label: "ministry",
            district_ids: vec![],
            facility_ids: vec![],
        },
        DemoAccount {
            role: StaffRole::DistrictAdmin,
            label: "district",
            district_ids: district,
            facility_ids: vec![],
        },
        DemoAccount {
            role: StaffRole::Vaccinator,
            label: "vaccinator",
            district_ids: vec![],
            facility_ids: facility,
        },
    ]
}

pub(super) async fn run(settings: &Settings, password: &str) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        settings.development_mode(),
        "demo staff have a known password: development installs only (the development master key with \
         security.allow_development_key)"
    );
    let db = super::connect(settings).await?;
    let vault = vault(settings)?;
    let mailer = Mailer::from_url("smtp://127.0.0.1:1", &settings.smtp.from).context("smtp.from")?;
    let localizer = Localizer::load(&settings.locales_dir).context("locales")?;
    let accounts = StaffAccounts {
        db: &db,
        vault: &vault,
        passwords: &Passwords::new(1),
        limits: &rate_limits(settings),
        cache: &StaffCache::default(),
        mailer: &mailer,
        localizer: &localizer,
    };
    for tenant in tenants::list(&db).await? {
        for account in accounts_of(&tenant) {
            let email = format!("{}@{}.cowin.localhost", account.label, tenant.code.as_str().to_ascii_lowercase());
            let member = NewStaffMember {
                email: EmailAddress::parse(&email).context("a demo address")?,
                name: PersonName::parse(&format!("Demo {} {}", tenant.code, account.label)).context("a demo name")?,
                role: account.role,
                district_ids: account.district_ids,
                facility_ids: account.facility_ids,
            };
            match create_committed(&db, &vault, &tenant, &member, &super::cli_actor()).await {
                Ok(invitation) => {
                    accounts
                        .accept_invitation(&tenant, &invitation.secret, password.to_owned(), None)
                        .await
                        .map_err(|error| anyhow::anyhow!("{email}: {error}"))?;
                }
                // Made by an earlier run: its password is already the demo one.
                Err(StaffError::EmailRegistered) => {}
                Err(error) => anyhow::bail!("{email}: {error}"),
            }
            println!("{}\t{}\t{email}", tenant.code, account.role);
        }
    }
    Ok(ExitCode::SUCCESS)
}
