//! Choosing the caller's language from `Accept-Language` among the languages a tenant enables.

use cowin_core::LocaleTag;

/// The best enabled locale for an `Accept-Language` header: by quality, exact tag first, then the same
/// language (`hi-IN` finds `hi`, `pt` finds `pt-BR`); `default` when nothing matches. CoWIN's clients send
/// `hi_IN` as well as `hi-IN`; both are read.
pub fn negotiate(accept_language: Option<&str>, enabled: &[LocaleTag], default: &LocaleTag) -> LocaleTag {
    let mut requested: Vec<(LocaleTag, f32)> = accept_language
        .unwrap_or_default()
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = LocaleTag::parse(parts.next()?.trim()).ok()?;
            let quality = parts
                .find_map(|param| param.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (quality > 0.0).then_some((tag, quality))
        })
        .collect();
    // A stable sort keeps the header's order among equal qualities.
    requested.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (tag, _) in &requested {
        if let Some(found) = enabled.iter().find(|candidate| *candidate == tag) {
            return found.clone();
        }
        if let Some(found) = enabled.iter().find(|candidate| candidate.language() == tag.language()) {
            return found.clone();
        }
    }
    default.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<LocaleTag> {
        list.iter().map(|t| LocaleTag::parse(t).unwrap()).collect()
    }

    #[test]
    fn picks_by_quality_and_language() {
        let enabled = tags(&["en", "hi", "bn"]);
        let en = LocaleTag::english();
        assert_eq!(negotiate(Some("hi_IN"), &enabled, &en).as_str(), "hi");
        assert_eq!(negotiate(Some("hi-IN,en;q=0.5"), &enabled, &en).as_str(), "hi");
        assert_eq!(negotiate(Some("fr, bn;q=0.8, hi;q=0.9"), &enabled, &en).as_str(), "hi");
        assert_eq!(negotiate(Some("fr"), &enabled, &en).as_str(), "en");
        assert_eq!(negotiate(Some("hi;q=0"), &enabled, &en).as_str(), "en");
        assert_eq!(negotiate(None, &enabled, &tags(&["bn"])[0]).as_str(), "bn");
        assert_eq!(negotiate(Some("pt"), &tags(&["pt-BR", "es"]), &en).as_str(), "pt-BR");
        assert_eq!(negotiate(Some("garbage;;;,,"), &enabled, &en).as_str(), "en");
    }
}
