//! Genders and identity documents offered at registration.

use super::Checker;

pub(super) fn check(checker: &mut Checker<'_>) {
    let config = checker.config;
    if config.genders.is_empty() {
        checker.problem("genders", "must offer at least one gender");
    }
    checker.unique("genders", "id", &config.genders, |gender| gender.id);
    checker.unique("genders", "code", &config.genders, |gender| gender.code.clone());
    for (index, gender) in config.genders.iter().enumerate() {
        checker.text(&format!("genders[{index}].name"), &gender.name);
    }

    if config.id_documents.is_empty() {
        checker.problem("id_documents", "must accept at least one identity document");
    }
    checker.unique("id_documents", "id", &config.id_documents, |document| document.id);
    checker.unique("id_documents", "code", &config.id_documents, |document| document.code.clone());
    for (index, document) in config.id_documents.iter().enumerate() {
        let key = format!("id_documents[{index}]");
        checker.text(&format!("{key}.name"), &document.name);
        if !is_slug(&document.code) {
            checker.problem(
                format!("{key}.code"),
                format!("{:?} must be a lower-case slug such as \"aadhaar\"", document.code),
            );
        }
        if !document.pattern.matches(&document.example) {
            checker.problem(
                format!("{key}.example"),
                format!("{:?} does not match the pattern {:?}", document.example, document.pattern.as_str()),
            );
        } else if let Some(canonical) = cowin_core::DocumentNumber::normalise(&document.example)
            && !document.pattern.matches(canonical.as_str())
        {
            // Numbers are stored without their separators; the pattern must still accept what is stored.
            checker.problem(
                format!("{key}.pattern"),
                format!(
                    "{:?} must also accept the number without separators ({:?}); make separators optional",
                    document.pattern.as_str(),
                    canonical.as_str()
                ),
            );
        }
    }
}

/// Lower-case letters, digits and `-`/`_`, starting with a letter.
fn is_slug(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}
