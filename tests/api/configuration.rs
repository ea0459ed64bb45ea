//! A ministry administrator's own configuration: read, changed (a new rule version), refused where the rules of
//! `cowin tenant check`, the append-only rule history or the read-only keys say no, and exported as the folder.

use std::io::Read as _;

use chrono::Days;
use cowin_core::StaffRole;
use cowin_tenant_config::{TenantConfig, load_dir};
use cowin_tests::staff::staff_member;
use cowin_tests::{demo_config, fresh_database, locale_catalogue, onboard, spawn_app};
use serde_json::{Value, json};

/// A change made to a configuration, given the country's today.
type Edit = fn(&mut Value, chrono::NaiveDate);

/// The configuration with a new rule set of `vaccine`, effective on `from`, appended.
fn with_new_rule_set(config: &Value, vaccine: &str, from: chrono::NaiveDate) -> Value {
    let mut config = config.clone();
    let vaccine = config["vaccines"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|known| known["code"] == vaccine)
        .unwrap();
    let rule_sets = vaccine["rule_sets"].as_array_mut().unwrap();
    let mut next = rule_sets.last().unwrap().clone();
    next["version"] = json!(rule_sets.len() + 1);
    next["effective_from"] = json!(from.to_string());
    next["min_age"] = json!(12);
    rule_sets.push(next);
    config
}

#[tokio::test]
async fn a_ministry_adds_a_rule_version_through_the_checks_of_tenant_check_and_exports_its_folder() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    let app = spawn_app(&test, |_| {}).await;
    let (_, admin, _) = staff_member(&app, &test.db, "IN", StaffRole::TenantAdmin, vec![], vec![]).await;
    let (_, district, _) = staff_member(&app, &test.db, "IN", StaffRole::DistrictAdmin, vec![294], vec![]).await;

    let (status, _) = app.get_with_token("/t/in/api/staff/configuration", &district).await;
    assert_eq!(status, 403, "only tenant administrators manage the configuration");
    let (status, current) = app.get_with_token("/t/in/api/staff/configuration", &admin).await;
    assert_eq!(status, 200, "{current}");
    let version = current["version"].as_i64().unwrap();
    assert!(current["read_only"].as_array().unwrap().contains(&json!("code")));

    let tomorrow = india.today() + Days::new(1);
    let change = |config: Value, based_on: i64| json!({ "based_on_version": based_on, "config": config });
    let proposed = with_new_rule_set(&current["config"], "COVISHIELD", tomorrow);
    let (status, saved) = app
        .put_json("/t/in/api/staff/configuration", &admin, &change(proposed.clone(), version))
        .await;
    assert_eq!(status, 200, "{saved}");
    assert_eq!(saved["version"].as_i64(), Some(version + 1));
    let (_, after) = app.get_with_token("/t/in/api/staff/configuration", &admin).await;
    let covishield = after["config"]["vaccines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|vaccine| vaccine["code"] == "COVISHIELD")
        .unwrap()
        .clone();
    assert_eq!(covishield["rule_sets"].as_array().unwrap().last().unwrap()["min_age"], 12);
    let (_, audit) = app.get_with_token("/t/in/api/staff/audit", &admin).await;
    assert!(audit.to_string().contains("tenant.update"), "the change is audited: {audit}");

    // The edit started from an older version is refused; so are read-only keys, a rewritten rule set, a new one in
    // the past and whatever `cowin tenant check` refuses.
    let (status, body) = app
        .put_json("/t/in/api/staff/configuration", &admin, &change(proposed, version))
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("CONFIGURATION_CHANGED")), "{body}");
    let now = version + 1;
    let refused = |edit: Edit| {
        let mut config = after["config"].clone();
        edit(&mut config, india.today());
        change(config, now)
    };
    let cases: [(Edit, &str); 4] = [
        (|config, _| config["code"] = json!("BR"), "code: cannot be changed here"),
        (
            |config, _| config["vaccines"][0]["rule_sets"][0]["min_age"] = json!(5),
            "differs from the version already applied",
        ),
        (
            |config, today| *config = with_new_rule_set(config, "COVAXIN", today - Days::new(30)),
            "before today",
        ),
        (|config, _| config["branding"]["primary_colour"] = json!("red"), "primary_colour"),
    ];
    for (edit, reason) in cases {
        let (status, body) = app.put_json("/t/in/api/staff/configuration", &admin, &refused(edit)).await;
        assert_eq!((status, body["errorCode"].as_str()), (422, Some("TENANT_CONFIG_INVALID")), "{body}");
        let error = body["error"].as_str().unwrap();
        assert!(error.contains(reason) && !error.contains("/tmp"), "{reason}: {body}");
    }

    // A preview renders a specimen with the proposed branding and applies nothing; a broken one is refused alike.
    let mut recoloured = after["config"].clone();
    recoloured["branding"]["primary_colour"] = json!("#7a1f5c");
    let response = app
        .client
        .post(format!("{}/t/in/api/staff/configuration/preview", app.address))
        .bearer_auth(&admin)
        .json(&json!({ "config": recoloured }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert!(response.bytes().await.unwrap().starts_with(b"%PDF"));
    recoloured["branding"]["primary_colour"] = json!("red");
    let (status, body) = app
        .post_json(
            "/t/in/api/staff/configuration/preview",
            Some(&admin),
            &json!({ "config": recoloured }),
        )
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (422, Some("TENANT_CONFIG_INVALID")), "{body}");
    let (_, unchanged) = app.get_with_token("/t/in/api/staff/configuration", &admin).await;
    assert_eq!(unchanged["version"].as_i64(), Some(now), "nothing refused or previewed was applied");

    // The export is the folder `cowin tenant check` reads, equal to what is in force.
    let response = app
        .client
        .get(format!("{}/t/in/api/staff/configuration/export", app.address))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let bytes = response.bytes().await.unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let folder = tempfile::tempdir().unwrap();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let target = folder.path().join(file.enclosed_name().unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        let mut content = Vec::new();
        file.read_to_end(&mut content).unwrap();
        std::fs::write(target, content).unwrap();
    }
    let exported = load_dir(&folder.path().join("IN"), &locale_catalogue()).unwrap();
    let in_force: TenantConfig = serde_json::from_value(unchanged["config"].clone()).unwrap();
    assert_eq!(exported, in_force);
    assert!(folder.path().join("IN/licence.jwt").is_file());
}
