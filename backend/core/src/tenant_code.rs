//! A tenant is a country, named by its ISO 3166-1 alpha-2 code; its data lives in one schema.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::iso3166;

/// An ISO 3166-1 alpha-2 country code in capitals (`IN`, `BR`), the identity of a tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TenantCode([u8; 2]);

/// Why a text is not a tenant code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TenantCodeError {
    #[error("a country code is two letters (ISO 3166-1 alpha-2), got {0:?}")]
    Malformed(String),
    #[error("{0:?} is not an ISO 3166-1 alpha-2 country code")]
    NotACountry(String),
}

impl TenantCode {
    /// Parses a country code; lower case is accepted (`in` in a URL) and normalised to capitals.
    pub fn parse(text: &str) -> Result<Self, TenantCodeError> {
        let bytes = text.as_bytes();
        if bytes.len() != 2 || !bytes.iter().all(u8::is_ascii_alphabetic) {
            return Err(TenantCodeError::Malformed(text.to_owned()));
        }
        let code = [bytes[0].to_ascii_uppercase(), bytes[1].to_ascii_uppercase()];
        if !iso3166::is_assigned(code) {
            return Err(TenantCodeError::NotACountry(text.to_owned()));
        }
        Ok(Self(code))
    }

    /// The code in capitals, as ISO writes it.
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored, so this cannot fail.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The code in lower case, as it appears in URLs (`/t/in/`).
    pub fn to_lowercase(&self) -> String {
        self.as_str().to_ascii_lowercase()
    }

    /// The tenant's Postgres schema. Schema names are only ever built here, from a parsed code.
    pub fn schema(&self) -> SchemaName {
        SchemaName(format!("tenant_{}", self.to_lowercase()))
    }
}

impl fmt::Display for TenantCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for TenantCode {
    type Error = TenantCodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<TenantCode> for String {
    fn from(value: TenantCode) -> Self {
        value.as_str().to_owned()
    }
}

/// The name of a Postgres schema that holds one tenant (`tenant_in`) or the platform (`platform`).
///
/// It can only be made from a [`TenantCode`] or as the platform schema, so it is always a safe identifier.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SchemaName(String);

impl SchemaName {
    /// The schema that holds platform data: tenants, hostnames, config versions, audit.
    pub fn platform() -> Self {
        Self("platform".to_owned())
    }

    /// The schema name; safe to splice into SQL as an identifier.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SchemaName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_and_normalises_country_codes() {
        let code = TenantCode::parse("in").unwrap();
        assert_eq!(code.as_str(), "IN");
        assert_eq!(code.schema().as_str(), "tenant_in");
        assert_eq!(TenantCode::parse("BR").unwrap().to_lowercase(), "br");
    }

    #[test]
    fn refuses_what_is_not_a_country() {
        assert!(matches!(TenantCode::parse("XX"), Err(TenantCodeError::NotACountry(_))));
        assert!(matches!(TenantCode::parse("IND"), Err(TenantCodeError::Malformed(_))));
        assert!(matches!(TenantCode::parse("i1"), Err(TenantCodeError::Malformed(_))));
        assert!(matches!(TenantCode::parse("in;drop"), Err(TenantCodeError::Malformed(_))));
    }

    proptest! {
        #[test]
        fn any_parsed_code_makes_a_safe_schema_name(text in "\\PC{0,6}") {
            if let Ok(code) = TenantCode::parse(&text) {
                let schema = code.schema();
                prop_assert!(schema.as_str().starts_with("tenant_"));
                prop_assert!(schema.as_str().chars().all(|c| c.is_ascii_lowercase() || c == '_'));
                prop_assert_eq!(TenantCode::parse(code.as_str()).unwrap(), code);
            }
        }
    }
}
