//! Build-time work, so that a CGI process does not repeat it on every start:
//!
//! - The built-in language files (src/i18n/*.toml) become sorted static tables
//!   (`$OUT_DIR/built_in_languages.rs`); a broken file fails the build.
//! - The CGI binaries are linked without PIE: a position-independent binary is
//!   relocated at every start (44,000 relocations, most of them chrono-tz's
//!   zone tables), which cost about 0.8 million instructions per request.
//!   SECURITY.md says what that trades (no ASLR for these short-lived
//!   processes' own code).

use std::fmt::Write as _;
use std::path::Path;

const LANGUAGES: &[&str] = &["en", "de"];
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
        "/// The built-in languages: (code, keys and strings sorted by key).\n\
         pub static BUILT_IN: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for code in LANGUAGES {
        let path = format!("src/i18n/{code}.toml");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        writeln!(out, "    ({code:?}, &[").unwrap();
        let mut entries: Vec<_> = table.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        for (key, value) in entries {
            let value = value
                .as_str()
                .unwrap_or_else(|| panic!("{path}: {key} must be a string"));
            writeln!(out, "        ({key:?}, {value:?}),").unwrap();
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
