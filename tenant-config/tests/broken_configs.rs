//! Broken configurations are refused with the file, the key and the reason.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use std::fs;
use std::path::{Path, PathBuf};

use cowin_tenant_config::{ConfigProblem, LocaleCatalogue, load_dir};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Copies India's folder into a temporary `<folder>/`, applies `edit` to its tenant.toml, loads it.
fn load_edited(folder: &str, edit: impl Fn(String) -> String) -> (PathBuf, Vec<ConfigProblem>) {
    let temp = tempfile::tempdir().unwrap().keep();
    let dir = temp.join(folder);
    fs::create_dir_all(dir.join("branding")).unwrap();
    let source = repo().join("tenant-config/IN");
    for asset in ["logo.svg", "signature.svg"] {
        fs::copy(source.join("branding").join(asset), dir.join("branding").join(asset)).unwrap();
    }
    let text = fs::read_to_string(source.join("tenant.toml")).unwrap();
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit must change the file");
    fs::write(dir.join("tenant.toml"), edited).unwrap();
    let locales = LocaleCatalogue::from_dir(&repo().join("locales")).unwrap();
    let problems = match load_dir(&dir, &locales) {
        Ok(_) => Vec::new(),
        Err(invalid) => invalid.0,
    };
    (dir.join("tenant.toml"), problems)
}

fn replace(from: &'static str, to: &'static str) -> impl Fn(String) -> String {
    move |text: String| {
        assert!(text.contains(from), "tenant-config/IN/tenant.toml no longer contains {from:?}");
        text.replacen(from, to, 1)
    }
}

/// Asserts one problem names `file`, `key` and a reason containing `reason`.
fn assert_refused(file: &Path, problems: &[ConfigProblem], key: &str, reason: &str) {
    let found = problems.iter().any(|p| p.file == file && p.key == key && p.reason.contains(reason));
    assert!(found, "expected {key}: …{reason}… among {problems:#?}");
    let line = problems[0].to_string();
    assert!(
        line.starts_with(&file.display().to_string()),
        "the printed problem starts with the file: {line}"
    );
}

#[test]
fn the_demo_configurations_are_valid() {
    let locales = LocaleCatalogue::from_dir(&repo().join("locales")).unwrap();
    for code in cowin_tenant_config::DEMO_COUNTRIES {
        let config = load_dir(&repo().join("tenant-config").join(code), &locales).unwrap_or_else(|e| panic!("{code}:\n{e}"));
        assert_eq!(config.code.as_str(), code);
    }
}

#[test]
fn syntax_errors_name_the_file() {
    let (file, problems) = load_edited("IN", replace("name = {", "name = {{"));
    assert_refused(&file, &problems, "(file)", "not valid TOML");
}

#[test]
fn unknown_keys_are_refused_with_their_path() {
    let (file, problems) = load_edited("IN", replace("[otp]", "[otp]\nchanel = \"sms\""));
    assert_refused(
        &file,
        &problems,
        "otp.chanel",
        "unknown field `chanel`, expected `channel` or `sender`",
    );
}

#[test]
fn missing_keys_are_refused() {
    let (file, problems) = load_edited("IN", |text| {
        text.lines().filter(|l| !l.starts_with("time_zone")).collect::<Vec<_>>().join("\n")
    });
    assert_refused(&file, &problems, "(top level)", "missing field `time_zone`");
}

#[test]
fn the_code_must_be_a_country_and_match_the_folder() {
    let (file, problems) = load_edited("IN", replace("code = \"IN\"", "code = \"XX\""));
    assert_refused(&file, &problems, "code", "not an ISO 3166-1 alpha-2");
    let (file, problems) = load_edited("IN", replace("code = \"IN\"", "code = \"LK\""));
    assert_refused(&file, &problems, "code", "the folder is named \"IN\"");
}

#[test]
fn locales_must_be_enabled_and_translated() {
    // Sinhala: a language the platform has no translations of.
    let (file, problems) = load_edited("IN", replace("default_locale = \"en\"", "default_locale = \"si\""));
    assert_refused(&file, &problems, "default_locale", "not one of the enabled locales");
    let (file, problems) = load_edited(
        "IN",
        replace("locales = [\"en\", \"hi\", \"bn\"", "locales = [\"si\", \"en\", \"hi\", \"bn\""),
    );
    assert_refused(&file, &problems, "locales[0]", "no translations");
}

#[test]
fn time_zones_hostnames_and_colours_are_checked() {
    let (file, problems) = load_edited(
        "IN",
        replace("time_zone = \"Asia/Kolkata\"", "time_zone = \"Asia/Calcutta Standard\""),
    );
    assert_refused(&file, &problems, "time_zone", "not an IANA time zone");
    let (file, problems) = load_edited(
        "IN",
        replace("hostnames = [\"in.cowin.localhost\"]", "hostnames = [\"IN.cowin.localhost\"]"),
    );
    assert_refused(&file, &problems, "hostnames[0]", "not a valid hostname");
    let (file, problems) = load_edited("IN", |text| {
        let start = text.find("primary_colour = \"").unwrap() + "primary_colour = \"".len();
        format!("{}orange{}", &text[..start], &text[start + 7..])
    });
    assert_refused(&file, &problems, "branding.primary_colour", "#RRGGBB");
}

#[test]
fn postal_codes_must_match_the_pattern_and_facilities_their_district() {
    let (file, problems) = load_edited(
        "IN",
        replace("postal_code_pattern = '^[1-9][0-9]{5}$'", "postal_code_pattern = '^[1-9][0-9]{4}$'"),
    );
    assert!(
        problems
            .iter()
            .any(|p| p.key.starts_with("states[0].districts[0].postal_codes[") && p.reason.contains("does not match")),
        "{problems:#?}"
    );
    assert_eq!(problems[0].file, file);
    let (file, problems) = load_edited("IN", |text| {
        let at = text.find("[[facilities]]").unwrap();
        let (head, tail) = text.split_at(at);
        format!("{head}{}", tail.replacen("district_id = ", "district_id = 99999 #", 1))
    });
    assert_refused(&file, &problems, "facilities[0].district_id", "99999 is not the id of any district");
}

#[test]
fn patterns_must_be_anchored_and_examples_must_match() {
    let (file, problems) = load_edited(
        "IN",
        replace("mobile_pattern = '^[6-9][0-9]{9}$'", "mobile_pattern = '[6-9][0-9]{9}'"),
    );
    assert_refused(&file, &problems, "mobile_pattern", "must be anchored");
    let (file, problems) = load_edited("IN", |text| {
        let start = text.find("example = \"").unwrap() + "example = \"".len();
        format!("{}!{}", &text[..start], &text[start..])
    });
    assert_refused(&file, &problems, "id_documents[0].example", "does not match the pattern");
}

#[test]
fn rule_sets_must_be_a_history_with_sane_intervals() {
    let (file, problems) = load_edited("IN", replace("version = 2", "version = 3"));
    assert!(
        problems
            .iter()
            .any(|p| p.file == file && p.key.ends_with(".rule_sets") && p.reason.contains("versions must be 1, 2, 3")),
        "{problems:#?}"
    );
    let (file, problems) = load_edited("IN", |text| {
        let start = text.find("max_interval_days = ").unwrap() + "max_interval_days = ".len();
        let end = start + text[start..].find(|c: char| !c.is_ascii_digit()).unwrap();
        format!("{}1{}", &text[..start], &text[end..])
    });
    assert!(
        problems
            .iter()
            .any(|p| p.file == file && p.key.ends_with(".max_interval_days") && p.reason.contains("is below min_interval_days")),
        "{problems:#?}"
    );
}

#[test]
fn referenced_vaccines_and_assets_must_exist() {
    let (file, problems) = load_edited("IN", |text| text.replacen("vaccines = [\"", "vaccines = [\"SPUTNIK_LIGHT\", \"", 1));
    assert!(
        problems.iter().any(|p| p.file == file
            && p.key.contains(".booster.vaccines[0]")
            && p.reason.contains("\"SPUTNIK_LIGHT\" is not in the vaccine catalogue")),
        "{problems:#?}"
    );
    let (file, problems) = load_edited("IN", replace("logo = \"branding/logo.svg\"", "logo = \"branding/missing.svg\""));
    assert_refused(&file, &problems, "branding.logo", "does not exist");
    let (file, problems) = load_edited("IN", replace("logo = \"branding/logo.svg\"", "logo = \"../../etc/passwd.svg\""));
    assert_refused(&file, &problems, "branding.logo", "inside the tenant folder");
}

#[test]
fn every_problem_is_reported_at_once() {
    let (_, problems) = load_edited("IN", |text| {
        text.replacen("time_zone = \"Asia/Kolkata\"", "time_zone = \"Nowhere\"", 1)
            .replacen("members_per_account = 4", "members_per_account = 40", 1)
    });
    let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
    assert!(keys.contains(&"time_zone") && keys.contains(&"members_per_account"), "{keys:?}");
}

#[test]
fn no_setting_or_override_can_remove_hide_or_rename_the_platform_attribution() {
    let branding = "[branding]\n";
    for (edit, key) in [
        ("[branding]\nhide_attribution = true\n", "branding.hide_attribution"),
        ("[branding]\nattribution = \"Provided by VaxCorp\"\n", "branding.attribution"),
    ] {
        let (file, problems) = load_edited("IN", replace(branding, edit));
        assert_refused(&file, &problems, key, "attribution");
    }
    for (id, text) in [
        ("platform-attribution", "\"\""),
        ("platform-attribution", "\"VaxCorp Health Cloud\""),
        ("platform-name", "\"VaxCorp\""),
    ] {
        let edit = |text_: String| format!("{text_}\n[messages.en]\n{id} = {text}\n");
        let (file, problems) = load_edited("IN", edit);
        assert_refused(&file, &problems, &format!("messages.en.{id}"), "cannot be overridden");
    }
    // The tenant's own wording of other messages is theirs to choose, in enabled locales.
    let (_, problems) = load_edited("IN", |text| format!("{text}\n[messages.hi]\ntenant-welcome = \"टीकाकरण सेवा\"\n"));
    assert!(problems.is_empty(), "{problems:#?}");
    let (file, problems) = load_edited("IN", |text| format!("{text}\n[messages.ar]\ntenant-welcome = \"خدمة\"\n"));
    assert_refused(&file, &problems, "messages.ar", "not one of the enabled locales");
}
