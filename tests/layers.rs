//! The architecture, held by a test: the layers of `src/lib.rs` import only
//! the layers below them (so there is no import cycle), a handler never
//! imports another handler, only the store speaks SQL, and no file grows
//! past what one can read at once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The layers, lowest first: a module may use only modules before it.
const LAYERS: &[&str] = &[
    "clock",
    "metrics",
    "i18n",
    "domain",
    "config",
    "store",
    "token",
    "pages",
    "web",
    "booking_limit",
    "cleanup",
    "app",
    "handlers",
    "edge",
    "cli",
];

/// The longest source file, in lines (tests included).
const MAX_LINES: usize = 600;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file below `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The top-level module a file of the library belongs to (`None`: lib.rs
/// or a binary).
fn top_module(file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src()).unwrap();
    let first = relative.components().next()?.as_os_str().to_str()?;
    match first {
        "lib.rs" | "bin" => None,
        name => Some(name.trim_end_matches(".rs").to_string()),
    }
}

/// The code of a file without its unit tests and comments.
fn code(file: &Path) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let without_tests = text.split("#[cfg(test)]").next().unwrap();
    without_tests
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules `code` names as `crate::name`.
fn crate_uses(code: &str) -> Vec<String> {
    let mut used = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && !used.contains(&name) {
            used.push(name);
        }
    }
    used
}

/// Each top-level module with the modules it uses.
fn import_graph() -> BTreeMap<String, Vec<String>> {
    let mut graph: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in rust_files(&src()) {
        let Some(module) = top_module(&file) else {
            continue;
        };
        let entry = graph.entry(module.clone()).or_default();
        for used in crate_uses(&code(&file)) {
            if used != module && !entry.contains(&used) {
                entry.push(used);
            }
        }
    }
    graph
}

#[test]
fn every_module_has_a_layer_and_lib_rs_lists_them_in_order() {
    let graph = import_graph();
    for module in graph.keys() {
        assert!(LAYERS.contains(&module.as_str()), "{module} has no layer");
    }
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    let declared: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';'))
        .collect();
    assert_eq!(declared, LAYERS, "src/lib.rs declares the layers in order");
}

#[test]
fn layers_import_only_layers_below_them() {
    let rank = |m: &str| LAYERS.iter().position(|l| *l == m);
    let mut wrong = Vec::new();
    for (module, uses) in import_graph() {
        for used in uses {
            match (rank(&module), rank(&used)) {
                (Some(a), Some(b)) if b < a => {}
                _ => wrong.push(format!("{module} -> {used}")),
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers: {wrong:?}");
}

#[test]
fn the_model_knows_no_http_store_or_edge() {
    for file in rust_files(&src().join("domain")) {
        let code = code(&file);
        for foreign in ["http::", "mysql", "rusqlite", "hyper", "askama", "r2d2"] {
            assert!(!code.contains(foreign), "{} uses {foreign}", file.display());
        }
    }
}

/// The handler a file under `handlers/` belongs to: its own name, or its
/// folder's for a handler split into a folder (`None`: the routes' mod.rs).
fn handler_of(file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src().join("handlers")).unwrap();
    let first = relative.components().next()?.as_os_str().to_str()?;
    (first != "mod.rs").then(|| first.trim_end_matches(".rs").to_string())
}

#[test]
fn no_handler_imports_another() {
    let dir = src().join("handlers");
    let mut handlers: Vec<String> = rust_files(&dir)
        .iter()
        .filter_map(|f| handler_of(f))
        .collect();
    handlers.dedup();
    assert!(handlers.len() >= 7, "{handlers:?}");
    assert!(handlers.contains(&"admin".to_string()), "{handlers:?}");
    for file in rust_files(&dir) {
        let code = code(&file);
        let owner = handler_of(&file);
        for other in &handlers {
            let own = owner.as_ref() == Some(other);
            for path in [format!("super::{other}::"), format!("handlers::{other}::")] {
                let used_by_routes = owner.is_none() && path.starts_with("super");
                assert!(
                    own || used_by_routes || !code.contains(&path),
                    "{} uses {path}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn only_the_store_speaks_sql() {
    for file in rust_files(&src()) {
        let relative = file.strip_prefix(src()).unwrap();
        if relative.starts_with("store") {
            continue;
        }
        let code = code(&file);
        for sql in [
            "mysql::",
            "rusqlite::",
            "SELECT ",
            "UPDATE ",
            "DELETE FROM",
            "INSERT INTO",
        ] {
            assert!(
                !code.contains(sql),
                "{} speaks SQL ({sql})",
                relative.display()
            );
        }
    }
}

#[test]
fn no_source_file_is_too_long_to_read() {
    let long: Vec<String> = rust_files(&src())
        .into_iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(&f).unwrap().lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines})", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

#[test]
fn the_checks_see_an_import_when_there_is_one() {
    // The parser the checks rely on finds what it must.
    assert_eq!(
        crate_uses("use crate::web::{Failure};\nlet x = crate::domain::ids::RoomId::new();"),
        ["web", "domain"]
    );
    assert!(import_graph()["handlers"].contains(&"app".to_string()));
    assert!(import_graph()["domain"].contains(&"i18n".to_string()));
}
