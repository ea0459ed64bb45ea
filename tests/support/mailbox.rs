//! The real SMTP server's inbox (maildev, started by `scripts/ensure-smtp.sh`), read over its HTTP API.

use std::time::{Duration, Instant};

/// maildev's HTTP API; override with `TEST_SMTP_API`.
fn api() -> String {
    std::env::var("TEST_SMTP_API").unwrap_or_else(|_| "http://127.0.0.1:1080".to_owned())
}

/// A unique address for one test, so parallel tests never read each other's mail.
pub fn unique_address() -> String {
    format!("citizen-{}@example.org", uuid::Uuid::new_v4().simple())
}

/// The text bodies of messages delivered to `to`, oldest first, waiting (at most 10 s) until at least
/// `count` have arrived: the server hands mail to SMTP before answering, but the inbox indexes it afterwards.
pub async fn messages_to(to: &str, count: usize) -> Vec<(String, String)> {
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let found: Vec<serde_json::Value> = client
            .get(format!("{}/email", api()))
            .query(&[("to.address", to)])
            .send()
            .await
            .expect("the mail server's API answers (scripts/ensure-smtp.sh starts it)")
            .json()
            .await
            .expect("the inbox is JSON");
        if found.len() >= count || Instant::now() > deadline {
            return found
                .iter()
                .map(|message| {
                    (
                        message["subject"].as_str().unwrap_or_default().to_owned(),
                        message["text"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The six-digit code in the latest of `count` messages to `to`.
pub async fn latest_otp(to: &str, count: usize) -> String {
    let messages = messages_to(to, count).await;
    let (_, text) = messages.last().unwrap_or_else(|| panic!("no OTP e-mail reached {to}"));
    text.split(|c: char| !c.is_ascii_digit())
        .find(|word| word.len() == 6)
        .unwrap_or_else(|| panic!("no six-digit code in {text:?}"))
        .to_owned()
}
