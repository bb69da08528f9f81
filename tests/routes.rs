//! The routes table (`src/edge/routes.rs`) against what ships: `planado
//! serve` answers every page and every PHP-era address by it, and every
//! shipped web-server configuration sends each PHP-era address to the same
//! binary. The configurations' own rules are read (Apache's `RewriteRule`,
//! `ScriptAliasMatch` and `ProxyPassMatch`, lighttpd's `url.rewrite-once`,
//! nginx's `rewrite`) and run as regular expressions on the addresses.

use planado::edge::routes::{ROUTES, route};
use regex::Regex;

/// Each shipped configuration, and the prefix it serves Planado under.
const CONFIGS: &[(&str, &str)] = &[
    ("htaccess-example", ""),
    ("apache-example.conf", ""),
    ("apache-fcgid-example.conf", ""),
    ("apache-proxy-fcgi-example.conf", ""),
    ("lighttpd-example.conf", ""),
    ("lighttpd-fastcgi-example.conf", ""),
    ("nginx-example.conf", ""),
    ("nginx-fastcgi-example.conf", ""),
    (
        "packaging/debian/etc/apache2/conf-available/planado.conf",
        "/planado",
    ),
];

/// The (pattern, target) pairs of a configuration's rewriting rules.
fn rules(text: &str) -> Vec<(Regex, String)> {
    let forms = [
        r#"^\s*(?:RewriteRule|ScriptAliasMatch|AliasMatch|ProxyPassMatch)\s+"([^"]+)"\s+"([^"]+)""#,
        r#"^\s*"(\^[^"]+)"\s*=>\s*"([^"]+)""#,
        r"^\s*rewrite\s+(\S+)\s+(\S+)",
    ]
    .map(|f| Regex::new(f).unwrap());
    text.lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter_map(|line| forms.iter().find_map(|f| f.captures(line)))
        .map(|c| {
            let pattern = Regex::new(&c[1]).unwrap_or_else(|e| panic!("{}: {e}", &c[1]));
            (pattern, c[2].to_string())
        })
        .collect()
}

/// Whether a rule of `rules` sends `path` (or, in a `.htaccess`, the path
/// relative to its folder) to the binary `name`, or to its FastCGI socket
/// (`unix:…/name.socket|fcgi://…`).
fn sends(rules: &[(Regex, String)], path: &str, name: &str) -> bool {
    let relative = path.trim_start_matches('/');
    rules.iter().any(|(pattern, target)| {
        [path, relative].iter().any(|p| {
            pattern.captures(p).is_some_and(|c| {
                let mut expanded = String::new();
                c.expand(target, &mut expanded);
                expanded
                    .trim_end_matches('/')
                    .ends_with(&format!("/{name}"))
                    || expanded == name
                    || expanded.contains(&format!("/{name}.socket|"))
            })
        })
    })
}

#[test]
fn planado_serve_answers_every_page_and_every_old_address() {
    for r in ROUTES {
        for path in std::iter::once(r.name).chain(r.legacy.iter().copied()) {
            let full = format!("/{path}");
            let (handler, below) = route(&full).unwrap_or_else(|| panic!("{full}"));
            assert!(
                std::ptr::fn_addr_eq(handler, r.handler),
                "/{path} reaches {}",
                r.name
            );
            assert_eq!(below, "");
        }
    }
    assert!(ROUTES.iter().any(|r| r.legacy.contains(&"inv.php")));
}

#[test]
fn every_shipped_configuration_sends_the_old_addresses_where_serve_does() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (file, prefix) in CONFIGS {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let rules = rules(&text);
        assert!(!rules.is_empty(), "{file}: no rules read");
        for r in ROUTES {
            for old in r.legacy {
                let path = format!("{prefix}/{old}");
                assert!(
                    sends(&rules, &path, r.name),
                    "{file} does not send {path} to {}",
                    r.name
                );
            }
        }
        // The check can fail: an address no route has goes nowhere.
        assert!(
            !sends(&rules, &format!("{prefix}/nowhere.php"), "invite"),
            "{file}"
        );
    }
}
