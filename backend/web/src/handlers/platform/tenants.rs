//! `GET /platform/api/tenants`: every tenant with its status, licence and usage (today and the last 30 days).

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use cowin_store::platform::usage::{self, DailyUsage};
use serde_json::{Value, json};

use crate::platform::access::{ManageTenants, Nha};
use crate::{ApiError, AppState};

/// The licence as the guard judges it now.
fn licence_view(state: &AppState, tenant: cowin_core::TenantCode) -> Value {
    let Some(judged) = state.tenants.licence(tenant) else {
        return json!({ "state": "missing" });
    };
    match cowin_licence::standing_at(&judged, chrono::Utc::now()) {
        Ok(verified) => json!({ "state": "valid", "id": verified.id(), "licensee": verified.licence.licensee,
                                "hostnames": verified.licence.hostnames, "expires_at": verified.licence.exp }),
        Err(refusal) => match judged.as_ref() {
            Ok(verified) => json!({ "state": refusal.code().as_str(), "id": verified.id() }),
            Err(_) => json!({ "state": refusal.code().as_str() }),
        },
    }
}

/// Lists every tenant.
pub(crate) async fn list(_nha: Nha<ManageTenants>, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    state.tenants.refresh().await.map_err(|error| ApiError::internal(&error))?;
    let today = chrono::Utc::now().date_naive();
    let days = usage::daily(&state.db, None, today - chrono::Days::new(29)).await?;
    let mut by_tenant: HashMap<&str, Vec<&DailyUsage>> = HashMap::new();
    for day in &days {
        by_tenant.entry(day.tenant_code.as_str()).or_default().push(day);
    }
    let mut tenants = state.tenants.all();
    tenants.sort_by_key(|tenant| tenant.code);
    let listed: Vec<Value> = tenants
        .iter()
        .map(|tenant| {
            let days = by_tenant.remove(tenant.code.as_str()).unwrap_or_default();
            let today_usage = usage::total(days.iter().copied().filter(|day| day.day == today));
            json!({
                "code": tenant.code.as_str(),
                "name": tenant.name,
                "status": tenant.status.as_str(),
                "status_reason": tenant.status_reason,
                "hostnames": tenant.hostnames.iter().map(|host| host.as_str()).collect::<Vec<_>>(),
                "config_version": tenant.config_version,
                "licence": licence_view(&state, tenant.code),
                "usage": { "today": today_usage, "last_30_days": usage::total(days) },
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "tenants": listed })))
}
