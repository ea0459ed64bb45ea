//! Availability answers, rendered once and served from memory for a few seconds.
//!
//! Citizens and partner apps poll the public search endlessly (CoWIN cached it for 5 minutes). Each answer is
//! kept as JSON bytes and as gzip bytes for `ttl` (well under the 5-second freshness promise); concurrent
//! misses of one key compute it once. A hit costs a map lookup and a reference-counted copy. The portal's search
//! pages read the same sessions for the same lifetime; an anonymous visitor's whole page is kept the same way
//! (a signed-in citizen's depends on their family and holds their form token, so only its sessions are kept).

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use actix_web::HttpResponse;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_ENCODING, HeaderValue, VARY};
use bytes::Bytes;
use chrono::NaiveDate;
use cowin_core::{LocaleTag, TenantCode};
use cowin_store::citizens::availability::{Place, SessionListing};
use flate2::Compression;
use flate2::write::GzEncoder;
use moka::future::Cache;

use crate::ApiError;

/// Which answer of the availability family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// `findBy*`: the sessions of one day.
    Sessions,
    /// `calendarByPin` / `calendarByDistrict`: seven days, grouped by centre.
    Calendar,
    /// `calendarByCenter`: one centre's seven days.
    CentreCalendar,
}

/// Everything an answer depends on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AnswerKey {
    /// The tenant.
    pub tenant: TenantCode,
    /// The kind of answer.
    pub answer: Answer,
    /// Where.
    pub place: Place,
    /// From which day.
    pub date: NaiveDate,
    /// Only this vaccine, if asked.
    pub vaccine: Option<String>,
    /// The language of the `_l` fields.
    pub locale: LocaleTag,
}

/// The sessions a search reads, whatever language its answer is rendered in: every answer and portal page of the
/// same place, days and vaccine shares one read of the database per lifetime.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ListingKey {
    /// The tenant.
    pub tenant: TenantCode,
    /// Where.
    pub place: Place,
    /// From which day.
    pub date: NaiveDate,
    /// How many days.
    pub days: i32,
    /// Only this vaccine, if asked.
    pub vaccine: Option<String>,
}

/// An anonymous visitor's portal search page: everything its HTML depends on (a signed-in citizen's page holds
/// their family and form token, and is never kept).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PageKey {
    /// The tenant.
    pub tenant: TenantCode,
    /// The page's language.
    pub locale: LocaleTag,
    /// The path and query asked for (the country's base, the place and the day).
    pub path_and_query: String,
}

/// One rendered answer or page, plain and gzipped.
#[derive(Debug)]
pub struct Rendered {
    plain: Bytes,
    gzip: Bytes,
}

/// How hard answers are compressed. Each is compressed again every lifetime, hundreds of times a second at peak: at
/// level 2 a district's week (235 kB of JSON) compresses in about a quarter of the time level 6 takes, to 12% more
/// bytes (23.5 kB rather than 21 kB), and the search answered 41% more requests in `cowin-bench availability`.
const GZIP_LEVEL: u32 = 2;

impl Rendered {
    fn of(bytes: Vec<u8>) -> Result<Self, ApiError> {
        let mut encoder = GzEncoder::new(Vec::with_capacity(bytes.len() / 6), Compression::new(GZIP_LEVEL));
        encoder.write_all(&bytes).map_err(|error| ApiError::internal(&error))?;
        let gzip = encoder.finish().map_err(|error| ApiError::internal(&error))?;
        Ok(Self {
            plain: Bytes::from(bytes),
            gzip: Bytes::from(gzip),
        })
    }

    /// The bytes to send to a client whose `Accept-Encoding` is `accept_encoding`, and whether they are gzip.
    pub fn for_client(&self, accept_encoding: Option<&HeaderValue>) -> (Bytes, bool) {
        if accept_encoding.and_then(|value| value.to_str().ok()).is_some_and(accepts_gzip) {
            (self.gzip.clone(), true)
        } else {
            (self.plain.clone(), false)
        }
    }
}

/// The cache.
#[derive(Debug, Clone)]
pub struct AvailabilityCache {
    answers: Cache<AnswerKey, Arc<Rendered>>,
    pages: Cache<PageKey, Arc<Rendered>>,
    listings: Cache<ListingKey, Arc<Vec<SessionListing>>>,
    ttl: Duration,
}

impl AvailabilityCache {
    /// Keeps answers for `ttl`, holding at most `max_bytes` of them.
    pub fn new(ttl: Duration, max_bytes: u64) -> Self {
        let answers = Cache::builder()
            .time_to_live(ttl)
            .weigher(|_: &AnswerKey, rendered: &Arc<Rendered>| {
                u32::try_from(rendered.plain.len() + rendered.gzip.len()).unwrap_or(u32::MAX)
            })
            .max_capacity(max_bytes)
            .build();
        let pages = Cache::builder()
            .time_to_live(ttl)
            .weigher(|key: &PageKey, rendered: &Arc<Rendered>| {
                u32::try_from(key.path_and_query.len() + rendered.plain.len() + rendered.gzip.len()).unwrap_or(u32::MAX)
            })
            .max_capacity(max_bytes / 4)
            .build();
        // Sessions read for any place and date a visitor names: bounded by their size, like the answers, with the
        // same budget (a district's week of 350 sessions, each row carrying its centre's names in 12 languages, is
        // about 2 MB: 128 of them in the default 256 MB).
        let listings = Cache::builder()
            .time_to_live(ttl)
            .weigher(|_: &ListingKey, listings: &Arc<Vec<SessionListing>>| {
                u32::try_from(listings.iter().map(SessionListing::approximate_size).sum::<usize>()).unwrap_or(u32::MAX)
            })
            .max_capacity(max_bytes)
            .build();
        Self {
            answers,
            pages,
            listings,
            ttl,
        }
    }

    /// An anonymous visitor's search page for `key`, rendered by `render` when missing or expired (the sessions it
    /// shows are as fresh as the API's answers). Pages without a secret in them only: gzip of a page holding a
    /// token next to text the visitor chose would leak the token (BREACH).
    pub async fn page<F>(&self, key: PageKey, render: F) -> Result<Arc<Rendered>, ApiError>
    where
        F: Future<Output = Result<String, ApiError>>,
    {
        self.pages
            .try_get_with(key, async move {
                Ok::<_, ApiError>(Arc::new(Rendered::of(render.await?.into_bytes())?))
            })
            .await
            .map_err(|error| ApiError::new(error.code()))
    }

    /// The sessions of `key` (as `load` reads them), read at most once per lifetime for every language's answer and
    /// page. An answer rendered from them is kept for a lifetime too, so what it shows is at most two lifetimes old.
    pub async fn listings<F>(&self, key: ListingKey, load: F) -> Result<Arc<Vec<SessionListing>>, ApiError>
    where
        F: Future<Output = Result<Vec<SessionListing>, ApiError>>,
    {
        self.listings
            .try_get_with(key, async move { load.await.map(Arc::new) })
            .await
            .map_err(|error| ApiError::new(error.code()))
    }

    /// The answer for `key`, computed by `render` when missing or expired; gzip when the client accepts it.
    pub async fn respond<F, T>(&self, key: AnswerKey, accept_encoding: Option<&HeaderValue>, render: F) -> Result<HttpResponse, ApiError>
    where
        F: Future<Output = Result<T, ApiError>>,
        T: serde::Serialize,
    {
        let rendered = self
            .answers
            .try_get_with(key, async move {
                let value = render.await?;
                let json = serde_json::to_vec(&value).map_err(|error| ApiError::internal(&error))?;
                Ok::<_, ApiError>(Arc::new(Rendered::of(json)?))
            })
            .await
            .map_err(|error| ApiError::new(error.code()))?;
        let (body, gzip) = rendered.for_client(accept_encoding);
        let mut response = HttpResponse::Ok();
        response.content_type("application/json").insert_header((VARY, "Accept-Encoding"));
        response.insert_header((CACHE_CONTROL, format!("public, max-age={}", self.ttl.as_secs().max(1))));
        if gzip {
            response.insert_header((CONTENT_ENCODING, "gzip"));
        }
        Ok(response.body(body))
    }
}

/// Whether an `Accept-Encoding` value allows gzip (and does not refuse it with `q=0`).
fn accepts_gzip(header: &str) -> bool {
    header.split(',').any(|part| {
        let mut pieces = part.split(';');
        let coding = pieces.next().unwrap_or_default().trim();
        let refused = pieces.any(|param| matches!(param.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
        (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !refused
    })
}

#[cfg(test)]
mod tests {
    use super::accepts_gzip;

    #[test]
    fn reads_accept_encoding() {
        assert!(accepts_gzip("gzip, deflate, br"));
        assert!(accepts_gzip("br;q=1.0, GZIP;q=0.5"));
        assert!(accepts_gzip("*"));
        assert!(!accepts_gzip("gzip;q=0"));
        assert!(!accepts_gzip("br, identity"));
    }
}
