//! Typed context for handlers: a handler without a `Tenant` cannot reach tenant data.

use std::future::{Ready, ready};
use std::ops::Deref;
use std::sync::Arc;

use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload};
use cowin_core::{ErrorCode, LocaleTag};
use cowin_store::tenants::TenantRecord;

use crate::ApiError;
use crate::request_locale::negotiate;

/// The tenant the request was routed to, placed in the request by the tenant-resolution middleware.
#[derive(Debug, Clone)]
pub struct Tenant(pub Arc<TenantRecord>);

impl Deref for Tenant {
    type Target = TenantRecord;
    fn deref(&self) -> &TenantRecord {
        &self.0
    }
}

impl FromRequest for Tenant {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(
            req.extensions()
                .get::<Tenant>()
                .cloned()
                .ok_or_else(|| ApiError::new(ErrorCode::TenantNotFound)),
        )
    }
}

/// The caller's language among the tenant's enabled languages, with the tenant's default as fallback.
#[derive(Debug, Clone)]
pub struct RequestLocale {
    /// The negotiated locale.
    pub locale: LocaleTag,
    /// The tenant's default locale.
    pub default: LocaleTag,
}

impl RequestLocale {
    /// The language the person chose on the portal (its language cookie) if `tenant` enables it, else negotiated
    /// from the request's `Accept-Language`.
    pub fn for_request(req: &HttpRequest, tenant: &TenantRecord) -> Self {
        let chosen = req
            .cookie(crate::session_cookies::LANGUAGE_COOKIE)
            .and_then(|cookie| LocaleTag::parse(cookie.value()).ok())
            .filter(|tag| tenant.locales.contains(tag));
        let header = req.headers().get(ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok());
        Self {
            locale: chosen.unwrap_or_else(|| negotiate(header, &tenant.locales, &tenant.default_locale)),
            default: tenant.default_locale.clone(),
        }
    }

    /// A stored localised text as CoWIN's pair: (English or the tenant's default, the caller's language).
    pub fn names(&self, stored: &serde_json::Value) -> (String, String) {
        // Read from the stored value in place, not from a copy of it.
        let text = <cowin_core::LocalisedText as serde::Deserialize>::deserialize(stored).unwrap_or_default();
        self.pair(&text)
    }

    /// A localised text as CoWIN's pair: (English or the tenant's default, the caller's language).
    pub fn pair(&self, text: &cowin_core::LocalisedText) -> (String, String) {
        (
            text.get(&LocaleTag::english(), &self.default).to_owned(),
            text.get(&self.locale, &self.default).to_owned(),
        )
    }

    /// A stored localised text in English (or the tenant's default), as CoWIN's unsuffixed fields.
    pub fn english(&self, stored: &serde_json::Value) -> String {
        self.names(stored).0
    }
}

impl FromRequest for RequestLocale {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let tenant = req.extensions().get::<Tenant>().cloned();
        ready(
            tenant
                .map(|tenant| Self::for_request(req, &tenant))
                .ok_or_else(|| ApiError::new(ErrorCode::TenantNotFound)),
        )
    }
}
