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

impl Formats {
    /// The one format signed with the dose, in its transaction: the credential CoWIN issued if the country
    /// enables it, else the EU DCC (which the DDCC:VS also needs), else the SMART Health Card. The others are
    /// signed from the same record when first asked for ([`complete`]), so a national peak of doses does not wait
    /// for signatures nobody has requested yet.
    pub fn first(self) -> Self {
        let none = Self::default();
        if self.vc {
            Self { vc: true, ..none }
        } else if self.dcc || self.ddcc {
            Self {
                dcc: self.dcc,
                ddcc: self.ddcc,
                ..none
            }
        } else {
            self
        }
    }
}

/// The formats of `formats` that `forms` lacks (none: [`Formats::default`]).
pub fn missing(forms: &SignedForms, formats: Formats) -> Formats {
    Formats {
        vc: formats.vc && forms.vc.is_none(),
        dcc: (formats.dcc || formats.ddcc) && forms.hc1.is_none(),
        shc: formats.shc && forms.shc.is_none(),
        ddcc: formats.ddcc && !forms.ddcc,
    }
}

/// `forms` with the `missing` formats (see [`missing`]) signed now with `keys`, from the same record.
pub fn complete(forms: &SignedForms, missing: Formats, keys: &SigningKeys) -> Result<SignedForms, KeyError> {
    let signed = issue(forms.record.clone(), missing, keys)?;
    Ok(SignedForms {
        record: forms.record.clone(),
        vc: forms.vc.clone().or(signed.vc),
        hc1: forms.hc1.clone().or(signed.hc1),
        shc: forms.shc.clone().or(signed.shc),
        ddcc: forms.ddcc || signed.ddcc,
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{EcSigner, EdSigner, KeyPurpose, generate_for_country};
    use crate::record::tests::record;

    fn signers() -> SigningKeys {
        let keys = generate_for_country("IN", chrono::Utc::now()).unwrap();
        let find = |purpose| keys.iter().find(|key| key.purpose == purpose).unwrap();
        let (dsc, shc, vc) = (find(KeyPurpose::Dsc), find(KeyPurpose::Shc), find(KeyPurpose::Vc));
        SigningKeys {
            dsc: Some(EcSigner::from_pkcs8(&dsc.kid, &dsc.private_pkcs8).unwrap()),
            shc: Some(EcSigner::from_pkcs8(&shc.kid, &shc.private_pkcs8).unwrap()),
            vc: Some(EdSigner::from_pkcs8(&vc.kid, &vc.private_pkcs8).unwrap()),
        }
    }

    #[test]
    fn one_format_is_signed_with_the_dose_and_the_rest_complete_the_same_record() {
        let all = Formats {
            vc: true,
            dcc: true,
            shc: true,
            ddcc: true,
        };
        let keys = signers();
        let first = issue(record(), all.first(), &keys).unwrap();
        assert!(first.vc.is_some() && first.hc1.is_none() && first.shc.is_none() && !first.ddcc);
        assert_eq!(missing(&first, all), Formats { vc: false, ..all }, "three formats were missing");
        let completed = complete(&first, missing(&first, all), &keys).unwrap();
        assert_eq!(completed.vc, first.vc, "what was signed stays as it was");
        assert_eq!(completed.record, first.record);
        assert!(completed.hc1.is_some() && completed.shc.is_some() && completed.ddcc);
        assert_eq!(missing(&completed, all), Formats::default(), "nothing left to sign");
        let without_vc = Formats { vc: false, ..all };
        let first = issue(record(), without_vc.first(), &keys).unwrap();
        assert!(first.vc.is_none() && first.hc1.is_some() && first.ddcc && first.shc.is_none());
    }
}
