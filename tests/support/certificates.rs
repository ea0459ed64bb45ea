//! Certificates in tests: a vaccinated citizen, the independent verifier harness, the real S3-compatible server.

use cowin_core::StaffRole;
use cowin_server::Settings;
use secrecy::SecretString;
use serde_json::{Value, json};

use crate::citizen::{SignedIn, register, sign_in};
use crate::staff::staff_member;
use crate::{TestApp, TestDb};

/// A Brazilian citizen (e-mail OTPs, Portuguese, every certificate format) with one dose recorded.
#[derive(Debug, Clone)]
pub struct Vaccinated {
    /// The citizen.
    pub citizen: SignedIn,
    /// Their beneficiary.
    pub reference: String,
    /// The vaccinator who gave the dose.
    pub vaccinator: String,
    /// The dose record's answer.
    pub dose: Value,
}

/// Signs a citizen in at BR, registers `name`, and records dose 1 of Comirnaty at facility 2001.
pub async fn vaccinated(app: &TestApp, test: &TestDb, mobile: &str, name: &str, document: &str) -> Vaccinated {
    let citizen = sign_in(app, "/t/br", mobile).await;
    let reference = register(
        app,
        "/t/br",
        &citizen.token,
        json!({ "name": name, "birth_year": 1985, "gender_id": 2, "photo_id_type": 1, "photo_id_number": document }),
    )
    .await;
    let (_, vaccinator, _) = staff_member(app, &test.db, "BR", StaffRole::Vaccinator, vec![], vec![2001]).await;
    let record = json!({ "idempotency_key": format!("cert-{reference}"), "beneficiary_reference_id": reference, "facility_id": 2001,
                         "vaccine": "COMIRNATY", "batch": "FA7484", "dose": 1 });
    let (status, dose) = app.post_json("/t/br/api/staff/doses", Some(&vaccinator), &record).await;
    assert_eq!(status, 201, "{dose}");
    Vaccinated {
        citizen,
        reference,
        vaccinator,
        dose,
    }
}

/// The signed forms of `vaccinated`'s certificate, as their account reads them.
pub async fn certificate_forms(app: &TestApp, vaccinated: &Vaccinated) -> Value {
    let (status, forms) = app
        .get_with_token(
            &format!(
                "/t/br/api/v2/registration/certificate/formats?beneficiary_reference_id={}",
                vaccinated.reference
            ),
            &vaccinated.citizen.token,
        )
        .await;
    assert_eq!(status, 200, "{forms}");
    forms
}

/// The command that runs the independent verifiers (`scripts/ensure-verifiers.sh` installs them).
fn verifier_command() -> Vec<String> {
    let command = std::env::var("TEST_VERIFIER").unwrap_or_else(|_| {
        let output = std::process::Command::new(crate::repo_root().join("scripts/ensure-verifiers.sh"))
            .output()
            .expect("scripts/ensure-verifiers.sh runs");
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .last()
            .unwrap_or_default()
            .to_owned()
    });
    command.split_whitespace().map(str::to_owned).collect()
}

/// What the independent verifier of `format` (`dcc`, `shc`, `vc`, `ddcc`) says of `payload` with `keys`.
pub async fn independent_verdict(format: &str, payload: &str, keys: Option<&Value>) -> Value {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let payload_file = dir.path().join("payload");
    std::fs::write(&payload_file, payload).expect("writes the payload");
    let keys_arg = match keys {
        Some(keys) => {
            let file = dir.path().join("keys.json");
            std::fs::write(&file, keys.to_string()).expect("writes the keys");
            file.to_string_lossy().into_owned()
        }
        None => "-".to_owned(),
    };
    let command = verifier_command();
    let format = format.to_owned();
    let output = tokio::task::spawn_blocking(move || {
        let (program, arguments) = command.split_first().expect("a verifier command");
        std::process::Command::new(program)
            .args(arguments)
            .arg(format)
            .arg(&payload_file)
            .arg(keys_arg)
            .output()
    })
    .await
    .expect("the verifier task")
    .expect("the verifier runs");
    let line = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(line.trim()).unwrap_or_else(|_| panic!("verifier output: {line} {}", String::from_utf8_lossy(&output.stderr)))
}

/// Points `settings` at the real S3-compatible server (`scripts/ensure-s3.sh`), in a bucket of this test's own.
pub fn use_s3(settings: &mut Settings, test: &TestDb) {
    let env = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.to_owned());
    settings.objects.backend = "s3".to_owned();
    settings.objects.s3_endpoint = env("TEST_S3_ENDPOINT", "http://127.0.0.1:9000");
    settings.objects.s3_access_key = env("TEST_S3_ACCESS_KEY", "cowin-test");
    settings.objects.s3_secret_key = SecretString::from(env("TEST_S3_SECRET_KEY", "cowin-test-secret"));
    settings.objects.s3_bucket = test.name.replace('_', "-");
}

/// A PNG that declares `width` × `height` pixels with almost no image data: a few hundred bytes on the wire, and a
/// decoder without limits allocates the whole picture before finding the data short (an image bomb).
pub fn declared_png(width: u32, height: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&u32::try_from(data.len()).expect("a small chunk").to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&crc.sum().to_be_bytes());
    }
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = width.to_be_bytes().to_vec();
    header.extend_from_slice(&height.to_be_bytes());
    header.extend_from_slice(&[8, 0, 0, 0, 0]);
    chunk(&mut png, b"IHDR", &header);
    let mut data = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut data, &[0; 64]).expect("compresses");
    chunk(&mut png, b"IDAT", &data.finish().expect("compresses"));
    chunk(&mut png, b"IEND", &[]);
    png
}
