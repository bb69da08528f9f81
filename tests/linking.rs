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
