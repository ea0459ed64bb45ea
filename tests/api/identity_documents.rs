//! Identity documents are recognised however their number is written: registration, the desk and the re-hashing
//! of numbers stored before all use the canonical form (no separators, upper case), per document type.

use cowin_core::{StaffRole, TenantCode};
use cowin_privacy::Field;
use cowin_store::citizens::canonical_documents;
use cowin_tests::citizen::{register, sign_in};
use cowin_tests::staff::staff_member;
use cowin_tests::{demo_config, fresh_database, onboard, spawn_app, test_vault};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;

fn person(number: &str, document: u8) -> serde_json::Value {
    json!({ "name": "Ana Souza", "birth_year": 1990, "gender_id": 2, "photo_id_type": document, "photo_id_number": number })
}

#[tokio::test]
async fn one_document_written_with_or_without_separators_is_registered_once_and_found_at_the_desk() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;
    let first = sign_in(&app, "/t/br", "11987650001").await;
    let second = sign_in(&app, "/t/br", "11987650002").await;
    let reference = register(&app, "/t/br", &first.token, person("384.516.270-80", 1)).await;
    for written in ["38451627080", " 384516270-80 ", "384.516.27080"] {
        let (status, body) = app
            .post_json(
                "/t/br/api/v2/registration/beneficiary/new",
                Some(&second.token),
                &person(written, 1),
            )
            .await;
        assert_eq!(
            (status, body["errorCode"].as_str()),
            (409, Some("ID_DOCUMENT_ALREADY_REGISTERED")),
            "{written:?} is the same CPF"
        );
    }
    // The same digits as another document type are another document.
    let (status, body) = app
        .post_json(
            "/t/br/api/v2/registration/beneficiary/new",
            Some(&second.token),
            &person("24.678.913-1", 3),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = app
        .post_json(
            "/t/br/api/v2/registration/beneficiary/new",
            Some(&second.token),
            &person("246789131", 3),
        )
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("ID_DOCUMENT_ALREADY_REGISTERED")));

    let (_, vaccinator, _) = staff_member(&app, &test.db, "BR", StaffRole::Vaccinator, vec![], vec![2001]).await;
    let (status, found) = app
        .post_json(
            "/t/br/api/staff/desk/verify",
            Some(&vaccinator),
            &json!({ "facility_id": 2001, "photo_id_type": 1, "photo_id_number": "38451627080" }),
        )
        .await;
    assert_eq!(
        (status, found["beneficiary_reference_id"].as_str()),
        (200, Some(reference.as_str())),
        "{found}"
    );
}

#[tokio::test]
async fn numbers_stored_before_are_made_canonical_and_duplicates_are_left_for_review() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;
    let citizen = sign_in(&app, "/t/br", "11987650003").await;
    let canonical = register(&app, "/t/br", &citizen.token, person("529.982.247-25", 1)).await;
    let brazil = TenantCode::parse("BR").unwrap();
    let vault = test_vault().tenant(brazil);
    // Three rows as the code before the fix wrote them: the hash and ciphertext of the number as typed.
    let account: String = test
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("SELECT account_id::text AS id FROM tenant_br.beneficiaries WHERE reference_id = '{canonical}'"),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "id")
        .unwrap();
    for (reference, typed) in [
        ("20000000000001", "111.444.777-35"),
        ("20000000000002", "529.982.24725"),
        ("20000000000003", "529.982.247-25"),
    ] {
        test.db
            .execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "INSERT INTO tenant_br.beneficiaries (reference_id, account_id, name, birth_year, gender_id, id_document_type, \
                 id_number_hash, id_number_encrypted, id_number_canonical, deleted_at) \
                 VALUES ($1, $2::uuid, 'Old row', 1980, 1, 1, $3, $4, false, CASE WHEN $1 = '20000000000003' THEN now() END)",
                [
                    reference.into(),
                    account.clone().into(),
                    vault.hash(Field::IdNumber, &format!("1:{typed}")).into(),
                    vault.seal(Field::IdNumber, typed).into(),
                ],
            ))
            .await
            .unwrap();
    }
    assert_eq!(canonical_documents::pending(&test.db, brazil).await.unwrap(), 3);
    let report = canonical_documents::canonicalise(&test.db, brazil, &vault).await.unwrap();
    assert_eq!(
        (report.rewritten, report.duplicates, report.unreadable),
        (2, 1, 0),
        "111.444.777-35 and the deleted row are rewritten; 529.982.24725 is the live registration's CPF"
    );
    let again = canonical_documents::canonicalise(&test.db, brazil, &vault).await.unwrap();
    assert_eq!(
        (again.rewritten, again.duplicates),
        (0, 1),
        "a second run changes nothing and reports again"
    );
    // The rewritten number is now found in any form.
    let other = sign_in(&app, "/t/br", "11987650004").await;
    let (status, body) = app
        .post_json(
            "/t/br/api/v2/registration/beneficiary/new",
            Some(&other.token),
            &person("11144477735", 1),
        )
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("ID_DOCUMENT_ALREADY_REGISTERED")));
}
