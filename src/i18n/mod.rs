//! Interface languages: sixteen built in, chosen by a link's `?lang=` or by
//! `Accept-Language`. The catalogs are Fluent files (`*.ftl`), compiled at
//! build time; plurals follow CLDR's rules, dates and times CLDR's formats
//! (ICU4X). An operator overrides messages or adds a language without
//! recompiling by putting `CODE.ftl` files into the folder named by
//! `i18n_dir` (see README.md here).

mod choose;
mod convert;
pub mod ftl;
mod message;

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Datelike, TimeZone, Timelike};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{T, YMDE};
use icu_datetime::input::{DateTime as IcuDateTime, Time};
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_locale::{Locale, LocaleDirectionality};
use icu_plurals::{PluralCategory, PluralRules};

pub use choose::{canonical, from_accept_language};
pub use convert::toml_to_ftl;

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

/// The language behind every message another language lacks.
const FALLBACK: &str = "en";

/// One language's messages (compiled, ftl.rs) by id.
type Messages = BTreeMap<String, String>;

/// Every language Planado can speak: the built-in ones as static tables made
/// at build time (build.rs), the operator's files compiled at start when
/// `i18n_dir` names a folder. Cloning is cheap.
#[derive(Debug, Clone, Default)]
pub struct Languages {
    operator: Arc<BTreeMap<String, Messages>>,
}

/// The messages of one language, with English behind every missing one: a
/// lookup in at most four tables (the operator's and the built-in one for the
/// language, then for English), nothing copied.
#[derive(Debug, Clone)]
pub struct Catalog {
    lang: String,
    /// The visitor's own tag that chose the language (`de-AT`, `en-US`), for
    /// dates and times in the visitor's regional form.
    region_tag: Option<String>,
    explicit: bool,
    operator: Arc<BTreeMap<String, Messages>>,
}

impl Languages {
    /// The built-in languages, overlaid by `{i18n_dir}/*.ftl` when a folder is named.
    pub fn load(i18n_dir: &str) -> Result<Languages, CatalogError> {
        let mut operator = BTreeMap::new();
        if !i18n_dir.is_empty() {
            overlay_operator_files(&mut operator, Path::new(i18n_dir))?;
        }
        Ok(Languages {
            operator: Arc::new(operator),
        })
    }

    /// The language codes: English first (what `*` and no match get), then
    /// the others sorted.
    pub fn codes(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = built_in::BUILT_IN.iter().map(|(code, _)| *code).collect();
        codes.extend(self.operator.keys().map(String::as_str));
        codes.sort_unstable_by_key(|code| (*code != FALLBACK, *code));
        codes.dedup();
        codes
    }

    /// The catalog a request asks for: the language its link names
    /// (`?lang=`, an explicit choice that links keep), else the best one of
    /// its `Accept-Language`, else English.
    pub fn pick(&self, lang_param: Option<&str>, accept_language: &str) -> Catalog {
        let codes = self.codes();
        if let Some(code) = lang_param.and_then(|tag| choose::best_match(tag, &codes)) {
            return self.catalog_for(code, lang_param, true);
        }
        match choose::best_range(accept_language, &codes) {
            Some((code, range)) => self.catalog_for(code, range, false),
            None => self.catalog_for(FALLBACK, None, false),
        }
    }

    /// The language an `Accept-Language` header chooses, if it names one
    /// Planado speaks (`None`: the visitor said nothing that helps).
    pub fn chosen(&self, accept_language: &str) -> Option<String> {
        from_accept_language(accept_language, &self.codes()).map(str::to_string)
    }

    pub fn catalog(&self, code: &str) -> Catalog {
        self.catalog_for(code, None, false)
    }

    /// A language's name for itself (`lang_name`), as the menu shows it.
    pub fn name<'a>(&'a self, code: &'a str) -> &'a str {
        let own = self.operator.get(code).and_then(|m| m.get("lang_name"));
        own.map(String::as_str)
            .or_else(|| built_in_message(code, "lang_name"))
            .unwrap_or(code)
    }

    fn catalog_for(&self, code: &str, region_tag: Option<&str>, explicit: bool) -> Catalog {
        Catalog {
            lang: code.to_string(),
            region_tag: region_tag.and_then(canonical),
            explicit,
            operator: Arc::clone(&self.operator),
        }
    }
}

/// The built-in message `key` in language `code`.
fn built_in_message(code: &str, key: &str) -> Option<&'static str> {
    let (_, table) = built_in::BUILT_IN.iter().find(|(c, _)| *c == code)?;
    let at = table.binary_search_by(|(k, _)| (*k).cmp(key)).ok()?;
    Some(table[at].1)
}

fn overlay_operator_files(
    by_code: &mut BTreeMap<String, Messages>,
    dir: &Path,
) -> Result<(), CatalogError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| CatalogError(format!("i18n_dir {}: {e}", dir.display())))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let Some(code) = canonical(stem) else {
            continue;
        };
        match path.extension().and_then(|e| e.to_str()) {
            Some("ftl") => {}
            Some("toml") => {
                return Err(CatalogError(format!(
                    "{}: language files are Fluent files now (CODE.ftl); convert this one with \
                     `planado convert-catalog {} > {}/{code}.ftl`, check it, and remove the .toml file",
                    path.display(),
                    path.display(),
                    dir.display()
                )));
            }
            _ => continue,
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| CatalogError(format!("{}: {e}", path.display())))?;
        let messages = ftl::compile(&path.display().to_string(), &text).map_err(CatalogError)?;
        by_code.entry(code).or_default().extend(messages);
    }
    Ok(())
}

impl Catalog {
    /// The language's tag, as `<html lang>` and `?lang=` have it.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether a link chose the language (`?lang=`): the page's own links
    /// then keep it.
    pub fn explicit(&self) -> bool {
        self.explicit
    }

    /// `rtl` for a language written right to left (Arabic), else `ltr`.
    pub fn dir(&self) -> &'static str {
        let rtl = self
            .locale()
            .is_some_and(|locale| LocaleDirectionality::new_common().is_right_to_left(&locale.id));
        if rtl { "rtl" } else { "ltr" }
    }

    /// The message `key`, without arguments (a variable shows as `{name}`
    /// for the pages' script); the key itself when no language has it, so a
    /// missing message shows up instead of breaking the page.
    pub fn get<'a>(&'a self, key: &'a str) -> Cow<'a, str> {
        let raw = self.raw(key);
        if raw.chars().any(ftl::is_marker) {
            Cow::Owned(self.render(raw, &[]))
        } else {
            Cow::Borrowed(raw)
        }
    }

    /// The message `key` with its variables filled in.
    pub fn fill(&self, key: &str, args: &[(&str, String)]) -> String {
        self.render(self.raw(key), args)
    }

    fn raw<'a>(&'a self, key: &'a str) -> &'a str {
        [self.lang.as_str(), FALLBACK]
            .into_iter()
            .find_map(|code| {
                let own = self.operator.get(code).and_then(|m| m.get(key));
                own.map(String::as_str)
                    .or_else(|| built_in_message(code, key))
            })
            .unwrap_or(key)
    }

    fn render(&self, raw: &str, args: &[(&str, String)]) -> String {
        // The plural rules are looked up only when a number chooses a variant.
        let rules: OnceCell<Option<PluralRules>> = OnceCell::new();
        let categorize = |n: u64| {
            let rules = rules.get_or_init(|| {
                let locale = self.locale()?;
                PluralRules::try_new_cardinal((&locale).into()).ok()
            });
            rules
                .as_ref()
                .map_or("other", |r| category_name(r.category_for(n)))
        };
        message::render(raw, args, &categorize)
    }

    /// The ICU locale for dates, times and plurals: the visitor's regional
    /// tag when it chose this language, always with Western digits (which
    /// the rest of the page uses too).
    fn locale(&self) -> Option<Locale> {
        let tag = self.region_tag.as_deref().unwrap_or(&self.lang);
        format!("{tag}-u-nu-latn")
            .parse()
            .or_else(|_| format!("{}-u-nu-latn", self.lang).parse())
            .ok()
    }

    /// A date and time in the language's words and order, e.g. "Monday,
    /// March 2, 2026 at 10:00 AM" or "Montag, 2. März 2026 um 10:00".
    pub fn datetime<Tz: TimeZone>(&self, t: &DateTime<Tz>) -> String {
        let formatted = self.locale().and_then(|locale| {
            let format = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
                (&locale).into(),
                YMDE::long().with_time_hm(),
            )
            .ok()?;
            Some(format.format(&icu_datetime_of(t)?).to_string())
        });
        formatted.unwrap_or_else(|| t.naive_local().format("%Y-%m-%d %H:%M").to_string())
    }

    /// A time of day in the language's form, e.g. "10:00 AM" or "10:00".
    pub fn time<Tz: TimeZone>(&self, t: &DateTime<Tz>) -> String {
        let formatted = self.locale().and_then(|locale| {
            let format = NoCalendarFormatter::try_new((&locale).into(), T::hm()).ok()?;
            let time = Time::try_new(t.hour() as u8, t.minute() as u8, 0, 0).ok()?;
            Some(format.format(&time).to_string())
        });
        formatted.unwrap_or_else(|| t.naive_local().format("%H:%M").to_string())
    }

    /// The language's code in Jitsi Meet's own list (`lang/languages.json`:
    /// `pt-BR`, `zh-CN` for Simplified Chinese, `zh-TW` for Traditional), for
    /// the room link's `?lang=`; Jitsi matches it without regard to case.
    pub fn jitsi_lang(&self) -> String {
        match self.lang.as_str() {
            "zh-Hans" => "zh-CN".to_string(),
            "zh-Hant" => "zh-TW".to_string(),
            code => code.to_string(),
        }
    }
}

fn icu_datetime_of<Tz: TimeZone>(t: &DateTime<Tz>) -> Option<IcuDateTime<Gregorian>> {
    let month = u8::try_from(t.month()).ok()?;
    let day = u8::try_from(t.day()).ok()?;
    Some(IcuDateTime {
        date: Date::try_new_gregorian(t.year(), month, day).ok()?,
        time: Time::try_new(t.hour() as u8, t.minute() as u8, 0, 0).ok()?,
    })
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[cfg(test)]
mod tests;
