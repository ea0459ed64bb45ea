//! The citizen portal as a browser without JavaScript uses it: plain GETs and form posts, cookies kept between
//! them, redirects read one by one. A citizen of India in Hindi signs in with the OTP sent by SMS, adds a family
//! member, searches slots, books, reschedules, downloads the slip, cancels, books again, gets a dose recorded by a
//! vaccinator and downloads the certificate; forged and unsigned posts are refused; Egypt's pages are right to left.

use std::collections::BTreeMap;

use cowin_core::StaffRole;
use cowin_tests::staff::staff_member;
use cowin_tests::{TestApp, demo_config, fresh_database, onboard, seed_sessions, spawn_app};
use reqwest::header::{ACCEPT_LANGUAGE, CONTENT_SECURITY_POLICY, COOKIE, LOCATION, SET_COOKIE};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;

/// A browser with scripts turned off: it keeps cookies and follows nothing by itself.
struct Browser {
    address: String,
    client: reqwest::Client,
    cookies: BTreeMap<String, String>,
    language: &'static str,
}

/// One answer.
struct Answer {
    status: u16,
    location: Option<String>,
    content_type: String,
    policy: Option<String>,
    body: String,
}

impl Browser {
    fn new(app: &TestApp, language: &'static str) -> Self {
        Self {
            address: app.address.clone(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookies: BTreeMap::new(),
            language,
        }
    }

    async fn send(&mut self, request: reqwest::RequestBuilder) -> Answer {
        let cookie: Vec<String> = self.cookies.iter().map(|(name, value)| format!("{name}={value}")).collect();
        let response = request
            .header(ACCEPT_LANGUAGE, self.language)
            .header(COOKIE, cookie.join("; "))
            .send()
            .await
            .unwrap();
        for set in response.headers().get_all(SET_COOKIE) {
            let set = set.to_str().unwrap();
            let pair = set.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || set.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        let header = |name| {
            response
                .headers()
                .get(name)
                .map(|value: &reqwest::header::HeaderValue| value.to_str().unwrap().to_owned())
        };
        Answer {
            status: response.status().as_u16(),
            location: header(LOCATION),
            content_type: header(reqwest::header::CONTENT_TYPE).unwrap_or_default(),
            policy: header(CONTENT_SECURITY_POLICY),
            body: response.text().await.unwrap(),
        }
    }

    async fn get(&mut self, path: &str) -> Answer {
        let request = self.client.get(format!("{}{path}", self.address));
        self.send(request).await
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let request = self.client.post(format!("{}{path}", self.address)).form(fields);
        self.send(request).await
    }

    fn csrf(&self) -> String {
        self.cookies.get("cowin_csrf").cloned().expect("a CSRF cookie")
    }
}

/// The value of the first form field named `name` in `html`.
fn field(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let start = html.find(&marker).unwrap_or_else(|| panic!("no field {name} in {html}")) + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// The certificate id the QR codes page shows.
fn certificate_id(html: &str) -> String {
    let marker = r#"id="certificate-id">"#;
    let start = html.find(marker).unwrap_or_else(|| panic!("no certificate id in {html}")) + marker.len();
    html[start..].split('<').next().unwrap().to_owned()
}

/// The first `<option>` of the select named `name` (its value, or its text when it has none).
fn first_option(html: &str, name: &str) -> String {
    let select = &html[html
        .find(&format!(r#"name="{name}""#))
        .unwrap_or_else(|| panic!("no select {name}"))..];
    let option = &select[select.find("<option").unwrap()..];
    match option.strip_prefix(r#"<option value=""#) {
        Some(rest) => rest.split('"').next().unwrap().to_owned(),
        None => option["<option>".len()..].split('<').next().unwrap().to_owned(),
    }
}

#[tokio::test]
async fn a_citizen_in_hindi_signs_in_books_moves_cancels_and_downloads_slip_and_certificate_without_javascript() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    seed_sessions(&test.db, &india, 3).await;
    let app = spawn_app(&test, |_| {}).await;
    let mut browser = Browser::new(&app, "hi-IN,hi;q=0.9");

    // The home page: Hindi, a strict policy, a form token for a visitor.
    let home = browser.get("/t/in/").await;
    assert_eq!(home.status, 200);
    assert!(home.content_type.starts_with("text/html"));
    assert!(home.body.contains(r#"<html lang="hi" dir="ltr">"#), "{}", home.body);
    assert!(home.body.contains("भारत में टीकाकरण"), "{}", home.body);
    let policy = home.policy.expect("a Content-Security-Policy");
    assert!(
        policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"),
        "{policy}"
    );
    assert!(home.body.len() < 60_000, "a page fits a slow network: {} bytes", home.body.len());
    assert!(browser.cookies.contains_key("cowin_csrf"));

    // The language switcher: English chosen, remembered, and back to Hindi.
    let switched = browser.get("/t/in/language/en?back=sign-in").await;
    assert_eq!((switched.status, switched.location.as_deref()), (303, Some("/t/in/sign-in")));
    assert!(browser.get("/t/in/sign-in").await.body.contains(r#"lang="en""#));
    let elsewhere = browser.get("/t/in/language/hi?back=//evil.example/").await;
    assert_eq!(elsewhere.location.as_deref(), Some("/t/in/"), "never another site");
    assert!(browser.get("/t/in/sign-in").await.body.contains(r#"<html lang="hi""#));

    // Without a session, the family page sends the citizen to sign in.
    assert_eq!(browser.get("/t/in/account").await.location.as_deref(), Some("/t/in/sign-in"));

    // Sign in: an OTP by SMS to the mobile, a wrong OTP shown on the form, the right one opens the session.
    let csrf = browser.csrf();
    let forged = browser.post("/t/in/sign-in", &[("csrf", "forged"), ("mobile", "9876500001")]).await;
    assert_eq!(forged.status, 403, "a post without this site's token");
    assert!(
        forged.content_type.starts_with("text/html"),
        "refusals are pages: {}",
        forged.content_type
    );
    let sent = browser.post("/t/in/sign-in", &[("csrf", &csrf), ("mobile", "9876500001")]).await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let txn = field(&sent.body, "txn");
    let otp = app.sms.latest_otp("+919876500001", 1).await;
    let wrong = if otp == "000000" { "111111" } else { "000000" };
    let refused = browser
        .post("/t/in/sign-in/confirm", &[("csrf", &csrf), ("txn", &txn), ("otp", wrong)])
        .await;
    assert_eq!(refused.status, 401, "the API's status for a wrong OTP: {}", refused.body);
    assert!(refused.body.contains(r#"role="alert""#), "the reason is shown: {}", refused.body);
    let confirmed = browser
        .post("/t/in/sign-in/confirm", &[("csrf", &csrf), ("txn", &txn), ("otp", &otp)])
        .await;
    assert_eq!((confirmed.status, confirmed.location.as_deref()), (303, Some("/t/in/account")));
    let token = browser.cookies.get("cowin_session").cloned().expect("a session cookie");
    assert_ne!(browser.csrf(), csrf, "a new form token with the session");
    let csrf = browser.csrf();

    // Add a family member; a wrong number keeps what was typed.
    let family = browser.get("/t/in/account").await;
    assert_eq!(family.status, 200);
    let member = [
        ("csrf", csrf.as_str()),
        ("name", "सुनीता देवी"),
        ("birth_year", "1985"),
        ("gender", "2"),
        ("id_type", "1"),
        ("id_number", "123"),
    ];
    let refused = browser.post("/t/in/account/members", &member).await;
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert!(refused.body.contains("सुनीता देवी"), "the form keeps the name typed");
    let mut member = member;
    member[5].1 = "491872365044";
    let added = browser.post("/t/in/account/members", &member).await;
    assert_eq!(added.location.as_deref(), Some("/t/in/account?done=added"), "{}", added.body);
    let family = browser.get("/t/in/account?done=added").await;
    assert!(family.body.contains("सुनीता देवी") && family.body.contains(r#"role="status""#));

    // Search a district and book the first session.
    let district = india.facilities[0].district_id.to_string();
    let slots = browser.get(&format!("/t/in/slots?district={district}")).await;
    assert_eq!(slots.status, 200);
    assert!(
        slots.body.len() < 60_000,
        "the search page fits a slow network: {} bytes",
        slots.body.len()
    );
    let session = field(&slots.body, "session");
    let slot = first_option(&slots.body, "slot");
    let reference = first_option(&slots.body, "member");
    let booked = browser
        .post(
            "/t/in/appointments",
            &[("csrf", &csrf), ("session", &session), ("slot", &slot), ("member", &reference)],
        )
        .await;
    assert_eq!(booked.location.as_deref(), Some("/t/in/account?done=booked"), "{}", booked.body);
    let family = browser.get("/t/in/account?done=booked").await;
    let appointment = field(&family.body, "appointment");

    // The slip, with the session cookie alone (a GET: no form token needed).
    let slip = browser
        .get(&format!(
            "/t/in/api/v2/appointment/appointmentslip/download?appointment_id={appointment}&beneficiary_reference_id={reference}"
        ))
        .await;
    assert_eq!((slip.status, slip.content_type.as_str()), (200, "application/pdf"));

    // Reschedule to the last session offered, then cancel, then book again.
    let moving = browser
        .get(&format!("/t/in/slots?reschedule={appointment}&district={district}"))
        .await;
    assert!(moving.body.contains("appointments/reschedule"), "{}", moving.body);
    let sessions: Vec<&str> = moving
        .body
        .split(r#"name="session" value=""#)
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    let other = sessions.iter().rev().find(|id| **id != session).expect("another session");
    let moved = browser
        .post(
            "/t/in/appointments/reschedule",
            &[("csrf", &csrf), ("appointment", &appointment), ("session", other), ("slot", &slot)],
        )
        .await;
    assert_eq!(moved.location.as_deref(), Some("/t/in/account?done=rescheduled"), "{}", moved.body);
    let unsigned = browser
        .post(
            "/t/in/appointments/cancel",
            &[("appointment", &appointment), ("member", &reference)],
        )
        .await;
    assert_eq!(unsigned.status, 403, "a cancellation without the form token");
    let cancelled = browser
        .post(
            "/t/in/appointments/cancel",
            &[("csrf", &csrf), ("appointment", &appointment), ("member", &reference)],
        )
        .await;
    assert_eq!(
        cancelled.location.as_deref(),
        Some("/t/in/account?done=cancelled"),
        "{}",
        cancelled.body
    );
    let rebooked = browser
        .post(
            "/t/in/appointments",
            &[("csrf", &csrf), ("session", &session), ("slot", &slot), ("member", &reference)],
        )
        .await;
    assert_eq!(rebooked.location.as_deref(), Some("/t/in/account?done=booked"), "{}", rebooked.body);

    // A vaccinator records the dose over the API; the certificate downloads from the family page's link.
    let (_, listing) = app.get_with_token("/t/in/api/v2/appointment/beneficiaries", &token).await;
    let centre = listing["beneficiaries"][0]["appointments"][0]["center_id"]
        .as_i64()
        .expect("a centre");
    let (_, vaccinator, _) = staff_member(&app, &test.db, "IN", StaffRole::Vaccinator, vec![], vec![centre]).await;
    let vaccine: String = test
        .db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT vaccine_code FROM tenant_in.sessions WHERE id = $1::uuid",
            [session.clone().into()],
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "vaccine_code")
        .unwrap();
    let dose = json!({ "idempotency_key": "portal-dose-1", "beneficiary_reference_id": reference, "facility_id": centre,
                       "vaccine": vaccine, "batch": "4121Z025", "dose": 1 });
    let (status, body) = app.post_json("/t/in/api/staff/doses", Some(&vaccinator), &dose).await;
    assert!(status == 200 || status == 201, "{status} {body}");
    let family = browser.get("/t/in/account").await;
    let link = format!("api/v2/registration/certificate/public/download?beneficiary_reference_id={reference}");
    assert!(family.body.contains(&link), "{}", family.body);
    let certificate = browser.get(&format!("/t/in/{link}")).await;
    assert_eq!((certificate.status, certificate.content_type.as_str()), (200, "application/pdf"));

    // The QR codes of every format India issues, as images to scan or save.
    let codes = browser.get(&format!("/t/in/account/certificate?member={reference}")).await;
    assert_eq!(codes.status, 200, "{}", codes.body);
    for format in ["vc", "dcc", "shc"] {
        let image = format!("/t/in/account/certificate/qr?member={reference}&amp;format={format}");
        assert!(codes.body.contains(&image), "{format}: {}", codes.body);
        let svg = browser.get(&image.replace("&amp;", "&")).await;
        assert_eq!((svg.status, svg.content_type.as_str()), (200, "image/svg+xml"), "{format}");
        assert!(svg.body.starts_with("<svg") && svg.body.contains("<path d=\"M"), "{format}");
    }
    let stranger = Browser::new(&app, "hi")
        .get(&format!("/t/in/account/certificate/qr?member={reference}&format=dcc"))
        .await;
    assert_eq!(stranger.status, 401, "no session, no certificate");

    // A correction of the name: filed on the portal, approved by a tenant administrator over the API, and the
    // certificate reissued with the new name (the old one revoked).
    let before = certificate_id(&codes.body);
    let refused = browser
        .post(
            "/t/in/account/requests",
            &[
                ("csrf", &csrf),
                ("member", &reference),
                ("kind", "no_certificate"),
                ("value", ""),
                ("details", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, 400, "a grievance needs its story: {}", refused.body);
    assert!(refused.body.contains(r#"role="alert""#) && refused.body.contains(r#"value="no_certificate" selected"#));
    let filed = browser
        .post(
            "/t/in/account/requests",
            &[
                ("csrf", &csrf),
                ("member", &reference),
                ("kind", "name"),
                ("value", "सुनीता शर्मा"),
                ("details", ""),
            ],
        )
        .await;
    assert_eq!(
        filed.location.as_deref(),
        Some("/t/in/account/requests?done=filed"),
        "{}",
        filed.body
    );
    let (_, mine) = app.get_with_token("/t/in/api/citizen/requests", &token).await;
    let tracking = mine["requests"][0]["tracking_number"]
        .as_str()
        .expect("a tracking number")
        .to_owned();
    assert_eq!(mine["requests"][0]["status"], "open");
    assert!(browser.get("/t/in/account/requests").await.body.contains(&tracking));
    let (_, admin, _) = staff_member(&app, &test.db, "IN", StaffRole::TenantAdmin, vec![], vec![]).await;
    let (status, open) = app.get_with_token("/t/in/api/staff/requests", &admin).await;
    assert_eq!(status, 200, "{open}");
    assert_eq!(open["requests"][0]["requested_value"], "सुनीता शर्मा");
    let decision = format!("/t/in/api/staff/requests/{tracking}/decision");
    let (status, body) = app
        .post_json(&decision, Some(&admin), &json!({ "accept": true, "note": "ठीक कर दिया गया" }))
        .await;
    assert_eq!(status, 204, "{body}");
    let (status, body) = app.post_json(&decision, Some(&admin), &json!({ "accept": false })).await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("REQUEST_DECIDED")), "decided once");
    let requests = browser.get("/t/in/account/requests").await;
    assert!(requests.body.contains("ठीक कर दिया गया"), "the answer is shown: {}", requests.body);
    assert!(
        browser.get("/t/in/account").await.body.contains("सुनीता शर्मा"),
        "the record is corrected"
    );
    let codes = browser.get(&format!("/t/in/account/certificate?member={reference}")).await;
    assert_ne!(certificate_id(&codes.body), before, "a reissued certificate");

    // A passport for travel: a number that cannot be one is refused with the reason and shown again; a real one
    // (written with spaces and a hyphen) reissues the certificate showing it, and the one before is revoked.
    let corrected = certificate_id(&codes.body);
    let (_, forms) = app
        .get_with_token(
            &format!("/t/in/api/v2/registration/certificate/formats?beneficiary_reference_id={reference}"),
            &token,
        )
        .await;
    let corrected_dcc = forms["eu_dcc"].as_str().expect("India issues the EU DCC").to_owned();
    let passport_path = "/t/in/account/certificate/passport";
    let refused = browser
        .post(passport_path, &[("csrf", &csrf), ("member", &reference), ("passport", "J83")])
        .await;
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert!(
        refused.body.contains("पासपोर्ट नंबर नहीं है") && refused.body.contains(r#"value="J83""#),
        "{}",
        refused.body
    );
    let added = browser
        .post(
            passport_path,
            &[("csrf", &csrf), ("member", &reference), ("passport", "j 836-9854")],
        )
        .await;
    let shown = format!("/t/in/account/certificate?member={reference}&done=passport");
    assert_eq!(added.location.as_deref(), Some(shown.as_str()), "{}", added.body);
    let travel = browser.get(&shown).await;
    assert!(travel.body.contains(r#"id="certificate-passport">J8369854<"#), "{}", travel.body);
    assert!(travel.body.contains(r#"role="status""#), "the change is announced");
    assert_ne!(certificate_id(&travel.body), corrected, "reissued with the passport");
    let (_, forms) = app
        .get_with_token(
            &format!("/t/in/api/v2/registration/certificate/formats?beneficiary_reference_id={reference}"),
            &token,
        )
        .await;
    assert_eq!(
        forms["vc"]["credentialSubject"]["passport"]["documentNumber"], "J8369854",
        "{forms}"
    );
    let (status, verdict) = app
        .post_json("/t/in/api/certificates/verify", None, &json!({ "payload": corrected_dcc }))
        .await;
    assert_eq!((status, verdict["result"].as_str()), (200, Some("revoked")), "{verdict}");
    assert_eq!(
        test.count("SELECT count(*) AS n FROM tenant_in.beneficiaries WHERE passport_encrypted IS NOT NULL AND position('J8369854' IN encode(passport_encrypted, 'escape')) = 0")
            .await,
        1,
        "kept sealed"
    );

    // The public statistics count the dose, name no one.
    let statistics = browser.get("/t/in/statistics").await;
    assert_eq!(statistics.status, 200);
    assert!(statistics.body.contains("<svg class=\"chart\""), "{}", statistics.body);
    assert!(!statistics.body.contains("सुनीता"), "no person on the public page");

    // Signing out closes the session.
    let out = browser.post("/t/in/sign-out", &[("csrf", &csrf)]).await;
    assert_eq!(out.location.as_deref(), Some("/t/in/?done=signed-out"));
    assert!(!browser.cookies.contains_key("cowin_session"));
    assert_eq!(browser.get("/t/in/account").await.location.as_deref(), Some("/t/in/sign-in"));
}

#[tokio::test]
async fn a_member_without_doses_is_removed_and_another_countrys_session_opens_nothing_here() {
    let test = fresh_database().await;
    let (india, egypt) = (demo_config("IN"), demo_config("EG"));
    onboard(&test.db, &india).await;
    onboard(&test.db, &egypt).await;
    let app = spawn_app(&test, |_| {}).await;

    // Egypt's pages are in Arabic, right to left, at its own base and at its hostname.
    let mut egyptian = Browser::new(&app, "ar-EG");
    let home = egyptian.get("/t/eg/").await;
    assert!(home.body.contains(r#"<html lang="ar" dir="rtl">"#), "{}", home.body);
    let csrf = egyptian.csrf();
    let sent = egyptian.post("/t/eg/sign-in", &[("csrf", &csrf), ("mobile", "01012345678")]).await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let txn = field(&sent.body, "txn");
    let otp = app.sms.latest_otp("+201012345678", 1).await;
    let confirmed = egyptian
        .post("/t/eg/sign-in/confirm", &[("csrf", &csrf), ("txn", &txn), ("otp", &otp)])
        .await;
    assert_eq!(confirmed.location.as_deref(), Some("/t/eg/account"));
    let egypt_session = egyptian.cookies.get("cowin_session").cloned().unwrap();

    // An Egyptian session presented to India's portal is no session there.
    let mut stray = Browser::new(&app, "en");
    stray.cookies.insert("cowin_session".to_owned(), egypt_session);
    assert_eq!(stray.get("/t/in/account").await.location.as_deref(), Some("/t/in/sign-in"));

    // Add and remove a member in Egypt.
    let csrf = egyptian.csrf();
    let document = &egypt.id_documents[0];
    let added = egyptian
        .post(
            "/t/eg/account/members",
            &[
                ("csrf", &csrf),
                ("name", "منى أحمد"),
                ("birth_year", "1990"),
                ("gender", "2"),
                ("id_type", &document.id.to_string()),
                ("id_number", &document.example),
            ],
        )
        .await;
    assert_eq!(added.location.as_deref(), Some("/t/eg/account?done=added"), "{}", added.body);
    let family = egyptian.get("/t/eg/account").await;
    assert!(family.body.contains("منى أحمد"));
    let member = field(&family.body[family.body.find("account/members/remove").unwrap()..], "member");
    let removed = egyptian
        .post("/t/eg/account/members/remove", &[("csrf", &csrf), ("member", &member)])
        .await;
    assert_eq!(removed.location.as_deref(), Some("/t/eg/account?done=removed"));
    assert!(!egyptian.get("/t/eg/account").await.body.contains("منى أحمد"));
}

#[tokio::test]
async fn the_verify_page_joins_the_portal_and_works_without_scripts() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    let app = spawn_app(&test, |_| {}).await;
    let mut browser = Browser::new(&app, "hi");
    let page = browser.get("/t/in/verify").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"href="/t/in/slots""#), "the portal's navigation");
    assert!(page.body.contains("platform-attribution"));
    let answer = browser.post("/t/in/verify", &[("payload", "not a certificate at all")]).await;
    assert_eq!(answer.status, 400, "{}", answer.body);
    assert!(answer.content_type.starts_with("text/html"), "a page, not JSON");
    assert!(answer.body.contains(r#"class="error""#), "{}", answer.body);
}

#[tokio::test]
async fn an_anonymous_search_page_is_kept_gzipped_and_never_older_than_five_seconds_a_citizens_is_not() {
    use std::io::Read;
    use std::time::{Duration, Instant};

    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    seed_sessions(&test.db, &india, 3).await;
    let app = spawn_app(&test, |settings| settings.availability_cache.ttl_ms = 1500).await;
    let district = india.facilities[0].district_id;
    let path = format!("{}/t/in/slots?district={district}", app.address);
    let page = |encoding: &'static str| {
        let client = app.client.clone();
        let path = path.clone();
        async move {
            let response = client.get(&path).header("accept-encoding", encoding).send().await.unwrap();
            let headers = response.headers().clone();
            let bytes = response.bytes().await.unwrap();
            let mut html = String::new();
            if headers.get("content-encoding").is_some_and(|value| value == "gzip") {
                flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut html).unwrap();
            } else {
                html = String::from_utf8(bytes.to_vec()).unwrap();
            }
            (headers, bytes.len(), html)
        }
    };

    let (headers, zipped_size, zipped) = page("gzip, br").await;
    assert_eq!(headers["content-encoding"], "gzip");
    assert_eq!(headers["vary"], "Accept-Encoding");
    assert!(
        headers.contains_key(CONTENT_SECURITY_POLICY),
        "the portal's policy on a kept page too"
    );
    assert!(headers.contains_key(SET_COOKIE), "a first visit still gets its form token");
    let (headers, plain_size, plain) = page("identity").await;
    assert!(headers.get("content-encoding").is_none());
    assert_eq!(plain, zipped, "the same page, compressed");
    assert!(!plain.contains("name=\"csrf\""), "a kept page holds no form token");
    assert!(plain.contains(r#"aria-labelledby="session-"#), "the page lists sessions");
    assert!(zipped_size * 2 < plain_size, "gzip: {zipped_size} of {plain_size} bytes");
    assert!(plain_size < 60_000, "a search page under 60 KB: {plain_size} bytes");

    // A booking elsewhere takes a place; the page shows it within the lifetime (never more than five seconds).
    let changed_at = Instant::now();
    test.db
        .execute_unprepared(
            "UPDATE tenant_in.sessions SET booked_dose1 = booked_dose1 + 1 \
             WHERE id = (SELECT id FROM tenant_in.sessions ORDER BY date, facility_id LIMIT 1)",
        )
        .await
        .unwrap();
    loop {
        let (_, _, now) = page("gzip").await;
        if now != plain {
            break;
        }
        assert!(
            changed_at.elapsed() < Duration::from_secs(5),
            "the change must show within five seconds"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // A signed-in citizen's page is theirs: made for them, never compressed next to their form token.
    let mut browser = Browser::new(&app, "hi");
    browser.get("/t/in/").await;
    let csrf = browser.csrf();
    let sent = browser.post("/t/in/sign-in", &[("csrf", &csrf), ("mobile", "9876512000")]).await;
    let txn = field(&sent.body, "txn");
    let otp = app.sms.latest_otp("+919876512000", 1).await;
    let confirmed = browser
        .post("/t/in/sign-in/confirm", &[("csrf", &csrf), ("txn", &txn), ("otp", &otp)])
        .await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
    let signed_in = browser
        .send(
            browser
                .client
                .get(format!("{}/t/in/slots?district={district}", app.address))
                .header("accept-encoding", "gzip"),
        )
        .await;
    assert_eq!(signed_in.status, 200);
    assert!(
        signed_in.body.contains(r#"name="csrf""#),
        "the citizen's own page, with their form token"
    );
}
