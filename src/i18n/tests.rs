use super::*;

#[test]
fn every_language_has_every_english_message_and_no_other() {
    let (english, en) = built_in::BUILT_IN[0];
    assert_eq!(english, FALLBACK);
    assert!(built_in::BUILT_IN.len() >= 16);
    for (code, table) in built_in::BUILT_IN {
        let missing: Vec<&str> = en
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| built_in_message(code, k).is_none())
            .collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        let extra: Vec<&str> = table
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| built_in_message(FALLBACK, k).is_none())
            .collect();
        assert!(
            extra.is_empty(),
            "{code} has {extra:?}, which English has not"
        );
        assert!(table.is_sorted_by(|a, b| a.0 < b.0), "{code} is sorted");
    }
}

#[test]
fn german_by_region_and_link() {
    let langs = Languages::load("").unwrap();
    let de = langs.pick(None, "de-AT");
    assert_eq!(de.lang(), "de");
    assert!(!de.explicit());
    assert_eq!(de.get("button_book"), "Buchen");
    assert_eq!(
        de.fill("error_name_too_long", &[("max", "200".into())]),
        "Der Name darf höchstens 200 Zeichen haben."
    );
    let chosen = langs.pick(Some("fr"), "de-AT");
    assert_eq!((chosen.lang(), chosen.explicit()), ("fr", true));
    let unknown = langs.pick(Some("xx"), "de");
    assert_eq!((unknown.lang(), unknown.explicit()), ("de", false));
    assert_eq!(langs.pick(None, "ko").lang(), "en");
    assert_eq!(langs.codes()[0], "en");
}

#[test]
fn plurals_follow_each_language() {
    let langs = Languages::load("").unwrap();
    let length = |code: &str, minutes: u32| {
        langs
            .catalog(code)
            .fill("length_minutes", &[("minutes", minutes.to_string())])
    };
    assert_eq!(length("en", 1), "1 minute");
    assert_eq!(length("en", 21), "21 minutes");
    assert_eq!(length("de", 1), "1 Minute");
    assert_eq!(length("pl", 2), "2 minuty");
    assert_eq!(length("pl", 5), "5 minut");
    assert_eq!(length("pl", 22), "22 minuty");
    assert_eq!(length("ru", 21), "21 минута");
    assert_eq!(length("ru", 11), "11 минут");
}

#[test]
fn dates_in_each_languages_form() {
    let langs = Languages::load("").unwrap();
    let tz: chrono_tz::Tz = "Europe/Berlin".parse().unwrap();
    let t = tz.with_ymd_and_hms(2026, 3, 2, 15, 0, 0).unwrap();
    let en = langs.catalog("en");
    assert_eq!(en.datetime(&t), "Monday, March 2, 2026 at 3:00\u{202f}PM");
    assert_eq!(en.time(&t), "3:00\u{202f}PM");
    let gb = langs.pick(None, "en-GB,en;q=0.8");
    assert_eq!(gb.datetime(&t), "Monday, 2 March 2026 at 15:00");
    let de = langs.catalog("de");
    assert_eq!(de.datetime(&t), "Montag, 2. März 2026 um 15:00");
    assert_eq!(de.time(&t), "15:00");
    let ar = langs.catalog("ar");
    assert!(
        ar.datetime(&t).contains("2026"),
        "Western digits: {}",
        ar.datetime(&t)
    );
    assert_eq!(ar.dir(), "rtl");
    assert_eq!(de.dir(), "ltr");
}

#[test]
fn operator_files_override_and_add() {
    let dir = tempfile::tempdir().unwrap();
    let ko = "button_book = 예약\nlength_minutes = { $minutes }분\n";
    std::fs::write(dir.path().join("ko.ftl"), ko).unwrap();
    std::fs::write(dir.path().join("en.ftl"), "app_name = Meet-o-matic\n").unwrap();
    std::fs::write(dir.path().join("README.txt"), "not a language").unwrap();
    let langs = Languages::load(dir.path().to_str().unwrap()).unwrap();
    let ko = langs.pick(None, "ko-KR, en;q=0.5");
    assert_eq!(ko.lang(), "ko");
    assert_eq!(ko.get("button_book"), "예약");
    assert_eq!(ko.fill("length_minutes", &[("minutes", "5".into())]), "5분");
    assert_eq!(ko.get("field_date"), "Date", "falls back to English");
    assert_eq!(langs.pick(None, "en").get("app_name"), "Meet-o-matic");
}

#[test]
fn an_old_toml_file_is_refused_with_the_way_out() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("fr.toml"), "button_book = \"Réserver\"\n").unwrap();
    let error = Languages::load(dir.path().to_str().unwrap()).unwrap_err();
    assert!(error.0.contains("planado convert-catalog"), "{error}");
    let broken = tempfile::tempdir().unwrap();
    std::fs::write(broken.path().join("fr.ftl"), "ok = oui\nbroken = {\n").unwrap();
    let error = Languages::load(broken.path().to_str().unwrap()).unwrap_err();
    assert!(
        error.0.contains("fr.ftl:") && error.0.contains("not Fluent"),
        "{error}"
    );
}

#[test]
fn a_variable_without_value_stays_for_the_script() {
    let en = Languages::load("").unwrap().catalog("en");
    assert_eq!(en.get("waiting_local"), "In your time zone: {time}");
    assert_eq!(en.get("no_such_message"), "no_such_message");
    assert_eq!(en.jitsi_lang(), "en");
    let langs = Languages::load("").unwrap();
    assert_eq!(langs.catalog("pt-BR").jitsi_lang(), "pt-BR");
    assert_eq!(langs.catalog("zh-Hans").jitsi_lang(), "zh-CN");
}
