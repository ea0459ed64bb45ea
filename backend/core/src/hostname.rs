//! Hostnames that route requests to a tenant.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A lower-case DNS hostname without port (`in.cowin.localhost`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Hostname(String);

/// Why a text is not a hostname.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a valid hostname (lower-case letters, digits and hyphens in dot-separated labels)")]
pub struct HostnameError(String);

impl Hostname {
    /// Parses a hostname as written in configuration; capitals are refused so configs stay canonical.
    pub fn parse(text: &str) -> Result<Self, HostnameError> {
        let valid_label = |label: &str| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if text.len() > 253 || !text.split('.').all(valid_label) {
            return Err(HostnameError(text.to_owned()));
        }
        Ok(Self(text.to_owned()))
    }

    /// Reads the host part of an HTTP `Host` header (`IN.cowin.localhost:8080`), case-insensitively.
    pub fn from_host_header(header: &str) -> Option<Self> {
        let host = match header.rsplit_once(':') {
            Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
            _ => header,
        };
        Self::parse(&host.trim_end_matches('.').to_ascii_lowercase()).ok()
    }

    /// The hostname text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Hostname {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Hostname {
    type Error = HostnameError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Hostname> for String {
    fn from(value: Hostname) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_host_headers() {
        let host = Hostname::from_host_header("IN.Cowin.localhost:8080").unwrap();
        assert_eq!(host.as_str(), "in.cowin.localhost");
        assert_eq!(Hostname::from_host_header("example.org.").unwrap().as_str(), "example.org");
        assert!(Hostname::from_host_header("bad host").is_none());
        assert!(Hostname::from_host_header("").is_none());
    }

    #[test]
    fn config_hostnames_must_be_canonical() {
        assert!(Hostname::parse("in.cowin.localhost").is_ok());
        assert!(Hostname::parse("IN.cowin.localhost").is_err());
        assert!(Hostname::parse("-bad.example").is_err());
        assert!(Hostname::parse("a..b").is_err());
    }
}
