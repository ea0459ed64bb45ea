//! NHA's side in tests: an administrator signed in to the platform API, a tenant folder zipped for upload.

use std::io::Write as _;
use std::path::Path;

use serde_json::json;

use crate::TestApp;

/// The password every test administrator has.
pub const NHA_PASSWORD: &str = "correct horse battery staple";

/// Adds an NHA administrator (as `cowin nha add-user` does) and signs them in; their token.
pub async fn nha_admin(app: &TestApp, db: &sea_orm::DatabaseConnection) -> String {
    let email = crate::mailbox::unique_address();
    let hash = cowin_app::passwords::hash_blocking(NHA_PASSWORD).expect("hashes");
    cowin_store::platform::nha_users::upsert(db, &crate::test_vault().platform(), &email, "Test NHA", &hash, "test")
        .await
        .expect("the administrator is added");
    let (status, body) = app
        .post_json("/platform/api/login", None, &json!({ "email": email, "password": NHA_PASSWORD }))
        .await;
    assert_eq!(status, 200, "NHA login: {body}");
    body["token"].as_str().expect("a token").to_owned()
}

/// The files of tenant folder `dir` as a zip (what the console uploads), with `licence` as its licence.
pub fn zipped_tenant_folder(dir: &Path, licence: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("reads the folder") {
            let path = entry.expect("an entry").path();
            let relative = path.strip_prefix(dir).expect("inside").to_string_lossy().replace('\\', "/");
            if path.is_dir() {
                stack.push(path);
            } else if relative != "licence.jwt" {
                zip.start_file(relative, options).expect("starts a file");
                zip.write_all(&std::fs::read(&path).expect("reads a file")).expect("writes");
            }
        }
    }
    zip.start_file("licence.jwt", options).expect("starts the licence");
    zip.write_all(licence.as_bytes()).expect("writes the licence");
    zip.finish().expect("finishes").into_inner()
}
