//! Replays the kept fuzz corpus (`fuzz/corpus/<target>/`) and every crash input
//! ever found (`fuzz/regressions/<target>/`) through the fuzz targets' checks,
//! on stable Rust and on every test run: a crash found once stays a test.

#[path = "../fuzz/checks.rs"]
mod checks;

use arbitrary::{Arbitrary, Unstructured};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    for kind in ["corpus", "regressions"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz")
            .join(kind)
            .join(target);
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            if entry.file_name() != "README" {
                found.push((
                    entry.path().display().to_string(),
                    std::fs::read(entry.path()).unwrap(),
                ));
            }
        }
    }
    found
}

/// Decodes bytes as libfuzzer-sys does (`arbitrary_take_rest`) and runs
/// `check`. An input that does not decode is one the fuzzer never ran: kept
/// in the corpus or the regressions it would test nothing, so it fails.
fn replay<'a, T: Arbitrary<'a>>(data: &'a [u8], check: impl Fn(T)) {
    let input = T::arbitrary_take_rest(Unstructured::new(data))
        .unwrap_or_else(|e| panic!("does not decode ({e}): remove it or make it again"));
    check(input);
}

fn replay_all(target: &str, run: impl Fn(&[u8])) {
    let inputs = inputs(target);
    assert!(!inputs.is_empty(), "no corpus for {target}");
    for (path, data) in &inputs {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(data)));
        assert!(outcome.is_ok(), "{path} fails the {target} check");
    }
}

#[test]
fn urlencoded() {
    replay_all("urlencoded", |d| replay(d, |s: &str| checks::urlencoded(s)));
}

#[test]
fn accept_language() {
    replay_all("accept_language", |d| {
        replay(d, |s: &str| checks::accept_language(s))
    });
}

#[test]
fn calendar() {
    replay_all("calendar", |d| replay(d, checks::calendar));
}

#[test]
fn recurrence() {
    replay_all("recurrence", |d| replay(d, checks::recurrence));
}

#[test]
fn fastcgi() {
    replay_all("fastcgi", checks::fastcgi);
}
