//! Build-time work, so that a CGI process does not repeat it on every start:
//!
//! - The built-in Fluent catalogs (src/i18n/*.ftl) are compiled, with the
//!   compiler the program uses for an operator's own (src/i18n/ftl.rs), into
//!   sorted static tables (`$OUT_DIR/built_in_languages.rs`); a broken
//!   catalog fails the build and says where.
//! - The CGI binaries are linked without PIE: a position-independent binary is
//!   relocated at every start (44,000 relocations, most of them chrono-tz's
//!   zone tables), which cost about 0.8 million instructions per request.
//!   SECURITY.md says what that trades (no ASLR for these short-lived
//!   processes' own code).

use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code)] // the markers are for the program that reads the tables
#[path = "src/i18n/ftl.rs"]
mod ftl;

/// The built-in languages, English (the fallback) first.
const LANGUAGES: &[&str] = &[
    "en", "ar", "cs", "de", "es", "fr", "it", "ja", "nl", "pl", "pt-BR", "ru", "sv", "tr", "uk",
    "zh-Hans",
];
const CGI_BINARIES: &[&str] = &[
    "index",
    "booking",
    "invite",
    "admin",
    "ics",
    "cleanup",
    "reservations",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut out = String::from(
        "/// The built-in languages: (code, messages sorted by id), English first.\n\
         pub static BUILT_IN: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for code in LANGUAGES {
        let path = format!("src/i18n/{code}.ftl");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut messages = ftl::compile(&path, &text).unwrap_or_else(|e| panic!("{e}"));
        messages.sort();
        writeln!(out, "    ({code:?}, &[").unwrap();
        for (key, message) in messages {
            writeln!(out, "        ({key:?}, {message:?}),").unwrap();
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("built_in_languages.rs");
    std::fs::write(dest, out).unwrap();

    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if target_os == "linux" {
        for bin in CGI_BINARIES {
            println!("cargo:rustc-link-arg-bin={bin}=-no-pie");
        }
    }
}
