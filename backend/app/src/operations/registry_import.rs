//! A ministry moving from another registry brings its people and their past doses in from CSV
//! (`cowin beneficiaries import`). Every line is checked by the rules a citizen's registration and the tenant's
//! catalogue apply, and imported or refused on its own with the reason; certificates are issued for the past doses,
//! as for a dose recorded at the desk. Running the same file again changes nothing: a person is found by their ID
//! document and a dose by its number.
//!
//! One line is one person and at most one of their doses:
//! `mobile,email,name,birth_year,gender_id,photo_id_type,photo_id_number,vaccine,dose,given_on,batch,facility_id`
//! (`email` and the dose's columns may be empty; `given_on` is `YYYY-MM-DD`). A person's doses are on several lines,
//! in the order given. Lines are committed a chunk at a time, each chunk in one transaction with its audit entry.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::io::Read;

use chrono::{Datelike, NaiveDate};
use cowin_core::eligibility::{GivenDose, min_interval_before, status};
use cowin_core::vaccine::VaccineCode;
use cowin_core::{BeneficiaryRef, LocaleTag};
use cowin_privacy::{Field, TenantVault, Vault};
use cowin_store::audit::{self, AuditEvent};
use cowin_store::citizens::beneficiaries::{NewBeneficiary, given_doses_of};
use cowin_store::citizens::is_unique_violation;
use cowin_store::citizens::registry_import::{KnownPerson, WantedAccount, create_accounts, insert_people, known_people, lock_accounts};
use cowin_store::platform::usage::{Counter, count_many};
use cowin_store::tenants::TenantRecord;
use cowin_store::vaccination::certification::{CertifiableDose, CertificateIssuer, FacilityFacts};
use cowin_store::vaccination::past_doses::{self, PastDose, PastDoseError};
use cowin_store::{Databases, TenantTxn};
use rand::RngCore;
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use crate::contact::EmailAddress;
use crate::family::registration::{REFERENCE_ATTEMPTS, Registration};

/// Lines per transaction: large enough that a chunk's few statements cost little per line, small enough that a
/// chunk's locks on accounts are brief for citizens signing in meanwhile.
pub const CHUNK_LINES: usize = 1_000;

/// Times a chunk is read and judged again after live traffic registered one of its people or recorded one of
/// its doses first.
const RACE_RETRIES: usize = 3;

/// The columns a file must have (the rest may be absent).
const REQUIRED_COLUMNS: [&str; 6] = ["mobile", "name", "birth_year", "gender_id", "photo_id_type", "photo_id_number"];

/// The longest batch number kept.
const MAX_BATCH_CHARACTERS: usize = 64;

/// One line of the file.
#[derive(Debug, Deserialize)]
struct Row {
    mobile: String,
    #[serde(default)]
    email: String,
    name: String,
    birth_year: i16,
    gender_id: i32,
    photo_id_type: i32,
    photo_id_number: String,
    #[serde(default)]
    vaccine: String,
    #[serde(default)]
    dose: Option<u8>,
    #[serde(default)]
    given_on: String,
    #[serde(default)]
    batch: String,
    #[serde(default)]
    facility_id: Option<i64>,
}

/// What became of one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineOutcome {
    /// The person was registered under this reference, with the line's dose if it had one.
    Registered {
        /// Their reference.
        reference: String,
        /// The dose recorded with them.
        dose: Option<u8>,
    },
    /// A dose of someone already registered was recorded, with its certificate.
    DoseRecorded {
        /// Their reference.
        reference: String,
        /// The dose.
        dose: u8,
    },
    /// Everything the line says was already there (the file imported before).
    Unchanged {
        /// Their reference.
        reference: String,
    },
    /// Refused, and why; the reason never repeats the line's personal data.
    Refused(String),
}

/// One line's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedLine {
    /// The line of the file (the header is line 1).
    pub line: u64,
    /// What became of it.
    pub outcome: LineOutcome,
}

/// The counts of an import.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Data lines read.
    pub lines: u64,
    /// People registered.
    pub registered: u64,
    /// Doses recorded (each with its certificate).
    pub doses: u64,
    /// Lines already imported.
    pub unchanged: u64,
    /// Lines refused.
    pub refused: u64,
}

impl ImportSummary {
    fn add(&mut self, outcome: &LineOutcome) {
        self.lines += 1;
        match outcome {
            LineOutcome::Registered { dose, .. } => {
                self.registered += 1;
                self.doses += u64::from(dose.is_some());
            }
            LineOutcome::DoseRecorded { .. } => self.doses += 1,
            LineOutcome::Unchanged { .. } => self.unchanged += 1,
            LineOutcome::Refused(_) => self.refused += 1,
        }
    }
}

/// Why an import stopped (chunks before it are committed; running the file again resumes it).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is not a CSV file of the expected columns.
    #[error("{0}")]
    File(String),
    /// Certificates could not be signed.
    #[error("certificates: {0}")]
    Certificates(String),
    /// Live traffic kept changing the same people.
    #[error("people of lines {0}.. kept changing while they were imported; run the import again")]
    KeptChanging(u64),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sea_orm::DbErr),
}

/// A dose on a line, checked against the catalogue.
#[derive(Debug, Clone)]
struct LineDose {
    vaccine: VaccineCode,
    dose: u8,
    given_on: NaiveDate,
    batch: String,
    facility_id: Option<i64>,
}

/// A line that passed every check needing no database.
#[derive(Debug)]
struct CheckedLine {
    mobile_hash: Vec<u8>,
    mobile_sealed: Vec<u8>,
    email_sealed: Option<Vec<u8>>,
    /// The person as a row, under a reference and account filled in when they are new.
    row: NewBeneficiary,
    dose: Option<LineDose>,
}

/// Checks a line by itself: the registration by a citizen's rules, the dose by the catalogue.
fn check_line(tenant: &TenantRecord, keys: &TenantVault, row: Row) -> Result<CheckedLine, String> {
    let mobile = tenant
        .config
        .parse_mobile(&row.mobile)
        .ok_or_else(|| "mobile: not a mobile number of this country".to_owned())?;
    let email = match row.email.trim() {
        "" => None,
        written => Some(EmailAddress::parse(written).ok_or_else(|| "email: not an e-mail address".to_owned())?),
    };
    let registration = Registration {
        name: row.name,
        birth_year: row.birth_year,
        gender_id: row.gender_id,
        photo_id_type: row.photo_id_type,
        photo_id_number: row.photo_id_number,
        comorbidity: None,
        consent_version: None,
    };
    let person = registration.validate(tenant, &LocaleTag::english()).map_err(|error| match error {
        crate::family::FamilyError::InvalidField(field) => format!("{field}: not valid for this country"),
        crate::family::FamilyError::InvalidDocument(document) => format!("photo_id_number: not a valid {document} number"),
        other => other.to_string(),
    })?;
    let dose = check_dose(
        tenant,
        row.birth_year,
        row.vaccine.trim(),
        row.dose,
        row.given_on.trim(),
        row.batch.trim(),
        row.facility_id,
    )?;
    let placeholder = BeneficiaryRef::from_random(0);
    Ok(CheckedLine {
        mobile_hash: keys.hash(Field::Mobile, mobile.as_str()),
        mobile_sealed: keys.seal(Field::Mobile, mobile.as_str()),
        email_sealed: email.map(|email| keys.seal(Field::Email, email.as_str())),
        row: person.sealed(keys, placeholder, Uuid::nil()),
        dose,
    })
}

/// The line's dose, if it has one: a vaccine of the catalogue with rules in force on the day it was given (what
/// its certificate's series and status are judged by), a day neither in the future nor before the person's birth.
fn check_dose(
    tenant: &TenantRecord,
    birth_year: i16,
    vaccine: &str,
    dose: Option<u8>,
    given_on: &str,
    batch: &str,
    facility_id: Option<i64>,
) -> Result<Option<LineDose>, String> {
    if vaccine.is_empty() && dose.is_none() && given_on.is_empty() {
        return Ok(None);
    }
    let vaccine = VaccineCode::parse(vaccine).map_err(|_| "vaccine: not a vaccine code".to_owned())?;
    let dose = dose
        .filter(|dose| *dose >= 1)
        .ok_or_else(|| "dose: a dose number from 1".to_owned())?;
    let given_on = NaiveDate::parse_from_str(given_on, "%Y-%m-%d").map_err(|_| "given_on: not a date written YYYY-MM-DD".to_owned())?;
    if given_on > tenant.config.today() {
        return Err("given_on: a day in the future".to_owned());
    }
    if given_on.year() < i32::from(birth_year) {
        return Err("given_on: before the year of birth".to_owned());
    }
    if tenant.catalogue.rules(&vaccine, given_on).is_none() {
        return Err(format!(
            "vaccine: {vaccine} has no rules in force on {given_on} in this country's catalogue"
        ));
    }
    if batch.chars().count() > MAX_BATCH_CHARACTERS || batch.chars().any(char::is_control) {
        return Err(format!("batch: at most {MAX_BATCH_CHARACTERS} printable characters"));
    }
    Ok(Some(LineDose {
        vaccine,
        dose,
        given_on,
        batch: batch.to_owned(),
        facility_id,
    }))
}

/// Describes a line that is not a row of the columns, by column name, without the value.
fn describe_csv_error(error: &csv::Error, headers: &csv::StringRecord) -> String {
    match error.kind() {
        csv::ErrorKind::Deserialize { err, .. } => {
            let column = err
                .field()
                .and_then(|field| headers.get(usize::try_from(field).ok()?))
                .unwrap_or("a column");
            match err.kind() {
                csv::DeserializeErrorKind::ParseInt(_) => format!("{column}: not a whole number in range"),
                csv::DeserializeErrorKind::Message(message) if message.starts_with("missing field") => message.clone(),
                _ => format!("{column}: not valid"),
            }
        }
        csv::ErrorKind::UnequalLengths { len, expected_len, .. } => {
            format!("has {len} columns where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_owned(),
        _ => "not a CSV row".to_owned(),
    }
}

/// A person of the chunk, as already registered or as this chunk registers them.
#[derive(Debug, Clone)]
struct Person {
    /// Index into the chunk's new people, or their stored reference.
    reference: PersonRef,
    account: Uuid,
    mobile_hash: Vec<u8>,
    name: String,
    birth_year: i16,
    gender_id: i32,
    id_document_type: i32,
    id_sealed: Vec<u8>,
    passport_sealed: Option<Vec<u8>>,
    /// Their doses in order, those already stored then those this chunk adds.
    history: Vec<GivenDose>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PersonRef {
    Stored(BeneficiaryRef),
    New(usize),
}

/// An account of the chunk.
#[derive(Debug, Clone)]
struct Account {
    id: Uuid,
    members: i64,
    /// Not stored yet: this chunk creates it (with the e-mail of the first line that needs it).
    new: Option<WantedAccount>,
}

/// What the chunk decided about one line.
#[derive(Debug)]
enum Verdict {
    Refused(String),
    Accepted {
        person: (i32, Vec<u8>),
        registered: bool,
        /// A new dose, by its index into the chunk's new doses.
        dose: Option<usize>,
    },
}

/// A new dose of the chunk, before its person's reference is final.
#[derive(Debug)]
struct NewDose {
    person: (i32, Vec<u8>),
    id: Uuid,
    line: LineDose,
    /// The person's history up to and including this dose (their status after it).
    history: Vec<GivenDose>,
}

/// Everything a chunk writes, decided in line order against what the database holds.
#[derive(Debug, Default)]
struct Plan {
    people: HashMap<(i32, Vec<u8>), Person>,
    new_people: Vec<NewBeneficiary>,
    accounts: HashMap<Vec<u8>, Account>,
    doses: Vec<NewDose>,
}

impl Plan {
    /// Judges `line` after the lines before it; `limit` is the members an account may have.
    fn judge(&mut self, catalogue: &cowin_core::eligibility::Catalogue, line: &CheckedLine, limit: i64) -> Verdict {
        let key = (line.row.id_type, line.row.id_hash.clone());
        let registered = !self.people.contains_key(&key);
        let mut person = match self.people.get(&key) {
            Some(person) if person.mobile_hash != line.mobile_hash => {
                return Verdict::Refused("photo_id_number: this document is registered under another mobile number".to_owned());
            }
            Some(person) if person.name != line.row.name || person.birth_year != line.row.birth_year => {
                return Verdict::Refused(
                    "photo_id_number: this document is registered to someone with another name or year of birth".to_owned(),
                );
            }
            Some(person) => person.clone(),
            None => {
                let account = self.accounts.get(&line.mobile_hash);
                if account.is_some_and(|account| account.members >= limit) {
                    return Verdict::Refused(format!("mobile: its account already has {limit} members"));
                }
                Person {
                    reference: PersonRef::New(self.new_people.len()),
                    account: account.map_or_else(Uuid::new_v4, |account| account.id),
                    mobile_hash: line.mobile_hash.clone(),
                    name: line.row.name.clone(),
                    birth_year: line.row.birth_year,
                    gender_id: line.row.gender_id,
                    id_document_type: line.row.id_type,
                    id_sealed: line.row.id_sealed.clone(),
                    passport_sealed: None,
                    history: Vec::new(),
                }
            }
        };
        let mut new_dose = None;
        if let Some(dose) = &line.dose {
            let number = usize::from(dose.dose);
            match person.history.get(number - 1) {
                Some(given) if given.vaccine == dose.vaccine && given.given_on == dose.given_on => {}
                Some(_) => {
                    return Verdict::Refused(format!(
                        "dose: dose {number} is already recorded with another vaccine or day (a correction is made at the desk)"
                    ));
                }
                None if number > person.history.len() + 1 => {
                    return Verdict::Refused(format!(
                        "dose: dose {number} comes before dose {} of this person (list each person's doses in order)",
                        number - 1
                    ));
                }
                None => {
                    if let Some(problem) = series_problem(catalogue, &person.history, dose) {
                        return Verdict::Refused(problem);
                    }
                    person.history.push(GivenDose {
                        dose: dose.dose,
                        vaccine: dose.vaccine.clone(),
                        given_on: dose.given_on,
                    });
                    new_dose = Some(self.doses.len());
                    self.doses.push(NewDose {
                        person: key.clone(),
                        id: cowin_store::row_ids::time_ordered(),
                        line: dose.clone(),
                        history: person.history.clone(),
                    });
                }
            }
        }
        if registered {
            let mut row = line.row.clone();
            row.reference = BeneficiaryRef::from_random(rand::thread_rng().next_u64());
            row.account = person.account;
            self.new_people.push(row);
            let account = self.accounts.entry(line.mobile_hash.clone()).or_insert_with(|| Account {
                id: person.account,
                members: 0,
                new: Some(WantedAccount {
                    id: person.account,
                    mobile_hash: line.mobile_hash.clone(),
                    mobile_sealed: line.mobile_sealed.clone(),
                    email_sealed: line.email_sealed.clone(),
                }),
            });
            account.members += 1;
        }
        self.people.insert(key.clone(), person);
        Verdict::Accepted {
            person: key,
            registered,
            dose: new_dose,
        }
    }
}

/// Why a next dose cannot follow the history: dated before the previous one, or past the series' last dose.
/// Intervals and mixing are not judged: they are the rules of a booking, and a registry records what was given
/// under the policies of its day.
fn series_problem(catalogue: &cowin_core::eligibility::Catalogue, history: &[GivenDose], dose: &LineDose) -> Option<String> {
    let (first, previous) = (history.first()?, history.last()?);
    if dose.given_on < previous.given_on {
        return Some(format!("given_on: dose {} is dated before dose {}", dose.dose, previous.dose));
    }
    let series = catalogue.rules(&first.vaccine, dose.given_on)?;
    min_interval_before(series, dose.dose)
        .is_none()
        .then(|| format!("dose: the series begun with {} has no dose {}", first.vaccine, dose.dose))
}

/// Imports a registry into one tenant.
#[derive(Debug)]
pub struct RegistryImport<'a> {
    /// The pools.
    pub db: &'a Databases,
    /// Hashes and seals personal data.
    pub vault: &'a Vault,
    /// Signs the past doses' certificates.
    pub issuer: &'a dyn CertificateIssuer,
    /// Who runs it, for the audit log (`cli:root`).
    pub actor: &'a str,
}

/// A chunk of lines as read.
type Chunk = Vec<(u64, Result<CheckedLine, String>)>;

/// The next lines of the file, each checked, and how far into the file they end.
struct ReadChunk {
    lines: Chunk,
    read_to: u64,
}

/// Reads and checks up to [`CHUNK_LINES`] lines.
fn read_chunk(reader: &mut csv::Reader<impl Read>, headers: &csv::StringRecord, tenant: &TenantRecord, keys: &TenantVault) -> ReadChunk {
    let mut lines: Chunk = Vec::with_capacity(CHUNK_LINES);
    let mut record = csv::StringRecord::new();
    while lines.len() < CHUNK_LINES {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let checked = record
                    .deserialize::<Row>(Some(headers))
                    .map_err(|error| describe_csv_error(&error, headers))
                    .and_then(|row| check_line(tenant, keys, row));
                lines.push((record.position().map_or(line, csv::Position::line), checked));
            }
            Err(error) => lines.push((line, Err(describe_csv_error(&error, headers)))),
        }
    }
    ReadChunk {
        lines,
        read_to: reader.position().byte(),
    }
}

impl RegistryImport<'_> {
    /// Imports `csv` into `tenant`, a chunk of lines at a time; hands each line's outcome to `progress` once its
    /// chunk is committed, with the bytes of the file read so far.
    pub async fn import(
        &self,
        tenant: &TenantRecord,
        csv: impl Read,
        mut progress: impl FnMut(&ImportedLine, u64),
    ) -> Result<ImportSummary, ImportError> {
        let keys = self.vault.tenant(tenant.code);
        let mut reader = csv::ReaderBuilder::new().from_reader(csv);
        let headers = reader
            .headers()
            .map_err(|error| ImportError::File(format!("line 1: {}", describe_csv_error(&error, &csv::StringRecord::new()))))?
            .clone();
        if let Some(missing) = REQUIRED_COLUMNS
            .iter()
            .find(|column| !headers.iter().any(|header| header == **column))
        {
            return Err(ImportError::File(format!("line 1: the header has no column {missing}")));
        }
        let mut summary = ImportSummary::default();
        let mut read_next = || read_chunk(&mut reader, &headers, tenant, &keys);
        let mut chunk = read_next();
        while !chunk.lines.is_empty() {
            // The next chunk is read and checked while the database works on this one (its CPU and the database's
            // overlap; the lines of one chunk still commit before the next chunk's are judged).
            let (outcomes, next) = futures::join!(self.import_chunk(tenant, &chunk.lines), async { read_next() });
            for ((line, _), outcome) in chunk.lines.iter().zip(outcomes?) {
                summary.add(&outcome);
                progress(&ImportedLine { line: *line, outcome }, chunk.read_to);
            }
            chunk = next;
        }
        Ok(summary)
    }

    /// Imports one chunk in one transaction, read and judged again if live traffic registered one of its people,
    /// signed in with one of its numbers or recorded one of its doses first.
    async fn import_chunk(&self, tenant: &TenantRecord, chunk: &Chunk) -> Result<Vec<LineOutcome>, ImportError> {
        for _ in 0..RACE_RETRIES {
            match self.try_chunk(tenant, chunk).await {
                Err(ImportError::Database(error)) if is_unique_violation(&error, "beneficiaries_id_document_unique") => {}
                Ok(None) => {}
                Ok(Some(outcomes)) => return Ok(outcomes),
                Err(other) => return Err(other),
            }
        }
        Err(ImportError::KeptChanging(chunk.first().map_or(0, |(line, _)| *line)))
    }

    /// The chunk's outcomes once committed; `None` when live traffic got to one of its people or doses first.
    async fn try_chunk(&self, tenant: &TenantRecord, chunk: &Chunk) -> Result<Option<Vec<LineOutcome>>, ImportError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let checked: Vec<&CheckedLine> = chunk.iter().filter_map(|(_, line)| line.as_ref().ok()).collect();
        let (mut plan, facilities) = read_plan(&txn, &checked).await?;
        let limit = i64::from(tenant.config.members_per_account);
        let verdicts: Vec<Verdict> = chunk
            .iter()
            .map(|(_, line)| match line {
                Err(reason) => Verdict::Refused(reason.clone()),
                Ok(line) => match line.dose.as_ref().and_then(|dose| dose.facility_id) {
                    Some(id) if !facilities.contains_key(&id) => Verdict::Refused("facility_id: no such facility".to_owned()),
                    _ => plan.judge(&tenant.catalogue, line, limit),
                },
            })
            .collect();
        let wanted: Vec<WantedAccount> = plan.accounts.values().filter_map(|account| account.new.clone()).collect();
        if create_accounts(&txn, &wanted).await? != wanted.len() as u64 {
            return Ok(None);
        }
        let references = insert_new_people(&txn, &mut plan.new_people).await?;
        let reference_of = |key: &(i32, Vec<u8>)| match plan.people[key].reference {
            PersonRef::Stored(reference) => reference,
            PersonRef::New(index) => references[index],
        };
        let certifiable: Vec<CertifiableDose> = plan
            .doses
            .iter()
            .map(|dose| {
                let person = &plan.people[&dose.person];
                CertifiableDose {
                    dose_id: dose.id,
                    beneficiary: reference_of(&dose.person).to_string(),
                    name: person.name.clone(),
                    birth_year: i32::from(person.birth_year),
                    gender_id: person.gender_id,
                    id_document_type: person.id_document_type,
                    id_number_sealed: person.id_sealed.clone(),
                    passport_sealed: person.passport_sealed.clone(),
                    dose: dose.line.dose,
                    vaccine: dose.line.vaccine.to_string(),
                    given_on: dose.line.given_on,
                    batch: dose.line.batch.clone(),
                    // None when the registry names no facility: certificates then print none.
                    facility: dose
                        .line
                        .facility_id
                        .and_then(|id| facilities.get(&id).cloned())
                        .unwrap_or_default(),
                    status: status(&tenant.catalogue, &dose.history),
                }
            })
            .collect();
        let certificates = if certifiable.is_empty() {
            Vec::new()
        } else {
            self.issuer
                .issue(tenant.code, &certifiable)
                .await
                .map_err(ImportError::Certificates)?
        };
        let doses: Vec<PastDose> = plan
            .doses
            .iter()
            .zip(&certifiable)
            .map(|(dose, certifiable)| PastDose {
                id: dose.id,
                beneficiary_id: certifiable.beneficiary.clone(),
                dose: i16::from(dose.line.dose),
                vaccine_code: certifiable.vaccine.clone(),
                given_on: dose.line.given_on,
                facility_id: dose.line.facility_id,
                batch: dose.line.batch.clone(),
            })
            .collect();
        match past_doses::write(&txn, &doses, &certificates, self.issuer.follows_up_every_certificate()).await {
            Err(PastDoseError::Raced) => return Ok(None),
            Err(PastDoseError::Database(error)) => return Err(error.into()),
            Ok(()) => {}
        }
        count_many(&txn, Counter::Registration, plan.new_people.len() as i64).await?;
        let outcomes: Vec<LineOutcome> = verdicts
            .into_iter()
            .map(|verdict| match verdict {
                Verdict::Refused(reason) => LineOutcome::Refused(reason),
                Verdict::Accepted { person, registered, dose } => {
                    let reference = reference_of(&person).to_string();
                    match (registered, dose.map(|index| plan.doses[index].line.dose)) {
                        (true, dose) => LineOutcome::Registered { reference, dose },
                        (false, Some(dose)) => LineOutcome::DoseRecorded { reference, dose },
                        (false, None) => LineOutcome::Unchanged { reference },
                    }
                }
            })
            .collect();
        let refused = outcomes.iter().filter(|outcome| matches!(outcome, LineOutcome::Refused(_))).count();
        let detail = json!({
            "lines": outcomes.len(),
            "registered": plan.new_people.len(),
            "doses": doses.len(),
            "refused": refused,
        });
        audit::record(&txn, AuditEvent::on_tenant(self.actor, tenant.code, "beneficiaries.import", detail)).await?;
        txn.commit().await?;
        Ok(Some(outcomes))
    }
}

/// What the database holds about the chunk's people (by document), their doses, the accounts of its mobile numbers
/// (locked) and the facilities it names.
async fn read_plan(txn: &TenantTxn, lines: &[&CheckedLine]) -> Result<(Plan, HashMap<i64, FacilityFacts>), ImportError> {
    // A person's doses are on several lines: each document is looked up once.
    let mut documents: Vec<(i32, Vec<u8>)> = lines.iter().map(|line| (line.row.id_type, line.row.id_hash.clone())).collect();
    documents.sort();
    documents.dedup();
    let known: Vec<KnownPerson> = known_people(txn, &documents).await?;
    let references: Vec<String> = known.iter().map(|person| person.reference_id.clone()).collect();
    let mut histories = given_doses_of(txn, &references).await?;
    let mut plan = Plan::default();
    for person in known {
        let reference = BeneficiaryRef::parse(&person.reference_id).ok_or_else(|| sea_orm::DbErr::Type("a reference".into()))?;
        let entry = Person {
            reference: PersonRef::Stored(reference),
            account: person.account_id,
            mobile_hash: person.mobile_hash,
            name: person.name,
            birth_year: person.birth_year,
            gender_id: person.gender_id,
            id_document_type: person.id_document_type,
            id_sealed: person.id_number_encrypted,
            passport_sealed: person.passport_encrypted,
            history: histories.remove(&person.reference_id).unwrap_or_default(),
        };
        plan.people.insert((person.id_document_type, person.id_number_hash), entry);
    }
    let mut mobiles: Vec<Vec<u8>> = lines.iter().map(|line| line.mobile_hash.clone()).collect();
    mobiles.sort();
    mobiles.dedup();
    for account in lock_accounts(txn, &mobiles).await? {
        let entry = Account {
            id: account.id,
            members: account.members,
            new: None,
        };
        if let Entry::Vacant(vacant) = plan.accounts.entry(account.mobile_hash) {
            vacant.insert(entry);
        }
    }
    let mut facility_ids: Vec<i64> = lines.iter().filter_map(|line| line.dose.as_ref()?.facility_id).collect();
    facility_ids.sort_unstable();
    facility_ids.dedup();
    let facilities = past_doses::facilities(txn, &facility_ids).await?;
    Ok((plan, facilities))
}

/// Inserts the chunk's new people; their references, by index (a reference another person already holds is
/// replaced by a fresh one).
async fn insert_new_people(txn: &TenantTxn, people: &mut [NewBeneficiary]) -> Result<Vec<BeneficiaryRef>, ImportError> {
    let mut waiting: Vec<usize> = (0..people.len()).collect();
    for _ in 0..REFERENCE_ATTEMPTS {
        let rows: Vec<NewBeneficiary> = waiting.iter().map(|index| people[*index].clone()).collect();
        let inserted: HashSet<String> = insert_people(txn, &rows).await?.into_iter().collect();
        waiting.retain(|index| !inserted.contains(&people[*index].reference.to_string()));
        if waiting.is_empty() {
            return Ok(people.iter().map(|person| person.reference).collect());
        }
        for index in &waiting {
            people[*index].reference = BeneficiaryRef::from_random(rand::thread_rng().next_u64());
        }
    }
    Err(sea_orm::DbErr::Custom("no free reference for a new beneficiary".into()).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code, reason = "only deserialised")]
    struct Short {
        mobile: String,
        name: String,
        birth_year: i16,
    }

    #[test]
    fn a_malformed_line_is_described_by_its_column_never_by_its_value() {
        let csv = "mobile,name,birth_year\n9876543210,Asha Rao,19x0\n9876543210,Asha Rao\n";
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let headers = reader.headers().unwrap().clone();
        let mut record = csv::StringRecord::new();
        assert!(reader.read_record(&mut record).unwrap());
        let error = record.deserialize::<Short>(Some(&headers)).unwrap_err();
        assert_eq!(describe_csv_error(&error, &headers), "birth_year: not a whole number in range");
        let error = reader.read_record(&mut record).unwrap_err();
        let described = describe_csv_error(&error, &headers);
        assert_eq!(described, "has 2 columns where the header has 3");
        assert!(!described.contains("9876543210") && !described.contains("Asha"));
    }

    #[test]
    fn a_summary_counts_each_outcome_once() {
        let mut summary = ImportSummary::default();
        let reference = "12345678901234".to_owned();
        for outcome in [
            LineOutcome::Registered {
                reference: reference.clone(),
                dose: Some(1),
            },
            LineOutcome::Registered {
                reference: reference.clone(),
                dose: None,
            },
            LineOutcome::DoseRecorded {
                reference: reference.clone(),
                dose: 2,
            },
            LineOutcome::Unchanged { reference },
            LineOutcome::Refused("mobile: not a mobile number of this country".to_owned()),
        ] {
            summary.add(&outcome);
        }
        assert_eq!(
            summary,
            ImportSummary {
                lines: 5,
                registered: 2,
                doses: 2,
                unchanged: 1,
                refused: 1
            }
        );
    }
}
