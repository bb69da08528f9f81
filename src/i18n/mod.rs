//! Interface languages: English and German built in, chosen by `Accept-Language`.
//! An operator overrides strings or adds a language without recompiling by
//! putting `xx.toml` files into the folder named by `i18n_dir` (see README.md here).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Datelike, TimeZone};

/// A language file that cannot be read or used: the operator must fix it.
#[derive(Debug)]
pub struct CatalogError(pub String);

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CatalogError {}

mod built_in {
    include!(concat!(env!("OUT_DIR"), "/built_in_languages.rs"));
}

const FALLBACK: &str = "en";

type Strings = BTreeMap<String, String>;

/// Every language Planado can speak: the built-in ones as static tables made
/// at build time (build.rs), the operator's files parsed at start when
/// `i18n_dir` names a folder. Cloning is cheap.
#[derive(Debug, Clone, Default)]
pub struct Languages {
    operator: Arc<BTreeMap<String, Strings>>,
}

/// The strings of one language, with English behind every missing key: a
/// lookup in at most four tables (the operator's and the built-in one for the
/// language, then for English), nothing copied.
#[derive(Debug, Clone)]
pub struct Catalog {
    lang: String,
    operator: Arc<BTreeMap<String, Strings>>,
}

impl Languages {
    /// The built-in languages, overlaid by `{i18n_dir}/*.toml` when a folder is named.
    pub fn load(i18n_dir: &str) -> Result<Languages, CatalogError> {
        let mut operator = BTreeMap::new();
        if !i18n_dir.is_empty() {
            overlay_operator_files(&mut operator, Path::new(i18n_dir))?;
        }
        Ok(Languages {
            operator: Arc::new(operator),
        })
    }

    /// The language codes, sorted.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        let mut codes: Vec<&str> = built_in::BUILT_IN.iter().map(|(code, _)| *code).collect();
        codes.extend(self.operator.keys().map(String::as_str));
        codes.sort_unstable();
        codes.dedup();
        codes.into_iter()
    }

    /// The catalog for the best language in an `Accept-Language` header.
    pub fn negotiate(&self, accept_language: &str) -> Catalog {
        let code = choose_language(accept_language, self.codes()).unwrap_or(FALLBACK.to_string());
        self.catalog(&code)
    }

    /// The language an `Accept-Language` header chooses, if it names one
    /// Planado speaks (`None`: the visitor said nothing that helps).
    pub fn chosen(&self, accept_language: &str) -> Option<String> {
        choose_language(accept_language, self.codes())
    }

    pub fn catalog(&self, code: &str) -> Catalog {
        Catalog {
            lang: code.to_string(),
            operator: Arc::clone(&self.operator),
        }
    }
}

/// The built-in string for `key` in language `code`.
fn built_in_string(code: &str, key: &str) -> Option<&'static str> {
    let (_, table) = built_in::BUILT_IN.iter().find(|(c, _)| *c == code)?;
    let at = table.binary_search_by(|(k, _)| (*k).cmp(key)).ok()?;
    Some(table[at].1)
}

fn parse_strings(origin: &str, text: &str) -> Result<Strings, CatalogError> {
    let table: toml::Table =
        toml::from_str(text).map_err(|e| CatalogError(format!("language file {origin}: {e}")))?;
    table
        .into_iter()
        .map(|(k, v)| match v {
            toml::Value::String(s) => Ok((k, s)),
            _ => Err(CatalogError(format!(
                "language file {origin}: {k} must be a string"
            ))),
        })
        .collect()
}

fn overlay_operator_files(
    by_code: &mut BTreeMap<String, Strings>,
    dir: &Path,
) -> Result<(), CatalogError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| CatalogError(format!("i18n_dir {}: {e}", dir.display())))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(code) = path
            .file_stem()
            .and_then(|s| s.to_str())
            .map(str::to_ascii_lowercase)
        else {
            continue;
        };
        let is_language = path.extension().is_some_and(|e| e == "toml")
            && (2..=8).contains(&code.len())
            && code.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
        if !is_language {
            continue;
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| CatalogError(format!("{}: {e}", path.display())))?;
        let strings = parse_strings(&path.display().to_string(), &text)?;
        by_code.entry(code).or_default().extend(strings);
    }
    Ok(())
}

/// Picks from `available` the language the client ranks highest: exact tags
/// first, then the primary subtag (`de-AT` finds `de`); `q=0` excludes.
pub fn choose_language<'a>(
    header: &str,
    available: impl Iterator<Item = &'a str>,
) -> Option<String> {
    let available: Vec<&str> = available.collect();
    let mut ranges: Vec<(f32, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut bits = part.split(';');
            let tag = bits.next()?.trim().to_ascii_lowercase();
            let q = bits
                .filter_map(|b| b.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0 && q <= 1.0).then_some((q, i, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.iter().find_map(|(_, _, tag)| {
        if tag == "*" {
            return Some(FALLBACK.to_string());
        }
        let primary = tag.split('-').next().unwrap_or("");
        available
            .iter()
            .find(|code| **code == tag.as_str())
            .or_else(|| available.iter().find(|code| **code == primary))
            .map(|code| (*code).to_string())
    })
}

impl Catalog {
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The text for `key`; the key itself when no language has it, so a missing
    /// string shows up instead of breaking the page.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        [self.lang.as_str(), FALLBACK]
            .into_iter()
            .find_map(|code| {
                let own = self.operator.get(code).and_then(|s| s.get(key));
                own.map(String::as_str)
                    .or_else(|| built_in_string(code, key))
            })
            .unwrap_or(key)
    }

    /// The text for `key` with `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, args: &[(&str, String)]) -> String {
        fill_placeholders(self.get(key), args)
    }

    /// A date and time in the language's words, e.g. "Monday, 2 March 2026, 10:00".
    pub fn datetime<Tz: TimeZone>(&self, t: &DateTime<Tz>) -> String
    where
        Tz::Offset: std::fmt::Display,
    {
        self.fill(
            "datetime_format",
            &[
                (
                    "weekday",
                    self.get(&format!("weekday_{}", t.weekday().number_from_monday()))
                        .to_string(),
                ),
                ("day", t.day().to_string()),
                (
                    "month",
                    self.get(&format!("month_{}", t.month())).to_string(),
                ),
                ("year", t.year().to_string()),
                ("time", t.format("%H:%M").to_string()),
            ],
        )
    }
}

/// Replaces each `{name}` of `template` with its value, in one pass over the
/// template: a value that itself contains `{other}` (a conference name, say)
/// stays as it is. Unknown placeholders stay too.
pub fn fill_placeholders(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(header: &str) -> Option<String> {
        choose_language(header, ["de", "en"].into_iter())
    }

    #[test]
    fn accept_language_with_q_values() {
        assert_eq!(pick("de-DE,de;q=0.9,en;q=0.8").as_deref(), Some("de"));
        assert_eq!(pick("en-GB, de;q=0.5").as_deref(), Some("en"));
        assert_eq!(pick("fr, de;q=0.3, en;q=0.2").as_deref(), Some("de"));
        assert_eq!(pick("de;q=0, en;q=0.1").as_deref(), Some("en"));
        assert_eq!(pick("fr").as_deref(), None);
        assert_eq!(pick("*").as_deref(), Some("en"));
        assert_eq!(pick("").as_deref(), None);
        assert_eq!(pick(";;;,,=q").as_deref(), None);
    }

    #[test]
    fn every_language_has_every_english_key() {
        let langs = Languages::load("").unwrap();
        let (_, en) = built_in::BUILT_IN[0];
        for (code, table) in built_in::BUILT_IN {
            let missing: Vec<&str> = en
                .iter()
                .map(|(k, _)| *k)
                .filter(|k| built_in_string(code, k).is_none())
                .collect();
            assert!(missing.is_empty(), "{code} lacks {missing:?}");
            assert!(table.is_sorted_by(|a, b| a.0 < b.0), "{code} is sorted");
        }
        let de = langs.negotiate("de-AT");
        assert_eq!(de.get("button_book"), "Buchen");
        assert_eq!(
            de.fill("error_name_too_long", &[("max", "200".into())]),
            "Der Name darf höchstens 200 Zeichen haben."
        );
    }

    #[test]
    fn operator_files_override_and_add() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("fr.toml"), "button_book = \"Réserver\"\n").unwrap();
        std::fs::write(dir.path().join("en.toml"), "app_name = \"Meet-o-matic\"\n").unwrap();
        let langs = Languages::load(dir.path().to_str().unwrap()).unwrap();
        let fr = langs.negotiate("fr-CH, en;q=0.5");
        assert_eq!(fr.lang(), "fr");
        assert_eq!(fr.get("button_book"), "Réserver");
        assert_eq!(fr.get("field_date"), "Date", "falls back to English");
        assert_eq!(langs.negotiate("en").get("app_name"), "Meet-o-matic");
    }

    #[test]
    fn placeholders_are_filled_in_one_pass() {
        let args = [
            ("name", "Call {invite} {ics} {start} {".to_string()),
            ("invite", "https://i".to_string()),
            ("start", "10:00".to_string()),
        ];
        assert_eq!(
            fill_placeholders("{name} at {start}: {invite} {unknown} {", &args),
            "Call {invite} {ics} {start} { at 10:00: https://i {unknown} {"
        );
        assert_eq!(fill_placeholders("", &args), "");
        assert_eq!(
            fill_placeholders("{}{{name}}", &args),
            "{}{Call {invite} {ics} {start} {}"
        );
    }

    #[test]
    fn dates_in_words() {
        let langs = Languages::load("").unwrap();
        let tz: chrono_tz::Tz = "Europe/Berlin".parse().unwrap();
        let t = tz.with_ymd_and_hms(2026, 3, 2, 10, 0, 0).unwrap();
        assert_eq!(
            langs.catalog("en").datetime(&t),
            "Monday, 2 March 2026, 10:00"
        );
        assert_eq!(
            langs.catalog("de").datetime(&t),
            "Montag, 2. März 2026, 10:00 Uhr"
        );
    }
}
