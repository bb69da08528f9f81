//! FastCGI (the 1996 specification, responder role), for when a web server
//! starts a CGI binary with a listening socket as its standard input (Apache
//! `mod_fcgid`, lighttpd `bin-path`, `spawn-fcgi`, a systemd socket with
//! `StandardInput=socket`) or systemd passes it one as its first descriptor
//! (`LISTEN_FDS`, a socket unit as `planado-fastcgi@.socket`). The
//! process keeps its [`App`](crate::app::App) (configuration, languages, a
//! pool of store connections) and answers request after request with the same
//! handlers as CGI.
//!
//! Hand-written rather than from a crate: the protocol is a few record types;
//! the crates that exist either buffer a whole body without a limit or need an
//! async runtime, which would make every CGI start pay for it. The protocol
//! itself is pure and fuzzed (`protocol.rs`); the server around it
//! (`server.rs`) holds the sockets, the threads and the time limits.

pub mod protocol;
mod server;

use std::io;
use std::os::fd::{BorrowedFd, RawFd};

use socket2::SockRef;

pub use server::serve;

/// The first descriptor systemd passes (`SD_LISTEN_FDS_START`).
const SYSTEMD_FIRST_FD: RawFd = 3;

/// The listening socket this process was started with, if any: the one
/// systemd passed (`LISTEN_PID` is this process and `LISTEN_FDS` is 1, as
/// `sd_listen_fds` reads them), else standard input when it is one.
pub fn listening_socket() -> Option<RawFd> {
    let passed = |name| std::env::var(name).ok();
    let from_systemd = passed("LISTEN_PID")
        .and_then(|pid| pid.parse::<u32>().ok())
        .is_some_and(|pid| pid == std::process::id())
        && passed("LISTEN_FDS").as_deref() == Some("1");
    [from_systemd.then_some(SYSTEMD_FIRST_FD), Some(0)]
        .into_iter()
        .flatten()
        .find(|&fd| is_listening_socket(fd))
}

/// Whether this process was started as a FastCGI server (with a listening
/// socket).
pub fn started_with_socket() -> bool {
    listening_socket().is_some()
}

/// Whether `fd` is a listening socket: `getpeername` fails with `ENOTCONN`
/// there (a file, a pipe or a terminal fail with `ENOTSOCK`, a closed
/// descriptor with `EBADF`; a connected socket has a peer). The same test as
/// libfcgi's `FCGX_IsCGI`.
fn is_listening_socket(fd: RawFd) -> bool {
    // SAFETY: only descriptors known to be open come here: standard input,
    // and fd 3 when systemd said it passed it; borrowed for one getpeername.
    let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
    match SockRef::from(&borrowed).peer_addr() {
        Ok(_) => false,
        Err(e) => e.kind() == io::ErrorKind::NotConnected,
    }
}
