//! Every language, checked: each catalog has exactly English's messages and
//! variables, every plural renders for the numbers where languages differ,
//! and every page, served by `planado serve`, is in the language it says it
//! is in, with no English sentence left in it.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use planado::i18n::{Languages, ftl};

/// The numbers where plural rules differ (Polish 2/5/22, Russian 21/11,
/// Arabic 0/1/2/5/101 …).
const NUMBERS: [u32; 7] = [0, 1, 2, 5, 21, 22, 101];

/// The built-in catalogs, compiled from their files: code → id → message.
fn catalogs() -> BTreeMap<String, BTreeMap<String, String>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/i18n");
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let code = path.file_stem().unwrap().to_str().unwrap().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            let messages = ftl::compile(&code, &text).unwrap_or_else(|e| panic!("{e}"));
            out.insert(code, messages.into_iter().collect());
        }
    }
    out
}

/// The variables a compiled message uses, and which of them choose a variant.
fn variables(message: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let names_after = |marker: char, end: &[char]| -> BTreeSet<String> {
        message
            .split(marker)
            .skip(1)
            .map(|rest| rest.split(end).next().unwrap_or("").to_string())
            .collect()
    };
    let selects = names_after(ftl::CHOICE, &[ftl::VARIANT]);
    let mut all = names_after(ftl::VAR, &[ftl::END]);
    all.extend(selects.iter().cloned());
    (all, selects)
}

#[test]
fn every_catalog_has_english_messages_and_variables_and_no_other() {
    let catalogs = catalogs();
    assert_eq!(catalogs.len(), 16, "{:?}", catalogs.keys());
    let english = &catalogs["en"];
    for (code, messages) in &catalogs {
        let ids: BTreeSet<&String> = messages.keys().collect();
        let english_ids: BTreeSet<&String> = english.keys().collect();
        let missing: Vec<_> = english_ids.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english_ids).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{code} has {extra:?}, which English has not"
        );
        for (id, message) in messages {
            // A language without plural forms may write a number's text once.
            let (used, _) = variables(message);
            let (wanted, _) = variables(&english[id]);
            assert_eq!(
                used, wanted,
                "{code} {id}: the variables differ from English"
            );
        }
    }
}

#[test]
fn every_plural_renders_in_every_language() {
    let catalogs = catalogs();
    let langs = Languages::load("").unwrap();
    let mut plural_messages = 0;
    for (code, messages) in &catalogs {
        let t = langs.catalog(code);
        for (id, message) in messages {
            let (used, selects) = variables(message);
            let numbers: Vec<&String> = selects
                .iter()
                .filter(|v| !matches!(v.as_str(), "position" | "weekday"))
                .collect();
            if numbers.is_empty() {
                continue;
            }
            plural_messages += 1;
            for n in NUMBERS {
                let args: Vec<(&str, String)> = used
                    .iter()
                    .map(|v| {
                        (
                            v.as_str(),
                            if numbers.contains(&v) {
                                n.to_string()
                            } else {
                                "X".into()
                            },
                        )
                    })
                    .collect();
                let text = t.fill(id, &args);
                assert!(!text.trim().is_empty(), "{code} {id} at {n}: empty");
                assert!(!text.contains('{'), "{code} {id} at {n}: {text}");
            }
        }
    }
    assert!(
        plural_messages >= 16 * 12,
        "{plural_messages} plural messages"
    );
    // Where the forms differ, each is the right one.
    let minutes = |code: &str| {
        NUMBERS.map(|n| {
            langs
                .catalog(code)
                .fill("length_minutes", &[("minutes", n.to_string())])
        })
    };
    assert_eq!(
        minutes("en"),
        [
            "0 minutes",
            "1 minute",
            "2 minutes",
            "5 minutes",
            "21 minutes",
            "22 minutes",
            "101 minutes"
        ]
    );
    assert_eq!(
        minutes("pl")[1..6],
        ["1 minuta", "2 minuty", "5 minut", "21 minut", "22 minuty"]
    );
    assert_eq!(
        minutes("ru")[1..6],
        ["1 минута", "2 минуты", "5 минут", "21 минута", "22 минуты"]
    );
    assert_eq!(
        minutes("uk")[1..6],
        [
            "1 хвилина",
            "2 хвилини",
            "5 хвилин",
            "21 хвилина",
            "22 хвилини"
        ]
    );
    assert_eq!(minutes("cs")[1..4], ["1 minuta", "2 minuty", "5 minut"]);
    assert_eq!(minutes("de")[1..3], ["1 Minute", "2 Minuten"]);
    // Arabic: one and two are words, 3 to 10 a plural, 11 and more a singular.
    assert_eq!(
        minutes("ar"),
        [
            "0 دقيقة",
            "دقيقة واحدة",
            "دقيقتان",
            "5 دقائق",
            "21 دقيقة",
            "22 دقيقة",
            "101 دقيقة"
        ]
    );
}

#[test]
fn a_series_of_one_is_one_meeting() {
    let langs = Languages::load("").unwrap();
    let en = langs.catalog("en");
    let one = en.fill(
        "repeat_summary",
        &[("rule", "Weekly".into()), ("count", "1".into())],
    );
    assert_eq!(one, "Weekly, 1 meeting");
    let de = langs.catalog("de");
    let hours = de.fill(
        "waiting_length",
        &[("length", de.fill("length_hours", &[("hours", "1".into())]))],
    );
    assert!(!hours.contains(".."), "{hours}");
    assert!(hours.contains("1 Stunde"), "{hours}");
}

/// The English sentences a page in another language must not contain:
/// every English message of four words or more that the other language
/// words differently (names and addresses are the same everywhere).
fn english_sentences(
    catalogs: &BTreeMap<String, BTreeMap<String, String>>,
    code: &str,
) -> Vec<String> {
    let english = &catalogs["en"];
    let other = &catalogs[code];
    english
        .iter()
        .filter(|(id, text)| {
            !text.chars().any(ftl::is_marker)
                && text.split_whitespace().count() >= 4
                && other.get(*id) != Some(text)
        })
        .map(|(_, text)| text.clone())
        .collect()
}

/// The visible text of a page: its markup and scripts left out, entities read.
fn text_of(html: &str) -> String {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

#[test]
fn every_page_speaks_its_language() {
    let catalogs = catalogs();
    let served = common::serve(&[]);
    let addr = &served.addr;
    let when = common::a_day_next_year();
    let booked = common::http(
        addr,
        "POST",
        "/booking",
        "application/json",
        Some(&format!(
            "name=Planning&date={when}&time=10:00&tz=Europe/Berlin&repeat=weekly&count=1"
        )),
    )
    .json();
    let invite = common::path_of(booked["invite_url"].as_str().unwrap());
    let admin = common::path_of(booked["admin_url"].as_str().unwrap());
    let pages = [
        ("the booking form", "/".to_string(), 200),
        (
            "the accessibility statement",
            "/?page=accessibility".to_string(),
            200,
        ),
        ("the waiting page", invite.clone(), 200),
        ("the organiser's page", admin.clone(), 200),
        (
            "an unknown invitation",
            "/invite?id=nosuchmeeting".to_string(),
            404,
        ),
        ("a bad date", "/booking".to_string(), 405),
    ];
    for code in catalogs.keys() {
        let english = english_sentences(&catalogs, code);
        for (what, path, status) in &pages {
            let joiner = if path.contains('?') { '&' } else { '?' };
            let url = format!("{path}{joiner}lang={code}");
            let answer = common::http(addr, "GET", &url, "text/html", None);
            assert_eq!(answer.status, *status, "{code}: {what} ({url})");
            let dir = if code == "ar" { "rtl" } else { "ltr" };
            assert!(
                answer
                    .body
                    .contains(&format!("<html lang=\"{code}\" dir=\"{dir}\">")),
                "{code}: {what} is not marked as {code}, {dir}"
            );
            let text = text_of(&answer.body);
            for sentence in &english {
                assert!(
                    !text.contains(sentence.as_str()),
                    "{code}: {what} says in English: {sentence}"
                );
            }
            // The menu offers every language, each by its own name, and the
            // page's own links keep the chosen one.
            assert!(
                answer.body.contains("lang=\"zh-Hans\""),
                "{code}: {what} has no menu"
            );
            if *status == 200 {
                assert!(
                    answer.body.contains(&format!("index?lang={code}")),
                    "{code}: {what} loses the language"
                );
            }
        }
    }
    // A language named by the browser only: the page's links stay as they are.
    let answer = common::raw_http(
        addr,
        format!("GET /?page=accessibility HTTP/1.1\r\nHost: {addr}\r\nAccept-Language: pt-PT,pt;q=0.9\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    assert!(
        answer.body.contains("<html lang=\"pt-BR\""),
        "{}",
        &answer.body[..200]
    );
    assert!(
        !answer.body.contains("index?lang="),
        "no language kept that no link chose"
    );
}

/// An operator's language file of the earlier TOML form: Planado refuses
/// to start with it and names the command, which converts it into a Fluent
/// file that Planado then reads.
#[test]
fn an_old_language_file_is_converted() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("fr.toml");
    std::fs::write(&old, "button_book = \"Réserver {name}\"\n").unwrap();
    let check = std::process::Command::new(common::bin("planado"))
        .arg("check")
        .env("PLANADO_I18N_DIR", dir.path())
        .env(
            "PLANADO_DATABASE_URL",
            format!("sqlite:{}/p.sqlite", dir.path().display()),
        )
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&check.stderr);
    assert!(
        !check.status.success() && said.contains("planado convert-catalog"),
        "{said}"
    );
    let converted = std::process::Command::new(common::bin("planado"))
        .args(["convert-catalog", old.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        converted.status.success(),
        "{}",
        String::from_utf8_lossy(&converted.stderr)
    );
    std::fs::write(dir.path().join("fr.ftl"), &converted.stdout).unwrap();
    std::fs::remove_file(&old).unwrap();
    let langs = Languages::load(dir.path().to_str().unwrap()).unwrap();
    let fr = langs.catalog("fr");
    assert_eq!(
        fr.fill("button_book", &[("name", "x".into())]),
        "Réserver x"
    );
}
