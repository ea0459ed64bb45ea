//! The people the dose benchmark vaccinates, registered as a country's own would be: loaded with
//! `cowin beneficiaries import` (the release binary; ID numbers, mobiles and e-mail addresses checked, hashed and
//! sealed), two to an account, with an e-mail address for everyone where the country signs citizens in by e-mail
//! and for one in four elsewhere; every other account then books its two members into today's session at the
//! vaccinators' facility through the booking use case, so half the doses complete an appointment.

use std::io::Write as _;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use cowin_app::booking::{Booking, NewBooking};
use cowin_app::certificates::render::Renderer;
use cowin_app::i18n::Localizer;
use cowin_app::tenants::TenantRegistry;
use cowin_core::BeneficiaryRef;
use cowin_store::tenants::TenantRecord;
use cowin_store::{DatabaseConnection, Databases};
use cowin_tenant_config::OtpChannel;
use futures::StreamExt as _;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use uuid::Uuid;

use crate::import::run_import;

/// The one slot of the benchmark's sessions.
pub(crate) const SLOT: &str = "09:00AM-05:00PM";
/// Bookings made at once.
const BOOKING_TASKS: usize = 16;

/// A tenant's registered people: their references, each account's two members next to each other.
pub(crate) struct Registered {
    pub(crate) references: Vec<String>,
    /// Their accounts, each once, in the same order.
    pub(crate) accounts: Vec<Uuid>,
    /// People with an appointment today.
    pub(crate) booked: usize,
    /// People with an e-mail address.
    pub(crate) with_email: u64,
}

/// A mobile number, document type and document number for person `n` that `country`'s patterns accept (two people
/// share each mobile number).
pub(crate) fn identity(country: &str, n: u64) -> anyhow::Result<(String, i32, String)> {
    let account = n / 2;
    Ok(match country {
        "IN" => (format!("9{account:09}"), 1, format!("{}", 200_000_000_000 + n)),
        "BR" => (format!("119{account:08}"), 4, format!("BZ{n:06}")),
        "EG" => (format!("010{account:08}"), 1, format!("{}", 20_000_000_000_000 + n)),
        "UZ" => (format!("90{account:07}"), 3, format!("{}", 10_000_000_000_000 + n)),
        other => anyhow::bail!("no benchmark identities for {other}"),
    })
}

/// Writes `tenant`'s registry of people `people` (no past doses) to `file`; how many have an e-mail address.
fn write_registry(file: &Path, tenant: &TenantRecord, people: Range<u64>) -> anyhow::Result<u64> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(file)?);
    writeln!(
        out,
        "mobile,email,name,birth_year,gender_id,photo_id_type,photo_id_number,vaccine,dose,given_on,batch,facility_id"
    )?;
    let everyone_has_email = tenant.config.otp.channel == OtpChannel::Email;
    let gender = tenant.config.genders.first().context("a gender")?.id;
    let mut with_email = 0;
    for n in people {
        let (mobile, document, number) = identity(tenant.code.as_str(), n)?;
        let email = if everyone_has_email || n % 4 == 0 {
            with_email += 1;
            format!("person{n}@example.org")
        } else {
            String::new()
        };
        writeln!(out, "{mobile},{email},Registry Person {n},1980,{gender},{document},{number},,,,,")?;
    }
    out.flush()?;
    Ok(with_email)
}

/// Today's session at `facility` for `vaccine`, with room for `people` more first doses (and as many second): made,
/// or grown when an earlier run on a kept database made it.
pub(crate) async fn todays_session(
    db: &DatabaseConnection,
    tenant: &TenantRecord,
    facility: i64,
    vaccine: &str,
    people: u64,
) -> anyhow::Result<Uuid> {
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            format!(
                "INSERT INTO {}.sessions (id, facility_id, date, vaccine_code, min_age, max_age, capacity_dose1, capacity_dose2, slots) \
                 VALUES (gen_random_uuid(), $1, $2, $3, 18, NULL, $4, $4, ARRAY[$5]) \
                 ON CONFLICT (facility_id, date, vaccine_code) DO UPDATE \
                 SET capacity_dose1 = sessions.capacity_dose1 + $4, capacity_dose2 = sessions.capacity_dose2 + $4 RETURNING id",
                tenant.code.schema()
            ),
            [
                facility.into(),
                tenant.config.today().into(),
                vaccine.into(),
                i32::try_from(people)?.into(),
                SLOT.into(),
            ],
        ))
        .await?
        .context("a session")?;
    Ok(row.try_get("", "id")?)
}

/// A citizen's token for `account`, as the server issues one after sign-in.
pub(crate) fn citizen_token(tenant: &TenantRecord, account: Uuid) -> anyhow::Result<String> {
    cowin_app::tokens::issue(
        &cowin_tests::test_vault(),
        tenant.code,
        cowin_app::tokens::Audience::Citizen,
        account,
        24 * 3600,
    )
    .map_err(|error| anyhow::anyhow!("{error:?}"))
}

/// What the booking use case needs, built as the server builds it.
pub(crate) struct Bookings {
    databases: Databases,
    renderer: Arc<Renderer>,
    localizer: Arc<Localizer>,
    tenants: TenantRegistry,
}

impl Bookings {
    pub(crate) async fn new(db: &DatabaseConnection) -> anyhow::Result<Self> {
        let databases = Databases::single(db.clone());
        Ok(Self {
            tenants: crate::bench_database::tenant_registry(&databases).await?,
            databases,
            renderer: Arc::new(Renderer::default()),
            localizer: Arc::new(Localizer::load(&std::env::current_dir()?.join("locales"))?),
        })
    }

    /// The use case.
    pub(crate) fn use_case(&self) -> Booking<'_> {
        Booking {
            db: &self.databases,
            renderer: &self.renderer,
            localizer: &self.localizer,
            tenants: &self.tenants,
        }
    }
}

/// Imports people `people` (of [`identity`]) into `tenant` with `cowin beneficiaries import`; each one's reference
/// and account, account by account, and how many have an e-mail address.
pub(crate) async fn import_people(
    cowin: &Path,
    db: &DatabaseConnection,
    url: &str,
    tenant: &TenantRecord,
    people: Range<u64>,
) -> anyhow::Result<(Vec<(String, Uuid)>, u64)> {
    let folder = tempfile::tempdir()?;
    let file = folder.path().join("registry.csv");
    let with_email = write_registry(&file, tenant, people.clone())?;
    let people = people.end - people.start;
    // Whatever the tenant held before (people seeded by SQL, or a data-scale tenant's) was created before this.
    let since = crate::bench_database::now(db).await?;
    let (_, said) = run_import(cowin, url, tenant.code.as_str(), &file, &folder.path().join("objects"))?;
    anyhow::ensure!(
        said.contains(&format!("{people} people registered")) && said.contains(" 0 refused"),
        "{said}"
    );

    // The imported people, account by account.
    let schema = tenant.code.schema();
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            format!("SELECT reference_id, account_id FROM {schema}.beneficiaries WHERE created_at > $1 ORDER BY account_id, reference_id"),
            [since.into()],
        ))
        .await?;
    let mut members: Vec<(String, Uuid)> = Vec::with_capacity(rows.len());
    for row in rows {
        members.push((row.try_get("", "reference_id")?, row.try_get("", "account_id")?));
    }
    anyhow::ensure!(members.len() as u64 == people, "{} people stored of {people}", members.len());
    Ok((members, with_email))
}

/// Imports people `people` into `tenant` and books every other account into today's session.
pub(crate) async fn register(
    cowin: &Path,
    db: &DatabaseConnection,
    url: &str,
    tenant: &TenantRecord,
    (facility, vaccine): (i64, &str),
    people: Range<u64>,
) -> anyhow::Result<Registered> {
    let (members, with_email) = import_people(cowin, db, url, tenant, people.clone()).await?;
    let session = todays_session(db, tenant, facility, vaccine, people.end - people.start).await?;
    let bookings = Bookings::new(db).await?;
    let booking = bookings.use_case();
    let accounts: Vec<&[(String, Uuid)]> = members.chunk_by(|a, b| a.1 == b.1).step_by(2).collect();
    let booked = futures::stream::iter(accounts)
        .map(|account| {
            let booking = &booking;
            async move {
                let beneficiaries = account
                    .iter()
                    .map(|(reference, _)| BeneficiaryRef::parse(reference).context("a reference"))
                    .collect::<anyhow::Result<Vec<_>>>()?;
                let request = NewBooking {
                    dose: 1,
                    session,
                    slot: SLOT.to_owned(),
                    beneficiaries,
                };
                booking
                    .schedule(tenant, account[0].1, &request)
                    .await
                    .map_err(|error| anyhow::anyhow!("booking: {error:?}"))?;
                anyhow::Ok(account.len())
            }
        })
        .buffer_unordered(BOOKING_TASKS)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .sum::<anyhow::Result<usize>>()?;
    let mut accounts: Vec<Uuid> = members.iter().map(|(_, account)| *account).collect();
    accounts.dedup();
    Ok(Registered {
        accounts,
        references: members.into_iter().map(|(reference, _)| reference).collect(),
        booked,
        with_email,
    })
}
