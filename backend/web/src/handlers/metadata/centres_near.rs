//! `GET /v2/appointment/centers/{public/,}findByLatLong?lat=&long=`.

use actix_web::{HttpResponse, web};
use cowin_store::TenantTxn;
use cowin_store::citizens::availability::centres_near;
use serde::Deserialize;
use serde_json::json;

use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::availability::render::names;
use crate::{ApiError, AppState};

/// How many centres a search returns.
const NEAREST: i64 = 50;

/// `?lat=&long=`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Point {
    lat: f64,
    long: f64,
}

/// The centres nearest to a point.
#[utoipa::path(get, path = "/api/v2/appointment/centers/public/findByLatLong", tag = "metadata", params(Point), 
    responses((status = 200, description = "`{\"centers\":[{\"center_id\",\"name\",\"name_l\",\"district_name\",\"state_name\",\"location\",\"pincode\",\"block_name\",\"lat\",\"long\"}]}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn find_by_lat_long(
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<Point>,
) -> Result<HttpResponse, ApiError> {
    if !(-90.0..=90.0).contains(&query.lat) {
        return Err(ApiError::invalid_parameter("lat"));
    }
    if !(-180.0..=180.0).contains(&query.long) {
        return Err(ApiError::invalid_parameter("long"));
    }
    // To the centimetre: finer is meaningless, and subnormal numbers such as 5e-324 underflow in the distance.
    let to_centimetres = |degrees: f64| (degrees * 1e7).round() / 1e7;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let found = centres_near(&txn, to_centimetres(query.lat), to_centimetres(query.long), NEAREST).await?;
    txn.commit().await?;
    let centers: Vec<_> = found
        .iter()
        .map(|centre| {
            let (name, name_l) = names(&centre.center_name, &locale);
            json!({
                "center_id": centre.center_id,
                "name": name,
                "name_l": name_l,
                "district_name": names(&centre.district_name, &locale).0,
                "state_name": names(&centre.state_name, &locale).0,
                "location": centre.address,
                "pincode": centre.postal_code,
                "block_name": names(&centre.block, &locale).0,
                "lat": centre.lat,
                "long": centre.long,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "centers": centers })))
}
