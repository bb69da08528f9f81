//! Which language a visitor gets: the one a link names (`?lang=`), else the
//! best of `Accept-Language` (RFC 9110, q-values), matched the way CLDR's
//! language matching does for the languages Planado speaks: the exact tag,
//! then the tag with its last subtags dropped (`zh-Hans-CN` → `zh-Hans`), then
//! the same language in the same script (`zh-CN` → `zh-Hans`), then the same
//! language when neither names another script (`pt-PT` → `pt-BR`, `de-AT` →
//! `de`; but `zh-TW`, written in Traditional characters, does not get
//! `zh-Hans`).

/// A language tag in its usual case (`pt-BR`, `zh-Hans`, `de`); `None` when
/// it is not one (2 to 8 letters, then subtags of letters and digits).
pub fn canonical(tag: &str) -> Option<String> {
    let mut parts = tag.split(['-', '_']);
    let language = parts.next()?;
    if !(2..=8).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut out = language.to_ascii_lowercase();
    for part in parts {
        let fits = (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric());
        if !fits {
            return None;
        }
        out.push('-');
        match part.len() {
            4 if part.bytes().all(|b| b.is_ascii_alphabetic()) => {
                out.push_str(&part[..1].to_ascii_uppercase());
                out.push_str(&part[1..].to_ascii_lowercase());
            }
            2 => out.push_str(&part.to_ascii_uppercase()),
            _ => out.push_str(&part.to_ascii_lowercase()),
        }
    }
    Some(out)
}

/// The language and script of a tag (lowercase), the script implied where it
/// is not written: only Chinese is written in two scripts among the languages
/// one is likely to add.
fn language_and_script(tag: &str) -> (String, Option<String>) {
    let lower = tag.to_ascii_lowercase();
    let mut parts = lower.split('-');
    let language = parts.next().unwrap_or("").to_string();
    let rest: Vec<&str> = parts.collect();
    let script = rest
        .iter()
        .find(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(|s| s.to_string())
        .or_else(|| {
            (language == "zh").then(|| {
                let traditional = rest.iter().any(|r| matches!(*r, "tw" | "hk" | "mo"));
                if traditional { "hant" } else { "hans" }.to_string()
            })
        });
    (language, script)
}

/// The language of `available` that the range `tag` finds best, if any.
pub fn best_match<'a>(tag: &str, available: &[&'a str]) -> Option<&'a str> {
    let tag = tag.to_ascii_lowercase().replace('_', "-");
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let mut prefix = tag.as_str();
    loop {
        if let Some(code) = available.iter().find(|c| same(c, prefix)) {
            return Some(code);
        }
        match prefix.rfind('-') {
            Some(at) => prefix = &prefix[..at],
            None => break,
        }
    }
    let (language, script) = language_and_script(&tag);
    let of = |code: &&str| language_and_script(code);
    available
        .iter()
        .find(|c| of(c) == (language.clone(), script.clone()))
        .or_else(|| {
            available.iter().find(|c| {
                let (l, s) = of(c);
                l == language && (s.is_none() || script.is_none() || s == script)
            })
        })
        .copied()
}

/// The language the visitor ranks highest among `available` (`*`: the
/// first of them); `q=0` excludes a range.
pub fn from_accept_language<'a>(header: &str, available: &[&'a str]) -> Option<&'a str> {
    best_range(header, available).map(|(code, _)| code)
}

/// The same, with the visitor's range that found it (`de-AT` for `de`;
/// `None` for `*`), whose regional form dates then take.
pub fn best_range<'a, 'h>(
    header: &'h str,
    available: &[&'a str],
) -> Option<(&'a str, Option<&'h str>)> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut bits = part.split(';');
            let tag = bits.next()?.trim();
            let q = bits
                .filter_map(|b| b.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0 && q <= 1.0).then_some((q, i, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.iter().find_map(|(_, _, tag)| match *tag {
        "*" => available.first().map(|code| (*code, None)),
        tag => best_match(tag, available).map(|code| (code, Some(tag))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const OURS: &[&str] = &[
        "en", "ar", "cs", "de", "es", "fr", "it", "ja", "nl", "pl", "pt-BR", "ru", "sv", "tr",
        "uk", "zh-Hans",
    ];

    fn pick(header: &str) -> Option<&'static str> {
        from_accept_language(header, OURS)
    }

    #[test]
    fn q_values_order_the_ranges() {
        assert_eq!(pick("de-DE,de;q=0.9,en;q=0.8"), Some("de"));
        assert_eq!(pick("en-GB, de;q=0.5"), Some("en"));
        assert_eq!(pick("ko, de;q=0.3, en;q=0.2"), Some("de"));
        assert_eq!(pick("de;q=0, en;q=0.1"), Some("en"));
        assert_eq!(pick("ko"), None);
        assert_eq!(pick("*"), Some("en"));
        assert_eq!(pick(""), None);
        assert_eq!(pick(";;;,,=q"), None);
    }

    #[test]
    fn regions_and_scripts_fall_back() {
        assert_eq!(pick("de-AT"), Some("de"));
        assert_eq!(pick("pt-PT"), Some("pt-BR"));
        assert_eq!(pick("pt"), Some("pt-BR"));
        assert_eq!(pick("PT-br"), Some("pt-BR"));
        assert_eq!(pick("zh-Hans-CN"), Some("zh-Hans"));
        assert_eq!(pick("zh-CN"), Some("zh-Hans"));
        assert_eq!(pick("zh"), Some("zh-Hans"));
        assert_eq!(pick("zh-SG"), Some("zh-Hans"));
        assert_eq!(pick("zh-TW, en;q=0.5"), Some("en"));
        assert_eq!(pick("zh-Hant"), None);
        assert_eq!(pick("ar-EG"), Some("ar"));
        assert_eq!(pick("sv_FI"), Some("sv"));
    }

    #[test]
    fn tags_in_their_usual_case() {
        assert_eq!(canonical("pt-br").as_deref(), Some("pt-BR"));
        assert_eq!(canonical("ZH-HANS").as_deref(), Some("zh-Hans"));
        assert_eq!(canonical("sr-latn-rs").as_deref(), Some("sr-Latn-RS"));
        assert_eq!(canonical("de").as_deref(), Some("de"));
        assert_eq!(canonical("es-419").as_deref(), Some("es-419"));
        for bad in ["", "d", "de-", "../x", "de de", "x1", "abcdefghi"] {
            assert_eq!(canonical(bad), None, "{bad:?}");
        }
    }
}
