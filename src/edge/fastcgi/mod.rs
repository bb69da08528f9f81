//! FastCGI (the 1996 specification, responder role), for when a web server
//! starts a CGI binary with a listening socket as its standard input (Apache
//! `mod_fcgid`, lighttpd `bin-path`, `spawn-fcgi`, a systemd socket). The
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

use socket2::SockRef;

pub use server::serve;

/// Whether standard input is a listening socket: `getpeername(0)` fails with
/// `ENOTCONN` there (a file, a pipe or a terminal fail with `ENOTSOCK`; a
/// connected socket has a peer). The same test as libfcgi's `FCGX_IsCGI`.
pub fn stdin_is_listening_socket() -> bool {
    let stdin = io::stdin();
    match SockRef::from(&stdin).peer_addr() {
        Ok(_) => false,
        Err(e) => e.kind() == io::ErrorKind::NotConnected,
    }
}
