//! The CGI binaries do not link the HTTP server that `planado serve` uses: only
//! the `planado` binary references it, and the linker drops it everywhere else.

mod common;

fn server_symbols(binary: &str) -> usize {
    common::stdout_of(
        std::process::Command::new("nm")
            .arg("-C")
            .arg(common::bin(binary)),
    )
    .lines()
    .filter(|l| {
        [" hyper::", " hyper_util::", " tokio::"]
            .iter()
            .any(|p| l.contains(p))
    })
    .count()
}

#[test]
fn cgi_binaries_do_not_link_the_server() {
    assert!(
        server_symbols("planado") > 100,
        "the check sees the server where it is linked"
    );
    for cgi in ["index", "booking", "invite"] {
        assert_eq!(server_symbols(cgi), 0, "{cgi} links hyper or tokio");
    }
}

/// The ELF type of a binary: `EXEC` (fixed address) or `DYN` (PIE).
fn elf_type(binary: &str) -> String {
    let out = common::stdout_of(
        std::process::Command::new("readelf")
            .arg("-h")
            .arg(common::bin(binary)),
    );
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with("Type:"))
        .unwrap();
    line.split_whitespace().nth(1).unwrap().to_string()
}

/// The CGI binaries start without relocating themselves (build.rs links them
/// without PIE; SECURITY.md says why); the long-running `planado` keeps PIE.
/// (What a start costs in all is held by scripts/instruction-budget.)
#[test]
fn cgi_binaries_start_cheaply() {
    for cgi in common::CGI_BINARIES {
        assert_eq!(elf_type(cgi), "EXEC", "{cgi} is position-independent");
    }
    assert_eq!(elf_type("planado"), "DYN", "planado keeps PIE");
}
