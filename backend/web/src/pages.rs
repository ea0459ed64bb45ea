//! The platform's HTML pages: one layout whose footer carries the platform attribution, set by the platform
//! with its own style, outside anything a tenant's branding or message overrides reach (MoU: attribution kept).

use actix_web::HttpResponse;

use crate::AppState;
use crate::extractors::{RequestLocale, Tenant};

/// HTML-escapes text.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The attribution footer: the fixed English text and, below it, the platform's own translation (never a tenant's)
/// where the page's language is not English.
pub(crate) fn attribution_footer(state: &AppState, locale: &RequestLocale) -> String {
    let translated = state.localizer.format(&[&locale.locale], "platform-attribution", None);
    let same = |a: &str, b: &str| a.trim_end_matches('.') == b.trim_end_matches('.');
    let translation = if same(&translated, cowin_core::ATTRIBUTION) {
        String::new()
    } else {
        format!(
            r#"<br><span lang="{}">{}</span>"#,
            escape(locale.locale.as_str()),
            escape(&translated)
        )
    };
    format!(
        r#"<footer id="platform-attribution" style="all:initial;display:block;margin-top:2em;padding:0.8em;border-top:1px solid #999;background:#f3f4f6;color:#1f2937;font:14px sans-serif;text-align:center">{}{translation}</footer>"#,
        escape(cowin_core::ATTRIBUTION),
    )
}

/// A page of `tenant` with `body` (already HTML) in the caller's language and direction.
pub(crate) fn page(state: &AppState, tenant: &Tenant, locale: &RequestLocale, body: &str) -> HttpResponse {
    let direction = if locale.locale.is_right_to_left() { "rtl" } else { "ltr" };
    let colour = escape(&tenant.config.branding.primary_colour);
    let html = format!(
        r#"<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{name}</title><style>body{{font-family:sans-serif;max-width:48em;margin:auto;padding:1em}}h1{{color:{colour}}}
.genuine{{color:#166534}}.revoked,.tampered,.unknown_issuer,.error{{color:#991b1b}}</style></head>
<body><main>{body}</main>{footer}</body></html>"#,
        lang = escape(locale.locale.as_str()),
        name = escape(&tenant.name),
        footer = attribution_footer(state, locale),
    );
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(html)
}
