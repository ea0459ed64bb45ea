//! `cowin facilities import`: many facilities from a CSV file, each row accepted or refused on its own.
//!
//! Columns: `name,district_id,block,address,postal_code,lat,long,opens,closes,fee_type`. Names are in the
//! tenant's default language. Rows follow the same rules as facilities in tenant.toml.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use cowin_core::{LocalisedText, TenantCode};
use cowin_store::operations::create_facility;
use cowin_store::{TenantTxn, tenants};
use cowin_tenant_config::{Facility, FeeType, facility_problems};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Deserialize;

use crate::Settings;

/// What to import.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Country code, e.g. IN.
    #[arg(long)]
    tenant: String,
    /// The CSV file.
    file: PathBuf,
}

#[derive(Debug, Deserialize)]
struct Row {
    name: String,
    district_id: i32,
    block: String,
    address: String,
    postal_code: String,
    lat: f64,
    long: f64,
    opens: String,
    closes: String,
    fee_type: String,
}

pub(super) async fn run(settings: &Settings, args: ImportArgs) -> anyhow::Result<ExitCode> {
    let code = TenantCode::parse(&args.tenant).context("not a country code")?;
    let db = super::connect(settings).await?;
    let tenant = tenants::list(&db)
        .await?
        .into_iter()
        .find(|tenant| tenant.code == code)
        .with_context(|| format!("no tenant {code}"))?;
    let mut reader = csv::Reader::from_path(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let rows: Vec<_> = reader.deserialize::<Row>().collect();
    let localised = |text: &str| LocalisedText::new(BTreeMap::from([(tenant.default_locale.clone(), text.trim().to_owned())]));
    let bar = ProgressBar::new(rows.len() as u64);
    bar.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} rows {elapsed}").unwrap_or_else(|_| ProgressStyle::default_bar()));
    let (mut imported, mut refused) = (0, 0);
    for (index, row) in rows.into_iter().enumerate() {
        // Row 1 is the header, so the first data row is line 2 of the file.
        let line = index + 2;
        let outcome = match row {
            Err(error) => Err(format!("{error}")),
            Ok(row) => {
                let fee_type = match row.fee_type.trim() {
                    "Free" => Ok(FeeType::Free),
                    "Paid" => Ok(FeeType::Paid),
                    other => Err(format!(
                        "fee_type: {other:?} is not Free or Paid (fees of paid facilities are set over the API)"
                    )),
                };
                match fee_type {
                    Err(reason) => Err(reason),
                    Ok(fee_type) => {
                        let facility = Facility {
                            id: 0,
                            name: localised(&row.name),
                            district_id: row.district_id,
                            block: localised(&row.block),
                            address: row.address.trim().to_owned(),
                            postal_code: row.postal_code.trim().to_owned(),
                            lat: row.lat,
                            long: row.long,
                            opens: row.opens.trim().to_owned(),
                            closes: row.closes.trim().to_owned(),
                            fee_type,
                            vaccine_fees: Vec::new(),
                        };
                        let problems: Vec<String> = facility_problems(&tenant.config, &facility)
                            .into_iter()
                            .map(|(field, reason)| format!("{field}: {reason}"))
                            .collect();
                        if problems.is_empty() {
                            let txn = TenantTxn::begin(&db, code).await?;
                            let id = create_facility(&txn, &facility).await?;
                            txn.commit().await?;
                            Ok(id)
                        } else {
                            Err(problems.join("; "))
                        }
                    }
                }
            }
        };
        match outcome {
            Ok(id) => {
                imported += 1;
                bar.suspend(|| println!("line {line}: imported as centre {id}"));
            }
            Err(reason) => {
                refused += 1;
                bar.suspend(|| println!("line {line}: REFUSED: {reason}"));
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    println!("{code}: {imported} facilities imported, {refused} rows refused");
    Ok(if refused == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
