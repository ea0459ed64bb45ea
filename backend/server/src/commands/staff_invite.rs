//! `cowin staff invite`: NHA bootstraps a tenant's first administrator (later staff are invited over the API).

use std::process::ExitCode;

use anyhow::Context;
use cowin_app::contact::EmailAddress;
use cowin_app::staff::invitations::{INVITATION_DAYS, NewStaffMember, create_committed};
use cowin_core::PersonName;
use cowin_core::{StaffRole, TenantCode};
use cowin_store::tenants;

use crate::Settings;
use crate::application::vault;

/// What to invite.
#[derive(Debug, clap::Args)]
pub struct InviteArgs {
    /// Country code, e.g. IN.
    #[arg(long)]
    tenant: String,
    /// E-mail address of the invitee.
    #[arg(long)]
    email: String,
    /// Display name.
    #[arg(long)]
    name: String,
    /// Role: tenant_admin, district_admin, facility_manager, vaccinator, verifier, partner_app.
    #[arg(long, default_value = "tenant_admin")]
    role: String,
    /// District ids (district admins), comma separated.
    #[arg(long, value_delimiter = ',')]
    districts: Vec<i32>,
    /// Facility ids (facility managers, vaccinators), comma separated.
    #[arg(long, value_delimiter = ',')]
    facilities: Vec<i64>,
}

pub(super) async fn run(settings: &Settings, args: InviteArgs) -> anyhow::Result<ExitCode> {
    let code = TenantCode::parse(&args.tenant).context("not a country code")?;
    let role = StaffRole::parse(&args.role).with_context(|| format!("unknown role {:?}", args.role))?;
    let db = super::connect(settings).await?;
    let tenant = tenants::list(&db)
        .await?
        .into_iter()
        .find(|tenant| tenant.code == code)
        .with_context(|| format!("no tenant {code}"))?;
    let member = NewStaffMember {
        email: EmailAddress::parse(&args.email).context("not an e-mail address")?,
        name: PersonName::parse(&args.name).context("a name has 1 to 100 characters")?,
        role,
        district_ids: args.districts,
        facility_ids: args.facilities,
    };
    let invitation = create_committed(&db, &vault(settings)?, &tenant, &member, &super::cli_actor())
        .await
        .map_err(|error| anyhow::anyhow!("the invitation was refused: {error}"))?;
    println!(
        "{code}: invited {} as {role} (staff id {})",
        member.email.as_str(),
        invitation.staff_id
    );
    println!("invitation code, valid {INVITATION_DAYS} days; give it to the invitee over a channel you trust:");
    println!("{}", invitation.secret);
    Ok(ExitCode::SUCCESS)
}
