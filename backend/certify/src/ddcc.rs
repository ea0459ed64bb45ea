//! The WHO DDCC:VS core data set as a FHIR R4 document (profiles DDCCDocument, DDCCVSComposition, DDCCPatient,
//! DDCCImmunization of the WHO SMART Trust DDCC implementation guide). It is made from the signed record on
//! request; its QR is the record's HCERT/CWT (`HC1:`), the representation the DDCC:VS specification gives for
//! a signed QR, so what a verifier scans is signed by the country's document signer.

use serde_json::{Value, json};

use crate::record::{CertificateRecord, split_name};

const SD: &str = "http://smart.who.int/ddcc/StructureDefinition";

/// The DDCC:VS document of a record; `hc1` is the signed QR it carries.
pub fn document(record: &CertificateRecord, hc1: Option<&str>) -> Value {
    let vaccination = &record.vaccination;
    let (given, family) = split_name(&record.holder.name);
    let urn = |kind: &str| format!("urn:uuid:{}", uuid::Uuid::new_v5(&record.id, kind.as_bytes()));
    let (composition, patient, organization, immunization) = (urn("composition"), urn("patient"), urn("organization"), urn("immunization"));
    let timestamp = record.issued_at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut patient_resource = json!({
        "resourceType": "Patient",
        "identifier": [{ "system": format!("urn:cowin:{}:beneficiary", record.country.to_lowercase()), "value": record.holder.reference }],
        "name": [{ "text": record.holder.name, "family": family, "given": given }],
        "birthDate": format!("{:04}", record.holder.birth_year),
    });
    if let Some(gender) = &record.holder.gender {
        patient_resource["gender"] = json!(match gender.as_str() {
            "male" | "female" | "other" => gender.as_str(),
            _ => "unknown",
        });
    }
    let product = vaccination.dcc_product.clone().unwrap_or_else(|| vaccination.vaccine_name.clone());
    let mut attachments = Vec::new();
    if let Some(hc1) = hc1 {
        attachments.push(
            json!({ "contentType": "application/cwt", "data": base64::Engine::encode(&base64::engine::general_purpose::STANDARD, hc1) }),
        );
    }
    let mut composition_resource = json!({
        "resourceType": "Composition",
        "status": "final",
        "identifier": { "system": "urn:cowin:ddcc:hcid", "value": record.uvci() },
        "type": { "coding": [{ "system": "http://loinc.org", "code": "82593-5" }] },
        "category": [{ "coding": [{ "system": "http://worldhealthorganization.github.io/ddcc/CodeSystem/DDCC-Composition-Category-CodeSystem", "code": "ddcc-vs" }] }],
        "subject": { "reference": patient },
        "date": timestamp,
        "author": [{ "reference": organization }],
        "title": "International Certificate of Vaccination or Prophylaxis",
        "attester": [{ "mode": "official", "party": { "reference": organization } }],
        "section": [{
            "code": { "coding": [{ "system": "http://loinc.org", "code": "11369-6" }] },
            "focus": { "reference": immunization },
            "entry": [{ "reference": immunization }],
        }],
    });
    if !attachments.is_empty() {
        composition_resource["extension"] = json!([{ "url": format!("{SD}/DDCCSignedQR"), "valueAttachment": attachments[0] }]);
    }
    json!({
        "resourceType": "Bundle",
        "identifier": { "system": "urn:cowin:ddcc", "value": record.uvci() },
        "type": "document",
        "timestamp": timestamp,
        "entry": [
            { "fullUrl": composition, "resource": composition_resource },
            { "fullUrl": patient, "resource": patient_resource },
            { "fullUrl": organization, "resource": {
                "resourceType": "Organization",
                "name": record.issuer,
                "address": [{ "country": record.country }],
            }},
            { "fullUrl": immunization, "resource": {
                "resourceType": "Immunization",
                "extension": [
                    { "url": format!("{SD}/DDCCVaccineBrand"), "valueCoding": { "code": product } },
                    { "url": format!("{SD}/DDCCVaccineMarketAuthorization"), "valueCoding": { "code": vaccination.dcc_manufacturer.clone().unwrap_or_else(|| vaccination.manufacturer.clone()) } },
                    { "url": format!("{SD}/DDCCCountryOfVaccination"), "valueCode": record.country },
                ],
                "status": "completed",
                "vaccineCode": { "coding": [{ "system": "http://id.who.int/icd11/mms", "code": "XM68M6" }] },
                "patient": { "reference": patient },
                "occurrenceDateTime": vaccination.date.format("%Y-%m-%d").to_string(),
                "location": { "display": vaccination.facility },
                "manufacturer": { "display": vaccination.manufacturer },
                "lotNumber": vaccination.batch,
                "performer": [{ "actor": { "reference": organization } }],
                "protocolApplied": [{
                    "authority": { "reference": organization },
                    "targetDisease": [{ "coding": [{ "system": "http://id.who.int/icd11/mms", "code": "RA01" }] }],
                    "doseNumberPositiveInt": vaccination.dose,
                    "seriesDosesPositiveInt": vaccination.series_doses.max(vaccination.dose),
                }],
            }},
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::tests::record;

    #[test]
    fn the_document_starts_with_its_composition_and_references_resolve() {
        let bundle = document(&record(), Some("HC1:XYZ"));
        let entries = bundle["entry"].as_array().unwrap();
        assert_eq!(entries[0]["resource"]["resourceType"], "Composition");
        let urls: Vec<&str> = entries.iter().map(|e| e["fullUrl"].as_str().unwrap()).collect();
        let subject = entries[0]["resource"]["subject"]["reference"].as_str().unwrap();
        assert!(urls.contains(&subject));
        assert_eq!(entries[3]["resource"]["lotNumber"], "4121Z025");
    }
}
