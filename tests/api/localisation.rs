//! Every message exists in every language the platform ships, and answers follow `Accept-Language`.

use cowin_app::i18n::Localizer;
use cowin_core::ErrorCode;
use cowin_tests::{demo_config, fresh_database, onboard, repo_root, spawn_app};

#[test]
fn every_error_code_and_platform_message_has_a_translation_in_every_locale() {
    let localizer = Localizer::load(&repo_root().join("locales")).unwrap();
    let locales: Vec<_> = localizer.locales().cloned().collect();
    assert!(locales.len() >= 8, "{locales:?}");
    let platform_ids = ["platform-attribution", "platform-name", "tenant-welcome"];
    let documents = cowin_app::certificates::render::LABELS.iter().map(|id| format!("certificate-{id}"));
    let more: Vec<String> = documents
        .chain(
            [
                "verify-title",
                "verify-instructions",
                "verify-submit",
                "verify-upload",
                "verify-genuine",
                "verify-revoked",
                "verify-unknown-issuer",
                "verify-tampered",
                "certificate-ready-subject",
                "certificate-ready-body",
            ]
            .map(str::to_owned),
        )
        .collect();
    for locale in &locales {
        let ids = ErrorCode::ALL
            .iter()
            .map(|code| code.message_id().to_owned())
            .chain(platform_ids.map(str::to_owned));
        for id in ids.chain(more.iter().cloned()) {
            assert!(localizer.has_message(locale, &id), "{locale} lacks {id}");
        }
    }
}

#[test]
fn every_demo_tenant_locale_has_translations() {
    let localizer = Localizer::load(&repo_root().join("locales")).unwrap();
    for code in ["IN", "BR", "EG", "UZ"] {
        for locale in demo_config(code).locales {
            assert!(localizer.has_message(&locale, "error-internal"), "{code}: {locale}");
        }
    }
}

#[tokio::test]
async fn names_and_errors_follow_accept_language() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    onboard(&test.db, &demo_config("EG")).await;
    let app = spawn_app(&test, |_| {}).await;

    let hindi = app.get_json("/t/in/api/v2/admin/location/states", None, Some("hi_IN"), 200).await;
    let karnataka = hindi["states"].as_array().unwrap().iter().find(|s| s["state_id"] == 16).unwrap();
    assert_eq!(karnataka["state_name"], "Karnataka");
    assert_eq!(karnataka["state_name_l"], "कर्नाटक");
    let bengali = app
        .get_json("/t/in/api/v2/admin/location/states", None, Some("bn-IN,en;q=0.5"), 200)
        .await;
    let karnataka = bengali["states"].as_array().unwrap().iter().find(|s| s["state_id"] == 16).unwrap();
    assert_eq!(karnataka["state_name_l"], "কর্ণাটক");
    // A language the tenant does not enable falls back to its default.
    let french = app.get_json("/t/in/api/v2/admin/location/states", None, Some("fr"), 200).await;
    assert_eq!(french["states"][0]["state_name_l"], french["states"][0]["state_name"]);

    let error = app
        .get_json("/t/in/api/v2/admin/location/districts/abc", None, Some("hi"), 400)
        .await;
    assert_eq!(error["errorCode"], "INVALID_PARAMETER");
    assert!(error["error"].as_str().unwrap().contains("state_id"), "{error}");
    assert!(error["error"].as_str().unwrap().contains("पैरामीटर"), "{error}");
    // Egypt's default is Arabic; without a header the error is in Arabic.
    let arabic = app.get_json("/t/eg/api/no-such-route", None, None, 404).await;
    assert_eq!(arabic["errorCode"], "NOT_FOUND");
    assert!(
        arabic["error"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{arabic}"
    );
    let english = app.get_json("/t/eg/api/no-such-route", None, Some("en"), 404).await;
    assert_eq!(english["error"], "The requested resource does not exist.");
    let method = app.client.post(format!("{}/t/in/api/tenant", app.address)).send().await.unwrap();
    assert_eq!(method.status().as_u16(), 405);
    let method: serde_json::Value = method.json().await.unwrap();
    assert_eq!(method["errorCode"], "METHOD_NOT_ALLOWED");
}
