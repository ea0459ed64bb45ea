//! A burst of new citizens against the real `cowin serve` (release build), as on the day a country opens
//! registration to a new age group: each citizen signs in for the first time and registers themselves, as CoWIN's
//! apps do:
//! - `generateOTP` with their mobile (India sends OTPs by SMS, through the deployment's HTTP gateway: here a
//!   listener of this process, which the server posts every message to before it answers);
//! - `confirmOTP` with the SHA-256 of the code the gateway received (their account is created);
//! - `beneficiary/new` with the token, their name and ID number.
//!
//! Every citizen has a mobile and ID number of their own; `CONCURRENCY` are under way at a time. Any answer other
//! than 200 fails the run, and afterwards the database must hold exactly one account, one beneficiary and one
//! confirmed OTP per citizen. Baseline: PostgreSQL alone on the same statements: the same three use cases
//! (`SignIn::request_otp`, `SignIn::confirm_otp`, `Family::register`) in this process, with the same SMS gateway,
//! rate limiters and pool size as the server, no HTTP.

use std::fmt::Write as _;
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Context;
use cowin_app::delivery::{Mailer, OtpDelivery, SmsProvider};
use cowin_app::family::Family;
use cowin_app::family::registration::Registration;
use cowin_app::i18n::Localizer;
use cowin_app::rate_limits::{Limit, LimitSettings, RateLimits};
use cowin_app::sign_in::{CitizenRules, OtpRequest, SignIn};
use cowin_app::sms_gateways::SmsGateways;
use cowin_app::tokens::{self, Audience};
use cowin_core::LocaleTag;
use cowin_privacy::{Vault, sha256_hex};
use cowin_server::Settings;
use cowin_store::tenants::{self, TenantRecord};
use cowin_store::{Databases, connect};
use cowin_tests::sms::SmsGateway;
use futures::{StreamExt as _, TryStreamExt as _};
use secrecy::ExposeSecret as _;
use serde_json::{Value, json};

use crate::bench_database::{BenchDatabase, count};
use crate::processes::serve;
use crate::registered_people::identity;
use crate::report::summary;

/// Citizens signing in and registering at once (apps waiting on an answer).
pub(crate) const CONCURRENCY: usize = 64;
/// The target: this share of PostgreSQL alone.
const MIN_SHARE: f64 = 0.6;

/// A citizen about to sign in for the first time: their mobile, where the OTP goes, and what they register.
pub(crate) struct NewCitizen {
    mobile: String,
    international: String,
    registration: Registration,
}

/// Citizens `range` of `tenant`, each with their own mobile and ID number.
pub(crate) fn new_citizens(tenant: &TenantRecord, range: std::ops::Range<u64>) -> anyhow::Result<Vec<NewCitizen>> {
    let gender = tenant.config.genders.first().context("a gender")?.id;
    range
        .map(|n| {
            // Person 2n is the first of account n in the registry identities: a mobile no other citizen has.
            let (mobile, document, number) = identity(tenant.code.as_str(), 2 * n)?;
            let parsed = tenant.config.parse_mobile(&mobile).context("a valid mobile")?;
            Ok(NewCitizen {
                international: parsed.international(&tenant.config.calling_code),
                mobile,
                registration: Registration {
                    name: format!("Burst Citizen {n}"),
                    birth_year: 1990,
                    gender_id: gender,
                    photo_id_type: document,
                    photo_id_number: number,
                    comorbidity: Some("N".into()),
                    consent_version: None,
                },
            })
        })
        .collect()
}

/// What a burst measured: registrations completed, over how long, and each one's time from `generateOTP` to the
/// registration's answer.
pub(crate) struct Burst {
    pub(crate) elapsed: Duration,
    pub(crate) latencies: Vec<Duration>,
}

impl Burst {
    pub(crate) fn per_second(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64().max(0.001)
    }
}

/// Runs `sign_up` for every citizen, `CONCURRENCY` at a time; the first failure ends the run.
pub(crate) async fn burst<'a, F, Fut>(citizens: &'a [NewCitizen], sign_up: F) -> anyhow::Result<Burst>
where
    F: Fn(&'a NewCitizen) -> Fut,
    Fut: Future<Output = anyhow::Result<()>>,
{
    let started = Instant::now();
    let latencies = futures::stream::iter(citizens)
        .map(|citizen| {
            let sign_up = &sign_up;
            async move {
                let sent = Instant::now();
                sign_up(citizen).await?;
                anyhow::Ok(sent.elapsed())
            }
        })
        .buffer_unordered(CONCURRENCY)
        .try_collect::<Vec<_>>()
        .await?;
    Ok(Burst {
        elapsed: started.elapsed(),
        latencies,
    })
}

/// The server settings of a sign-in burst: every citizen comes from this machine's one address, so the per-IP
/// limits are lifted (the per-mobile ones kept), and OTPs go to the benchmark's `gateway`.
pub(crate) fn sign_in_settings(gateway: &SmsGateway) -> [(&'static str, String); 4] {
    let unlimited = "4000000000".to_owned();
    [
        ("COWIN_RATE_LIMITS__PUBLIC_CALLS", unlimited.clone()),
        ("COWIN_RATE_LIMITS__OTP_PER_IP", unlimited),
        ("COWIN_OTP__SMS_PROVIDER", "http".to_owned()),
        ("COWIN_OTP__SMS_URL", gateway.url.clone()),
    ]
}

/// The code the gateway received for `citizen`, which the server sent before it answered.
fn otp_of(gateway: &SmsGateway, citizen: &NewCitizen) -> anyhow::Result<String> {
    gateway
        .otp_sent_to(&citizen.international)
        .with_context(|| format!("no OTP reached {}", citizen.international))
}

/// The JSON answer of a POST, which must be 200.
async fn post(client: &reqwest::Client, url: &str, token: Option<&str>, body: &Value) -> anyhow::Result<Value> {
    let mut request = client.post(url).json(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let answer = request.send().await?;
    let status = answer.status();
    let text = answer.text().await?;
    anyhow::ensure!(status.is_success(), "{url}: {status} {text}");
    Ok(serde_json::from_str(&text)?)
}

/// One citizen over HTTP: generateOTP, confirmOTP, beneficiary/new.
pub(crate) async fn sign_up_over_http(
    client: &reqwest::Client,
    api: &str,
    gateway: &SmsGateway,
    citizen: &NewCitizen,
) -> anyhow::Result<()> {
    let otp = post(
        client,
        &format!("{api}/v2/auth/public/generateOTP"),
        None,
        &json!({ "mobile": citizen.mobile }),
    )
    .await?;
    let txn_id = otp["txnId"].as_str().context("a txnId")?;
    let code = otp_of(gateway, citizen)?;
    let signed_in = post(
        client,
        &format!("{api}/v2/auth/public/confirmOTP"),
        None,
        &json!({ "otp": sha256_hex(&code), "txnId": txn_id }),
    )
    .await?;
    let token = signed_in["token"].as_str().context("a token")?;
    let registration = &citizen.registration;
    let registered = post(
        client,
        &format!("{api}/v2/registration/beneficiary/new"),
        Some(token),
        &json!({
            "name": registration.name,
            "birth_year": registration.birth_year,
            "gender_id": registration.gender_id,
            "photo_id_type": registration.photo_id_type,
            "photo_id_number": registration.photo_id_number,
            "comorbidity_ind": registration.comorbidity,
        }),
    )
    .await?;
    registered["beneficiary_reference_id"].as_str().context("a reference")?;
    Ok(())
}

/// The sign-in and registration use cases with the parts the server gives them.
struct UseCases {
    db: Databases,
    vault: Vault,
    delivery: OtpDelivery,
    limits: RateLimits,
    localizer: Localizer,
    locale: LocaleTag,
    rules: CitizenRules,
}

impl UseCases {
    /// The parts as the server builds them from `settings` (its pool, OTP rules, SMS body and mailer), with the SMS
    /// sent to `gateway` and every rate limit `limit`.
    async fn new(settings: &Settings, database_url: &str, gateway: &SmsGateway, limit: Limit) -> anyhow::Result<Self> {
        let db = Databases::single(connect(database_url, &settings.database.options()).await?);
        let vault = cowin_tests::test_vault();
        let sms = SmsProvider::Http {
            client: reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?,
            url: gateway.url.clone(),
            body_template: settings.otp.sms_body_template.clone(),
            authorization: None,
        };
        Ok(Self {
            delivery: OtpDelivery {
                sms: SmsGateways::new(sms, db.clone(), vault.clone())?,
                // India sends OTPs by SMS: the mailer is never used.
                mailer: Mailer::from_url(settings.smtp.url.expose_secret(), &settings.smtp.from)?,
            },
            rules: CitizenRules {
                otp_ttl_seconds: settings.otp.ttl_seconds,
                otp_max_attempts: settings.otp.max_attempts,
                token_ttl_seconds: settings.security.token_ttl_seconds,
            },
            limits: RateLimits::new(LimitSettings::uniform(limit, 0)),
            localizer: Localizer::load(&std::env::current_dir()?.join("locales"))?,
            locale: LocaleTag::parse("en").context("English")?,
            db,
            vault,
        })
    }

    /// One citizen through the same use cases as the handlers call.
    async fn sign_up(&self, tenant: &TenantRecord, gateway: &SmsGateway, citizen: &NewCitizen) -> anyhow::Result<()> {
        let sign_in = SignIn {
            db: &self.db,
            vault: &self.vault,
            delivery: &self.delivery,
            limits: &self.limits,
            localizer: &self.localizer,
            rules: self.rules,
        };
        let request = OtpRequest {
            mobile: &citizen.mobile,
            email: None,
            locale: &self.locale,
            client: Some(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        };
        let transaction = sign_in
            .request_otp(tenant, request)
            .await
            .map_err(|error| anyhow::anyhow!("generateOTP: {error:?}"))?;
        let code = otp_of(gateway, citizen)?;
        let signed_in = sign_in
            .confirm_otp(tenant, transaction, &sha256_hex(&code))
            .await
            .map_err(|error| anyhow::anyhow!("confirmOTP: {error:?}"))?;
        let account = tokens::verify(&self.vault, tenant.code, Audience::Citizen, &signed_in.token).context("a citizen token")?;
        let family = Family {
            db: &self.db,
            vault: &self.vault,
        };
        family
            .register(tenant, account, &citizen.registration, &self.locale)
            .await
            .map_err(|error| anyhow::anyhow!("beneficiary/new: {error:?}"))?;
        Ok(())
    }
}

/// Exactly one account, one beneficiary and one confirmed OTP per citizen signed up so far.
async fn check_durable(db: &cowin_store::DatabaseConnection, tenant: &TenantRecord, citizens: u64) -> anyhow::Result<()> {
    let schema = tenant.code.schema();
    for table in ["accounts", "beneficiaries"] {
        let stored = count(db, &format!("SELECT count(*) FROM {schema}.{table}")).await?;
        anyhow::ensure!(stored == citizens, "{citizens} citizens signed up but {stored} {table} stored");
    }
    let confirmed = count(
        db,
        &format!("SELECT count(*) FROM {schema}.otp_transactions WHERE confirmed_at IS NOT NULL"),
    )
    .await?;
    anyhow::ensure!(
        confirmed == citizens,
        "{citizens} citizens signed up but {confirmed} OTPs confirmed"
    );
    Ok(())
}

/// Runs the benchmark; returns its Markdown section.
pub(crate) async fn run(admin_url: &str, cowin: &Path, people: u64) -> anyhow::Result<String> {
    let database = BenchDatabase::create(admin_url, "sign_in", &cowin_tests::demo_config("IN"), 0).await?;
    let context = crate::report::run_context(&database.db).await?;
    let tenant = tenants::list(&database.db).await?.into_iter().next().context("India")?;
    let gateway = SmsGateway::start().await;
    let server = serve(cowin, &database.url, &sign_in_settings(&gateway)).await?;

    let over_http = new_citizens(&tenant, 0..people)?;
    let client = reqwest::Client::builder().pool_max_idle_per_host(CONCURRENCY).build()?;
    let api = format!("{}/t/{}/api", server.base, tenant.code.to_lowercase());
    let mut http = burst(&over_http, |citizen| sign_up_over_http(&client, &api, &gateway, citizen)).await?;
    drop(server);
    check_durable(&database.db, &tenant, people).await?;

    let in_process = new_citizens(&tenant, people..2 * people)?;
    let limit = Limit {
        calls: 4_000_000_000,
        window: Duration::from_secs(300),
    };
    // The server's defaults (this process reads the same environment the server was started with).
    let settings = Settings::load(None)?;
    let use_cases = UseCases::new(&settings, &database.url, &gateway, limit).await?;
    let mut plain = burst(&in_process, |citizen| use_cases.sign_up(&tenant, &gateway, citizen)).await?;
    check_durable(&database.db, &tenant, 2 * people).await?;
    database.drop_database().await?;

    let share = http.per_second() / plain.per_second().max(1.0);
    let mut section = String::new();
    writeln!(section, "## Sign-in and registration burst")?;
    writeln!(section)?;
    writeln!(
        section,
        "{context} `cowin serve` release build, default settings except the per-IP rate limits (lifted: every citizen comes from this machine) \
         and the deployment's SMS gateway (`otp.sms_provider = \"http\"`, a listener of the benchmark that answers 200); rate limits counted in \
         the process (no `redis.url`); server, PostgreSQL and the load on this machine. India; each new citizen, with their own mobile and \
         Aadhaar number, calls `generateOTP`, reads the code the gateway received, calls `confirmOTP` with its SHA-256 (the account is made) \
         and registers themselves with `beneficiary/new`; {CONCURRENCY} citizens under way at a time, every answer checked, then one account, \
         one beneficiary and one confirmed OTP per citizen checked in the database. CoWIN's opening day for ages 18+ was 13 million registrations."
    )?;
    crate::report::table_head(
        &mut section,
        "`cowin-bench sign-in --cowin target/release/cowin` (part of `make bench`).",
        &["what", "result", "baseline in the same run"],
    )?;
    writeln!(
        section,
        "| {people} new citizens over HTTP (3 requests each, reqwest client in the benchmark process) | {:.0} registrations/s ({:.1} s); per citizen {} | PostgreSQL alone: the same three use cases for {people} other citizens in this process (same SMS gateway, pool of {}, no HTTP), {CONCURRENCY} at a time: {:.0} registrations/s; {} |",
        http.per_second(),
        http.elapsed.as_secs_f64(),
        summary(&mut http.latencies),
        settings.database.max_connections,
        plain.per_second(),
        summary(&mut plain.latencies),
    )?;
    writeln!(section, "{}", crate::report::share_row(share, MIN_SHARE))?;
    print!("{section}");
    Ok(section)
}
