//! Jitsi Meet's own reading of a link (tests/jitsi/oracle.mjs, run by Node):
//! what a Jitsi web client takes from the URL Planado sends it into.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde_json::{Value, json};

pub struct Oracle {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl Oracle {
    /// Fails when Node or the oracle's packages are missing: scripts/test
    /// installs both (`nodejs`, and tests/jitsi/node into target/node).
    pub fn start() -> Oracle {
        let modules = std::env::var("PLANADO_TEST_NODE_MODULES").expect(
            "PLANADO_TEST_NODE_MODULES names the node_modules of tests/jitsi/node; scripts/test installs them in target/node",
        );
        let mut child = Command::new("node")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/jitsi/oracle.mjs"
            ))
            .env("PLANADO_TEST_NODE_MODULES", modules)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("node (Debian's nodejs) runs tests/jitsi/oracle.mjs");
        Oracle {
            input: child.stdin.take().unwrap(),
            output: BufReader::new(child.stdout.take().unwrap()),
            child,
        }
    }

    /// What Jitsi reads from `url`: `params`, `config` (what its whitelist
    /// keeps), `dropped`, `errors`, `lang`, `jwt`.
    pub fn read(&mut self, url: &str) -> Value {
        writeln!(self.input, "{}", json!({ "url": url })).unwrap();
        let mut line = String::new();
        self.output.read_line(&mut line).unwrap();
        serde_json::from_str(&line).unwrap_or_else(|_| panic!("the oracle stopped at {url}"))
    }

    /// Jitsi's config whitelist, as the vendored configWhitelist.ts exports it.
    pub fn whitelist() -> Vec<String> {
        let out = Command::new("node")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/jitsi/oracle.mjs"
            ))
            .arg("--whitelist")
            .output()
            .expect("node runs tests/jitsi/oracle.mjs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// Asserts that Jitsi reads `url` whole: nothing fails to parse, nothing
    /// is dropped, the name (when one is expected) arrives character for
    /// character as both subjects, the secret room is not stored, and the
    /// language is `lang` (`None`: the link names none, Jitsi decides).
    /// Returns Jitsi's config.
    pub fn assert_reads(&mut self, url: &str, name: Option<&str>, lang: Option<&str>) -> Value {
        let read = self.read(url);
        assert_eq!(
            read["errors"],
            json!([]),
            "Jitsi failed to parse {url}: {read}"
        );
        assert_eq!(
            read["dropped"],
            json!([]),
            "Jitsi drops a key of {url}: {read}"
        );
        let config = &read["config"];
        if let Some(name) = name {
            assert_eq!(config["subject"], json!(name), "subject of {url}");
            assert_eq!(config["localSubject"], json!(name), "localSubject of {url}");
        }
        assert_eq!(config["doNotStoreRoom"], json!(true), "{url}: {read}");
        assert_eq!(
            read["lang"],
            json!(lang),
            "the language Jitsi takes from {url}"
        );
        config.clone()
    }
}

impl Drop for Oracle {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Where the browser goes when a redirect names `location` from a page at
/// `from`: `location`, with `from`'s fragment when it has none of its own
/// (RFC 9110, 10.2.2).
pub fn followed(location: &str, from: &str) -> String {
    match (location.contains('#'), from.split_once('#')) {
        (false, Some((_, fragment))) => format!("{location}#{fragment}"),
        _ => location.to_string(),
    }
}
