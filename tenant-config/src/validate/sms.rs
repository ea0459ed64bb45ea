//! The country's own SMS gateway: a URL messages may safely be posted to, a body that carries the message, and a
//! credential named, never written.

use super::Checker;
use crate::is_secret_name;

pub(super) fn check(checker: &mut Checker<'_>) {
    let Some(sms) = &checker.config.sms else {
        return;
    };
    if !(sms.url.starts_with("https://") || is_loopback_http(&sms.url)) {
        checker.problem(
            "sms.url",
            "must be an https:// URL (plain http:// only to 127.0.0.1 or localhost, for testing)",
        );
    }
    for placeholder in ["{to}", "{text}"] {
        if !sms.body_template.contains(placeholder) {
            checker.problem("sms.body_template", format!("must contain {placeholder}"));
        }
    }
    if serde_json::from_str::<serde_json::Value>(
        &sms.body_template
            .replace("{to}", "+10000000000")
            .replace("{sender}", "S")
            .replace("{text}", "t"),
    )
    .is_err()
    {
        checker.problem("sms.body_template", "must be JSON once {to}, {sender} and {text} are filled in");
    }
    if let Some(name) = &sms.authorization_secret
        && !is_secret_name(name)
    {
        checker.problem(
            "sms.authorization_secret",
            format!("{name:?} must name a secret (lower-case letters, digits and hyphens), not hold the credential"),
        );
    }
}

fn is_loopback_http(url: &str) -> bool {
    ["http://127.0.0.1:", "http://127.0.0.1/", "http://localhost:", "http://localhost/"]
        .iter()
        .any(|prefix| url.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use crate::{SmsGatewayConfig, is_secret_name};

    #[test]
    fn a_credential_written_in_clear_is_refused() {
        let clear = "url = \"https://sms.example.org/send\"\nauthorization = \"Bearer abc\"\n";
        assert!(toml::from_str::<SmsGatewayConfig>(clear).is_err());
        let named = "url = \"https://sms.example.org/send\"\nauthorization_secret = \"sms-authorization\"\n";
        let config: SmsGatewayConfig = toml::from_str(named).unwrap();
        assert_eq!(config.authorization_secret.as_deref(), Some("sms-authorization"));
        assert!(config.body_template.contains("{text}"), "the default body");
        assert!(!is_secret_name("Bearer abc"));
        assert!(!is_secret_name(""));
        assert!(is_secret_name("sms-authorization"));
    }
}
