//! Signing one record in every format a country enables.

use serde::{Deserialize, Serialize};

use crate::keys::{KeyError, SigningKeys};
use crate::record::CertificateRecord;
use crate::{dcc, shc, vc};

/// The formats a country issues (its `certificates.formats`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Formats {
    /// W3C Verifiable Credential (DIVOC style).
    pub vc: bool,
    /// EU Digital COVID Certificate.
    pub dcc: bool,
    /// SMART Health Card.
    pub shc: bool,
    /// WHO DDCC:VS (its QR is the HCERT, so it needs the DCC signature as well).
    pub ddcc: bool,
}

/// A record signed in the enabled formats: what is stored (encrypted) with the certificate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignedForms {
    /// The record every form renders.
    pub record: CertificateRecord,
    /// The signed credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vc: Option<serde_json::Value>,
    /// `HC1:...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hc1: Option<String>,
    /// `shc:/...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shc: Option<String>,
    /// Whether the DDCC:VS document is offered (it is made from the record and `hc1` when asked for).
    #[serde(default)]
    pub ddcc: bool,
}

impl SignedForms {
    /// The DDCC:VS document, if the country issues it.
    pub fn ddcc_document(&self) -> Option<serde_json::Value> {
        self.ddcc.then(|| crate::ddcc::document(&self.record, self.hc1.as_deref()))
    }
}

/// Signs `record` in `formats` with `keys`; a format whose key is missing is an error, never silently skipped.
pub fn issue(record: CertificateRecord, formats: Formats, keys: &SigningKeys) -> Result<SignedForms, KeyError> {
    let missing = |what: &'static str| KeyError::Invalid(what);
    let vc = match formats.vc {
        true => Some(vc::sign(
            &record,
            keys.vc.as_ref().ok_or_else(|| missing("Verifiable Credential (no key)"))?,
        )),
        false => None,
    };
    let hc1 = match formats.dcc || formats.ddcc {
        true => Some(dcc::sign(
            &record,
            keys.dsc.as_ref().ok_or_else(|| missing("EU DCC (no document signer)"))?,
        )?),
        false => None,
    };
    let shc = match formats.shc {
        true => Some(shc::sign(
            &record,
            keys.shc.as_ref().ok_or_else(|| missing("SMART Health Card (no key)"))?,
        )?),
        false => None,
    };
    Ok(SignedForms {
        record,
        vc,
        hc1,
        shc,
        ddcc: formats.ddcc,
    })
}
