//! Signing a citizen in through the real OTP flow, as a CoWIN client does.

use serde_json::json;

use crate::TestApp;
use crate::mailbox::{latest_otp, unique_address};

/// A signed-in citizen of one tenant.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The bearer token.
    pub token: String,
    /// The e-mail the OTP went to.
    pub email: String,
}

/// generateOTP, read the code from the mailbox, confirmOTP with its SHA-256.
pub async fn sign_in(app: &TestApp, base: &str, mobile: &str) -> SignedIn {
    let email = unique_address();
    let (status, body) = app
        .post_json(
            &format!("{base}/api/v2/auth/public/generateOTP"),
            None,
            &json!({ "mobile": mobile, "email": email }),
        )
        .await;
    assert_eq!(status, 200, "generateOTP: {body}");
    let txn_id = body["txnId"].as_str().expect("a txnId").to_owned();
    let otp = latest_otp(&email, 1).await;
    SignedIn {
        token: confirm(app, base, &txn_id, &otp).await,
        email,
    }
}

/// confirmOTP with the SHA-256 of `otp`, as CoWIN clients send it; the token.
async fn confirm(app: &TestApp, base: &str, txn_id: &str, otp: &str) -> String {
    let (status, body) = app
        .post_json(
            &format!("{base}/api/v2/auth/public/confirmOTP"),
            None,
            &json!({ "otp": cowin_privacy::sha256_hex(otp), "txnId": txn_id }),
        )
        .await;
    assert_eq!(status, 200, "confirmOTP: {body}");
    body["token"].as_str().expect("a token").to_owned()
}

/// Signs in by SMS: generateOTP for `mobile` (an account without a verified e-mail gets its OTP on its mobile even
/// where the tenant sends OTPs by e-mail), read the code from the test SMS gateway, confirmOTP.
pub async fn sign_in_by_sms(app: &TestApp, base: &str, mobile: &str, calling_code: &str) -> String {
    // Dialled from abroad without the trunk prefix (Egypt's 010... is +2010...).
    let to = format!("{calling_code}{}", mobile.strip_prefix('0').unwrap_or(mobile));
    let before = app.sms.messages_to(&to, 0).await.len();
    let (status, body) = app
        .post_json(
            &format!("{base}/api/v2/auth/public/generateOTP"),
            None,
            &json!({ "mobile": mobile, "email": unique_address() }),
        )
        .await;
    assert_eq!(status, 200, "generateOTP: {body}");
    let txn_id = body["txnId"].as_str().expect("a txnId").to_owned();
    let otp = app.sms.latest_otp(&to, before + 1).await;
    confirm(app, base, &txn_id, &otp).await
}

/// Registers a beneficiary and returns the reference id.
pub async fn register(app: &TestApp, base: &str, token: &str, body: serde_json::Value) -> String {
    let (status, answer) = app
        .post_json(&format!("{base}/api/v2/registration/beneficiary/new"), Some(token), &body)
        .await;
    assert_eq!(status, 200, "register: {answer}");
    answer["beneficiary_reference_id"].as_str().expect("a reference id").to_owned()
}
