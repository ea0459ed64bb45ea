//! The API documentation page's pieces: escaping, and the attribution footer, set by the platform with its own
//! style, outside anything a tenant's branding or message overrides reach (MoU: attribution kept). The portal's
//! pages carry the same attribution through their own layout.

use crate::AppState;
use crate::extractors::RequestLocale;

/// HTML-escapes text.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The platform's own translation of the attribution (never a tenant's), where it says more than the fixed
/// English text every page carries.
pub(crate) fn attribution_translation(state: &AppState, locale: &RequestLocale) -> Option<String> {
    let translated = state.localizer.format(&[&locale.locale], "platform-attribution", None);
    (translated.trim_end_matches('.') != cowin_core::ATTRIBUTION.trim_end_matches('.')).then_some(translated)
}

/// The attribution footer: the fixed English text and, below it, its translation where the page's language is not
/// English.
pub(crate) fn attribution_footer(state: &AppState, locale: &RequestLocale) -> String {
    let translation = attribution_translation(state, locale).map_or_else(String::new, |translated| {
        format!(
            r#"<br><span lang="{}">{}</span>"#,
            escape(locale.locale.as_str()),
            escape(&translated)
        )
    });
    format!(
        r#"<footer id="platform-attribution" style="all:initial;display:block;margin-top:2em;padding:0.8em;border-top:1px solid #999;background:#f3f4f6;color:#1f2937;font:14px sans-serif;text-align:center">{}{translation}</footer>"#,
        escape(cowin_core::ATTRIBUTION),
    )
}
