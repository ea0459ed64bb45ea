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
    for code in cowin_tenant_config::DEMO_COUNTRIES {
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

/// Every message of one locale's folder: `id` (or `id.attribute`) → the file it is in and the variables it uses.
fn messages_of(folder: &std::path::Path) -> std::collections::BTreeMap<String, (String, std::collections::BTreeSet<String>)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use std::collections::BTreeSet;

    fn inline(expression: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_owned());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline(argument, found);
                }
                for argument in &arguments.named {
                    inline(&argument.value, found);
                }
            }
            InlineExpression::Placeable { expression } => placeable(expression, found),
            _ => {}
        }
    }
    fn placeable(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            Expression::Inline(expression) => inline(expression, found),
            Expression::Select { selector, variants } => {
                inline(selector, found);
                for variant in variants {
                    pattern(&variant.value, found);
                }
            }
        }
    }
    fn pattern(value: &Pattern<&str>, found: &mut BTreeSet<String>) {
        for element in &value.elements {
            if let PatternElement::Placeable { expression } = element {
                placeable(expression, found);
            }
        }
    }

    let mut messages = std::collections::BTreeMap::new();
    for file in std::fs::read_dir(folder).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_none_or(|extension| extension != "ftl") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| panic!("{name}: {errors:?}"));
        for entry in &resource.body {
            if let Entry::Message(message) = entry {
                let mut found = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern(value, &mut found);
                }
                messages.insert(message.id.name.to_owned(), (name.clone(), found));
                for attribute in &message.attributes {
                    let mut found = BTreeSet::new();
                    pattern(&attribute.value, &mut found);
                    messages.insert(format!("{}.{}", message.id.name, attribute.id.name), (name.clone(), found));
                }
            }
        }
    }
    messages
}

#[test]
fn every_locale_has_every_english_message_with_the_same_placeholders_and_no_file_left_in_english() {
    let root = repo_root().join("locales");
    let english = messages_of(&root.join("en"));
    assert!(english.len() > 300, "{} English messages", english.len());
    let mut problems = Vec::new();
    for folder in std::fs::read_dir(&root).unwrap() {
        let folder = folder.unwrap().path();
        let tag = folder.file_name().unwrap().to_string_lossy().into_owned();
        if !folder.is_dir() || tag == "en" {
            continue;
        }
        let translated = messages_of(&folder);
        for (id, (file, variables)) in &english {
            match translated.get(id) {
                None => problems.push(format!("{tag}: {id} (of {file}) is missing")),
                Some((_, theirs)) if theirs != variables => {
                    problems.push(format!("{tag}: {id} uses {theirs:?}, English {variables:?}"));
                }
                Some(_) => {}
            }
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{tag}: {id} is not an English message"));
        }
        for file in std::fs::read_dir(root.join("en")).unwrap() {
            let file = file.unwrap().path();
            let theirs = folder.join(file.file_name().unwrap());
            if std::fs::read(&theirs).ok() == std::fs::read(&file).ok() {
                problems.push(format!("{tag}: {} is English", theirs.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// The variants of the selector in `locale`'s message `id` (in `file`): key, whether it is the default, and its
/// text with `{ $count }` marked as `#`.
fn variants(locale: &str, file: &str, id: &str) -> Vec<(String, bool, String)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement, VariantKey};
    let text = std::fs::read_to_string(repo_root().join("locales").join(locale).join(file)).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| panic!("{locale}: {errors:?}"));
    let mut found = Vec::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else { continue };
        if message.id.name != id {
            continue;
        }
        for element in message.value.iter().flat_map(|pattern| &pattern.elements) {
            let PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } = element
            else {
                continue;
            };
            for variant in variants {
                let key = match &variant.key {
                    VariantKey::Identifier { name } => (*name).to_owned(),
                    VariantKey::NumberLiteral { value } => (*value).to_owned(),
                };
                let text: String = variant
                    .value
                    .elements
                    .iter()
                    .map(|element| match element {
                        PatternElement::TextElement { value } => (*value).to_owned(),
                        PatternElement::Placeable {
                            expression: Expression::Inline(InlineExpression::VariableReference { .. }),
                        } => "#".to_owned(),
                        PatternElement::Placeable { .. } => panic!("{locale} {id}: only {{ $count }} is expected"),
                    })
                    .collect();
                found.push((key, variant.default, text));
            }
        }
    }
    found
}

/// The portal's one plural message, in every shipped language and for counts that exercise every CLDR rule
/// (Arabic's n % 100 = 3..10 and 11..99, Russian's teens, French and Spanish millions): the server writes the variant
/// that ICU4X's compiled CLDR data chooses, with the count in the language's digits. (Fluent's own selection, CLDR 37
/// through intl_pluralrules, chose `other` for Arabic 103..199: the messages select on `PLURAL($count)` instead.)
#[test]
fn every_language_picks_the_plural_form_cldr_gives_it() {
    let localizer = Localizer::load(&repo_root().join("locales")).unwrap();
    let mut checked = 0;
    for locale in localizer.locales() {
        let variants = variants(locale.as_str(), "portal.ftl", "portal-slots-results");
        let icu_locale: icu_locale_core::Locale = locale.as_str().parse().unwrap();
        let mut expanded = icu_locale.clone();
        icu_locale::LocaleExpander::new_common().maximize(&mut expanded.id);
        let rules = icu_plurals::PluralRules::try_new_cardinal(expanded.into()).unwrap();
        let digits = cowin_app::locale_format::NumberFormat::new(locale.as_str()).unwrap();
        for count in (0..=120u64).chain([203, 1_000, 100_000, 1_000_000]) {
            let category = format!("{:?}", rules.category_for(count)).to_lowercase();
            let (_, _, text) = variants
                .iter()
                .find(|(key, _, _)| *key == category)
                .or_else(|| variants.iter().find(|(_, default, _)| *default))
                .unwrap_or_else(|| panic!("{locale}: no default variant"));
            let expected = text.replace('#', &digits.format(i64::try_from(count).unwrap()));
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", count);
            let written: String = localizer
                .format(&[locale], "portal-slots-results", Some(&args))
                .chars()
                .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
                .collect();
            assert_eq!(
                written.trim(),
                expected.trim(),
                "{locale}, {count}: CLDR through ICU4X says {category}"
            );
            checked += 1;
        }
    }
    assert!(checked > 19 * 120, "{checked}");
}
