//! Licences for tests: signed with the published development licensing key, which test servers trust because they
//! run in development mode (the development master key, explicitly allowed), for the hostnames tests use (the
//! tenant's own and the loopback addresses).

use std::sync::OnceLock;

use cowin_licence::{Licence, NhaSigningKey};
use cowin_store::licences::LicenceInstall;
use cowin_tenant_config::TenantConfig;

/// The deployment id of every test server.
pub const TEST_DEPLOYMENT: &str = "test";

/// The published development NHA licensing key (`tenant-config/development-nha-licensing-key.pem`).
pub fn test_nha_key() -> &'static NhaSigningKey {
    static KEY: OnceLock<NhaSigningKey> = OnceLock::new();
    KEY.get_or_init(|| {
        let pem = std::fs::read_to_string(crate::repo_root().join("tenant-config/development-nha-licensing-key.pem"))
            .expect("the development licensing key is in the repository");
        NhaSigningKey::from_pem(&pem).expect("the development licensing key reads")
    })
}

/// Hostnames a test licence names: the tenant's own, and those a test server is reached at.
pub fn licensed_hostnames(config: &TenantConfig) -> Vec<String> {
    let mut hostnames: Vec<String> = config.hostnames.iter().map(|host| host.as_str().to_owned()).collect();
    hostnames.extend(["127.0.0.1".to_owned(), "localhost".to_owned()]);
    hostnames
}

/// The licence a test tenant is onboarded with, unsigned (tests that forge licences change it first).
pub fn test_licence_claims(config: &TenantConfig) -> Licence {
    let code = config.code.as_str();
    Licence::new(
        &format!("LIC-{code}-TEST"),
        &format!("Ministry of Health ({code}), test"),
        code,
        licensed_hostnames(config),
        TEST_DEPLOYMENT,
        None,
    )
}

/// The signed test licence of `config`.
pub fn test_licence_document(config: &TenantConfig) -> String {
    test_licence_claims(config).sign(test_nha_key()).expect("the test licence signs")
}

/// The test licence as `apply` installs it.
pub fn test_licence(config: &TenantConfig) -> LicenceInstall {
    let claims = test_licence_claims(config);
    LicenceInstall {
        licence_id: claims.jti.clone(),
        document: claims.sign(test_nha_key()).expect("the test licence signs"),
    }
}
