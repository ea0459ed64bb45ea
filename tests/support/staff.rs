//! Staff members for tests: invited through the same code the CLI uses, then through the real API.

use cowin_app::contact::EmailAddress;
use cowin_app::staff::invitations::{NewStaffMember, create_committed};
use cowin_core::{StaffRole, TenantCode};
use cowin_store::tenants;
use serde_json::json;

use crate::TestApp;
use crate::mailbox::unique_address;

/// A password long enough for the policy.
pub const PASSWORD: &str = "correct horse battery staple";

/// Invites (as the CLI does), accepts over the API and logs in; returns (staff id, token, e-mail).
pub async fn staff_member(
    app: &TestApp,
    db: &cowin_store::Databases,
    code: &str,
    role: StaffRole,
    districts: Vec<i32>,
    facilities: Vec<i64>,
) -> (String, String, String) {
    let tenant_code = TenantCode::parse(code).expect("a country code");
    let tenant = tenants::list(db)
        .await
        .expect("tenants")
        .into_iter()
        .find(|t| t.code == tenant_code)
        .expect("the tenant is onboarded");
    let vault = crate::test_vault();
    let email = unique_address();
    let request = NewStaffMember {
        email: EmailAddress::parse(&email).expect("an e-mail address"),
        name: cowin_core::PersonName::parse(&format!("Test {role}")).expect("a name"),
        role,
        district_ids: districts,
        facility_ids: facilities,
    };
    let invitation = create_committed(db, &vault, &tenant, &request, "test")
        .await
        .expect("the invitation is created");
    let base = format!("/t/{}", code.to_lowercase());
    let (status, body) = app
        .post_json(
            &format!("{base}/api/staff/invitations/accept"),
            None,
            &json!({ "token": invitation.secret, "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, 200, "accept: {body}");
    let (status, body) = app
        .post_json(
            &format!("{base}/api/staff/login"),
            None,
            &json!({ "email": email, "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, 200, "login: {body}");
    (
        invitation.staff_id.to_string(),
        body["token"].as_str().expect("a token").to_owned(),
        email,
    )
}
