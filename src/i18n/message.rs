//! Renders a compiled message (the form `ftl.rs` makes) with its arguments.
//! A select on a number picks the variant of that exact number, else the one
//! of its CLDR plural category in the catalog's language; on a word, the
//! variant of that name; else its default. A variable without a value shows
//! as `{name}`, which the pages' script fills in where it knows the value.

use super::ftl::{BODY, CHOICE, CHOICE_END, END, VAR, VARIANT};

/// The plural category (`"one"`, `"few"`, …) of a whole number.
pub type Categorize<'a> = &'a dyn Fn(u64) -> &'static str;

pub fn render(message: &str, args: &[(&str, String)], categorize: Categorize) -> String {
    let mut out = String::with_capacity(message.len() + 32);
    pattern(message, args, categorize, Some(&mut out));
    out
}

fn value<'v>(args: &'v [(&str, String)], name: &str) -> Option<&'v str> {
    args.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.as_str())
}

/// Renders the pattern `s` begins with into `out` (or only walks it when
/// `out` is `None`) and returns what follows it: the next variant or the end
/// of the select it is in, or nothing.
fn pattern<'m>(
    mut s: &'m str,
    args: &[(&str, String)],
    categorize: Categorize,
    mut out: Option<&mut String>,
) -> &'m str {
    loop {
        let next = s
            .find([VAR, CHOICE, VARIANT, CHOICE_END])
            .unwrap_or(s.len());
        if let Some(out) = out.as_deref_mut() {
            out.push_str(&s[..next]);
        }
        s = &s[next..];
        let Some(marker) = s.chars().next() else {
            return s;
        };
        let after = &s[marker.len_utf8()..];
        match marker {
            VAR => {
                let (name, rest) = after.split_once(END).unwrap_or((after, ""));
                if let Some(out) = out.as_deref_mut() {
                    match value(args, name) {
                        Some(v) => out.push_str(v),
                        None => {
                            out.push('{');
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                }
                s = rest;
            }
            CHOICE => s = select(after, args, categorize, out.as_deref_mut()),
            _ => return s,
        }
    }
}

/// Renders the chosen variant of the select `s` begins with (after its
/// marker) and returns what follows the select.
fn select<'m>(
    s: &'m str,
    args: &[(&str, String)],
    categorize: Categorize,
    out: Option<&mut String>,
) -> &'m str {
    let (name, mut rest) = s.split_at(s.find(VARIANT).unwrap_or(s.len()));
    let mut variants: Vec<(&str, &str)> = Vec::new();
    while let Some(variant) = rest.strip_prefix(VARIANT) {
        let (key, body) = variant.split_once(BODY).unwrap_or((variant, ""));
        rest = pattern(body, args, categorize, None);
        variants.push((key, body));
    }
    let rest = rest.strip_prefix(CHOICE_END).unwrap_or(rest);
    if let Some(out) = out
        && let Some(body) = choose(&variants, value(args, name), categorize)
    {
        pattern(body, args, categorize, Some(out));
    }
    rest
}

fn choose<'m>(
    variants: &[(&'m str, &'m str)],
    value: Option<&str>,
    categorize: Categorize,
) -> Option<&'m str> {
    let key_of = |key: &'m str| key.strip_prefix('*').unwrap_or(key);
    let find = |wanted: &str| {
        variants
            .iter()
            .find(|(key, _)| key_of(key) == wanted)
            .map(|(_, body)| *body)
    };
    let by_value = value.and_then(|v| {
        let v = v.trim();
        find(v).or_else(|| v.parse::<u64>().ok().and_then(|n| find(categorize(n))))
    });
    by_value.or_else(|| {
        variants
            .iter()
            .find(|(key, _)| key.starts_with('*'))
            .map(|(_, body)| *body)
    })
}

#[cfg(test)]
mod tests {
    use super::super::ftl::compile;
    use super::*;

    fn english(n: u64) -> &'static str {
        if n == 1 { "one" } else { "other" }
    }

    fn polish(n: u64) -> &'static str {
        match (n % 10, n % 100) {
            _ if n == 1 => "one",
            (2..=4, r) if !(12..=14).contains(&r) => "few",
            _ => "many",
        }
    }

    fn one(source: &str) -> String {
        compile("test", source).unwrap().remove(0).1
    }

    #[test]
    fn variables_and_literals() {
        let m = one("m = { \"{\" }{ $a } and { $b }, { $a }\n");
        let args = [("a", "1".to_string()), ("b", "{b}".to_string())];
        assert_eq!(render(&m, &args, &english), "{1 and {b}, 1");
        assert_eq!(render(&m, &[], &english), "{{a} and {b}, {a}");
    }

    #[test]
    fn plurals_by_category_and_exact_number() {
        let m = one(
            "m = { $n ->\n    [0] no minutes\n    [one] { $n } minuta\n    [few] { $n } minuty\n   *[many] { $n } minut\n}\n",
        );
        let at = |n: &str| render(&m, &[("n", n.to_string())], &polish);
        assert_eq!(at("0"), "no minutes");
        assert_eq!(at("1"), "1 minuta");
        assert_eq!(at("2"), "2 minuty");
        assert_eq!(at("5"), "5 minut");
        assert_eq!(at("12"), "12 minut");
        assert_eq!(at("22"), "22 minuty");
        assert_eq!(at("x"), "x minut", "not a number: the default");
        assert_eq!(render(&m, &[], &polish), "{n} minut");
    }

    #[test]
    fn nested_selects_and_words() {
        let m = one(
            "m = Am { $position ->\n    [1] { $weekday ->\n        [3] ersten Mittwoch\n       *[other] ersten Tag\n    }\n   *[last] letzten { $weekday }\n} vorbei\n",
        );
        let at = |p: &str, w: &str| {
            render(
                &m,
                &[("position", p.to_string()), ("weekday", w.to_string())],
                &english,
            )
        };
        assert_eq!(at("1", "3"), "Am ersten Mittwoch vorbei");
        assert_eq!(at("1", "4"), "Am ersten Tag vorbei");
        assert_eq!(at("last", "4"), "Am letzten 4 vorbei");
    }

    #[test]
    fn what_planado_does_not_use_is_refused() {
        for (source, says) in [
            ("-brand = Planado\n", "terms"),
            ("m = { -brand }\n", "terms"),
            ("m = { other }\n", "references"),
            ("m = { NUMBER($n) }\n", "functions"),
            ("m = x\n    .title = y\n", "attributes"),
            ("m = x\nm = y\n", "twice"),
            ("m = { $n ->\n   *[1.5] x\n}\n", "whole number"),
            ("m = { \"\\u0001\" }\n", "control character"),
            ("m = {\n", "not Fluent"),
        ] {
            let error = compile("f.ftl", source).unwrap_err();
            assert!(error.contains(says), "{source:?}: {error}");
        }
    }

    #[test]
    fn multiline_text_keeps_its_lines() {
        let m = one("m =\n    first { $a }\n    second\n\n    fourth\n");
        assert_eq!(
            render(&m, &[("a", "A".into())], &english),
            "first A\nsecond\n\nfourth"
        );
    }
}
