//! Doses recorded at full speed by many clients at once, with a fault injected part-way (a server killed, PostgreSQL
//! stopped): Brazil's families to vaccinate, and what each client saw of each request.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt as _;
use serde_json::{Value, json};

use crate::TestApp;
use crate::citizen::{register, sign_in};

/// Clients recording doses at once.
pub const CLIENTS: usize = 16;

/// A holder's e-mail and the references of their family.
#[derive(Debug, Clone)]
pub struct Family {
    /// The holder's e-mail.
    pub email: String,
    /// The members' beneficiary references.
    pub members: Vec<String>,
}

/// Signs in `count / 5` holders at Brazil (`/t/br`) and registers five members each.
pub async fn families(app: &TestApp, count: usize) -> Vec<Family> {
    let mut families = Vec::new();
    for family in 0..count.div_ceil(5) {
        let citizen = sign_in(app, "/t/br", &format!("1198770{family:04}")).await;
        let mut members = Vec::new();
        for member in 0..5.min(count - family * 5) {
            let cpf = format!("{:011}", 70_000_000_000_u64 + (family * 5 + member) as u64);
            let body = json!({ "name": format!("Pessoa {family} {member}"), "birth_year": 1985, "gender_id": 2, "photo_id_type": 1, "photo_id_number": cpf });
            members.push(register(app, "/t/br", &citizen.token, body).await);
        }
        families.push(Family {
            email: citizen.email,
            members,
        });
    }
    families
}

/// What one client saw of one dose request.
#[derive(Debug, Clone)]
pub enum Seen {
    /// 201: the dose and its certificate are promised durable.
    Acknowledged(String),
    /// No answer (connection refused or reset): it may or may not have been written.
    NoAnswer,
    /// An answer other than 201.
    Refused(u16, String),
}

/// Records dose 1 for `reference` (the idempotency key is derived from it, so a retry is the same request).
pub async fn record(app: &TestApp, vaccinator: &str, reference: &str) -> Seen {
    let body = json!({ "idempotency_key": format!("crash-{reference}"), "beneficiary_reference_id": reference, "facility_id": 2001,
                       "vaccine": "COMIRNATY", "batch": "FA7484", "dose": 1 });
    let sent = app
        .client
        .post(format!("{}/t/br/api/staff/doses", app.address))
        .bearer_auth(vaccinator)
        .json(&body)
        .timeout(Duration::from_secs(30))
        .send()
        .await;
    match sent {
        Ok(response) => {
            let status = response.status().as_u16();
            let answer: Value = response.json().await.unwrap_or(Value::Null);
            if status == 201 {
                Seen::Acknowledged(answer["dose_id"].as_str().unwrap_or_default().to_owned())
            } else {
                Seen::Refused(status, answer["errorCode"].as_str().unwrap_or_default().to_owned())
            }
        }
        Err(_) => Seen::NoAnswer,
    }
}

/// Records a dose for each of `references` with `CLIENTS` clients at once, calling `fault` once `trigger` doses
/// are acknowledged; returns what was seen of each.
pub async fn load_with_fault<F: std::future::Future<Output = ()>>(
    app: &TestApp,
    vaccinator: &str,
    references: &[String],
    trigger: usize,
    fault: impl FnOnce() -> F,
) -> Vec<(String, Seen)> {
    let acknowledged = Arc::new(Mutex::new(0usize));
    let finished = Arc::new(Mutex::new(false));
    let counter = Arc::clone(&acknowledged);
    let requests = futures::stream::iter(references.iter().cloned())
        .map(|reference| {
            let counter = Arc::clone(&counter);
            async move {
                let seen = record(app, vaccinator, &reference).await;
                if matches!(seen, Seen::Acknowledged(_)) {
                    *counter.lock().expect("the load's counters") += 1;
                }
                (reference, seen)
            }
        })
        .buffer_unordered(CLIENTS)
        .collect::<Vec<_>>();
    let requests = async {
        let seen = requests.await;
        *finished.lock().expect("the load's counters") = true;
        seen
    };
    let injector = async {
        while *acknowledged.lock().expect("the load's counters") < trigger {
            assert!(
                !*finished.lock().expect("the load's counters"),
                "only {} doses were acknowledged before the fault",
                acknowledged.lock().expect("the load's counters")
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        fault().await;
    };
    let (seen, ()) = tokio::join!(requests, injector);
    seen
}
