//! `GET /v2/appointment/centers/{public/,}findByLatLong?lat=&long=`.

use actix_web::web;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState};

/// `?lat=&long=`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Point {
    /// Latitude in degrees.
    lat: f64,
    /// Longitude in degrees.
    long: f64,
}

/// A centre near the point.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct NearbyCenter {
    /// Centre id.
    center_id: i64,
    /// Name in English (or the tenant's default language).
    name: String,
    /// Name in the caller's language.
    name_l: String,
    /// District.
    district_name: String,
    /// State.
    state_name: String,
    /// Street address.
    location: String,
    /// Postal code.
    pincode: String,
    /// Block.
    block_name: String,
    /// Latitude.
    lat: f64,
    /// Longitude.
    long: f64,
}

/// The centres nearest the point, nearest first.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct NearbyCenters {
    /// Up to 50 centres.
    centers: Vec<NearbyCenter>,
}

/// The centres nearest to a point.
#[utoipa::path(get, path = "/api/v2/appointment/centers/public/findByLatLong", tag = "metadata", params(Point),
    responses((status = 200, body = NearbyCenters)))]
pub(crate) async fn find_by_lat_long(
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<Point>,
) -> Result<web::Json<NearbyCenters>, ApiError> {
    let found = state.availability().centres_near(&tenant, query.lat, query.long).await?;
    let centers = found
        .iter()
        .map(|centre| {
            let (name, name_l) = locale.names(&centre.center_name);
            NearbyCenter {
                center_id: centre.center_id,
                name,
                name_l,
                district_name: locale.english(&centre.district_name),
                state_name: locale.english(&centre.state_name),
                location: centre.address.clone(),
                pincode: centre.postal_code.clone(),
                block_name: locale.english(&centre.block),
                lat: centre.lat,
                long: centre.long,
            }
        })
        .collect();
    Ok(web::Json(NearbyCenters { centers }))
}
