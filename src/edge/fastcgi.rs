//! FastCGI (the 1996 specification, responder role), for when a web server
//! starts a CGI binary with a listening socket as its standard input (Apache
//! `mod_fcgid`, lighttpd `bin-path`, `spawn-fcgi`). The process keeps its
//! [`App`] (configuration, languages, a pool of store connections) and answers
//! request after request with the same handlers as CGI, on `fastcgi_threads`
//! threads that share the socket.
//!
//! Hand-written rather than from a crate: the protocol is a few record types;
//! the crates that exist either buffer a whole body without a limit or need an
//! async runtime, which would make every CGI start pay for it. One request per
//! connection at a time (`FCGI_MPXS_CONNS = 0`, as libfcgi and `php-cgi`),
//! connections kept when the server asks (`FCGI_KEEP_CONN`). It stops on
//! `SIGTERM`, `SIGINT` or `SIGUSR1` after the requests in flight are answered,
//! and after `fastcgi_max_requests` requests when that is set.

use std::io::{self, BufReader, BufWriter, Read, Write};
use std::os::fd::FromRawFd;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use socket2::{SockRef, Socket};

use super::cgi::{self, MetaVars};
use super::{Startup, panic_response};
use crate::app::App;
use crate::clock::TEST_CLOCK_VAR;
use crate::handlers::Handler;
use crate::web::MAX_BODY_BYTES;

const VERSION_1: u8 = 1;
const BEGIN_REQUEST: u8 = 1;
const ABORT_REQUEST: u8 = 2;
const END_REQUEST: u8 = 3;
const PARAMS: u8 = 4;
const STDIN: u8 = 5;
const STDOUT: u8 = 6;
const GET_VALUES: u8 = 9;
const GET_VALUES_RESULT: u8 = 10;
const UNKNOWN_TYPE: u8 = 11;
const RESPONDER: u16 = 1;
const KEEP_CONN: u8 = 1;
const REQUEST_COMPLETE: u8 = 0;
const CANT_MPX_CONN: u8 = 1;
const UNKNOWN_ROLE: u8 = 3;

/// The most parameter bytes one request may send (Apache's and nginx's are a
/// few kilobytes); more closes the connection.
const MAX_PARAMS_BYTES: usize = 256 * 1024;
/// How much of an oversized body is read and dropped before the 413; more
/// closes the connection.
const DRAIN_LIMIT: usize = 1024 * 1024;
/// A connection on which the web server sends nothing for this long is closed.
const SILENCE_LIMIT: Duration = Duration::from_secs(60);
/// How long a stopping process waits for the requests in flight.
const STOP_GRACE: Duration = Duration::from_secs(10);

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

/// What the threads of one FastCGI process share.
struct Server {
    app: Startup,
    handler: Handler,
    listener: Socket,
    stopping: AtomicBool,
    /// Requests being answered now (not idle kept connections).
    in_flight: AtomicUsize,
    served: AtomicU64,
    max_requests: u64,
    /// The process's own test clock (tests start the process with it), read
    /// once; a request's own parameter wins.
    test_now: Option<String>,
}

/// Serves FastCGI requests on standard input until told to stop.
pub fn serve(handler: Handler) -> ! {
    // SAFETY: fd 0 is open (it is the listening socket `stdin_is_listening_socket`
    // saw) and nothing else in this process uses it from here on.
    let listener = unsafe { Socket::from_raw_fd(0) };
    let app = App::from_env().map_err(|e| e.to_string());
    let (threads, max_requests) = match &app {
        Ok(app) => (app.config.fastcgi_threads, app.config.fastcgi_max_requests),
        Err(_) => (1, 0),
    };
    let server = Server {
        app: app.map(|app| app.pooled(threads)),
        handler,
        listener,
        stopping: AtomicBool::new(false),
        in_flight: AtomicUsize::new(0),
        served: AtomicU64::new(0),
        max_requests: max_requests.into(),
        test_now: std::env::var(TEST_CLOCK_VAR).ok(),
    };
    let signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGUSR1,
    ]);
    let mut signals = match signals {
        Ok(signals) => signals,
        Err(e) => {
            eprintln!("planado: FastCGI: cannot watch for signals: {e}");
            std::process::exit(1);
        }
    };
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| accept_loop(&server));
        }
        let _ = signals.forever().next();
        server.stopping.store(true, Ordering::SeqCst);
        let deadline = Instant::now() + STOP_GRACE;
        while server.in_flight.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        // Threads waiting in accept() or on an idle connection end with the process.
        std::process::exit(0)
    })
}

fn accept_loop(server: &Server) {
    let mut pause = Duration::from_millis(10);
    while !server.stopping.load(Ordering::SeqCst) {
        match server.listener.accept() {
            Ok((conn, _)) => {
                pause = Duration::from_millis(10);
                if let Err(e) = serve_connection(server, &conn) {
                    // Only this connection ends. A web server that hung up
                    // (its client left) is no news; a broken protocol is.
                    use io::ErrorKind::{BrokenPipe, ConnectionReset, UnexpectedEof};
                    if !matches!(e.kind(), BrokenPipe | ConnectionReset | UnexpectedEof) {
                        eprintln!("planado: FastCGI connection: {e}");
                    }
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                // Out of file descriptors, say: wait instead of spinning.
                eprintln!("planado: FastCGI accept: {e}");
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_secs(1));
            }
        }
    }
}

/// One request as the web server sent it.
struct Incoming {
    id: u16,
    keep_conn: bool,
    params: Vec<u8>,
    stdin: Vec<u8>,
}

fn serve_connection(server: &Server, conn: &Socket) -> io::Result<()> {
    conn.set_read_timeout(Some(SILENCE_LIMIT))?;
    conn.set_write_timeout(Some(SILENCE_LIMIT))?;
    let mut reader = BufReader::new(conn);
    let mut writer = BufWriter::new(conn);
    loop {
        let Some(request) = read_request(&mut reader, &mut writer)? else {
            return Ok(());
        };
        server.in_flight.fetch_add(1, Ordering::SeqCst);
        let answered = answer(server, &request)
            .and_then(|bytes| write_answer(&mut writer, request.id, &bytes));
        server.in_flight.fetch_sub(1, Ordering::SeqCst);
        answered?;
        let served = server.served.fetch_add(1, Ordering::SeqCst) + 1;
        if server.max_requests > 0 && served >= server.max_requests {
            // Recycled: the web server starts a fresh process.
            let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTERM);
            return Ok(());
        }
        if !request.keep_conn || server.stopping.load(Ordering::SeqCst) {
            return Ok(());
        }
    }
}

/// The answer in CGI form; a panic in a handler becomes a 500 with the
/// security headers, and the process goes on with the next request.
fn answer(server: &Server, request: &Incoming) -> io::Result<Vec<u8>> {
    let pairs = name_value_pairs(&request.params)?;
    let mut vars = MetaVars::from_pairs(pairs);
    if vars.get(TEST_CLOCK_VAR).is_none()
        && let Some(now) = &server.test_now
    {
        vars.insert(TEST_CLOCK_VAR, now.clone());
    }
    let response = panic::catch_unwind(AssertUnwindSafe(|| {
        let body = cgi::read_body(&vars, &mut request.stdin.as_slice());
        cgi::answer(server.handler, &vars, body, &server.app)
    }))
    .unwrap_or_else(|_| panic_response());
    Ok(cgi::response_bytes(&response))
}

/// Reads records until one request's parameters and body are complete,
/// answering management records and refusing what this server does not do on
/// the way. `None` when the web server closed the connection between requests.
fn read_request(reader: &mut impl Read, writer: &mut impl Write) -> io::Result<Option<Incoming>> {
    let mut current: Option<Incoming> = None;
    let (mut params_done, mut stdin_bytes) = (false, 0usize);
    loop {
        let Some((kind, id, content)) = read_record(reader, current.is_none())? else {
            return Ok(None);
        };
        if id == 0 {
            management(writer, kind, &content)?;
            continue;
        }
        match (kind, current.as_mut()) {
            (BEGIN_REQUEST, Some(active)) if active.id != id => {
                end_request(writer, id, CANT_MPX_CONN)?;
            }
            (BEGIN_REQUEST, _) => {
                let role = content.get(..2).map(|r| u16::from_be_bytes([r[0], r[1]]));
                let flags = content.get(2).copied().unwrap_or(0);
                if role == Some(RESPONDER) {
                    current = Some(Incoming {
                        id,
                        keep_conn: flags & KEEP_CONN != 0,
                        params: Vec::new(),
                        stdin: Vec::new(),
                    });
                    (params_done, stdin_bytes) = (false, 0);
                } else {
                    end_request(writer, id, UNKNOWN_ROLE)?;
                }
            }
            (ABORT_REQUEST, Some(active)) if active.id == id => {
                end_request(writer, id, REQUEST_COMPLETE)?;
                current = None;
            }
            (PARAMS, Some(active)) if active.id == id => {
                if content.is_empty() {
                    params_done = true;
                } else if active.params.len() + content.len() > MAX_PARAMS_BYTES {
                    return Err(invalid("parameters over the limit"));
                } else {
                    active.params.extend_from_slice(&content);
                }
            }
            (STDIN, Some(active)) if active.id == id => {
                if content.is_empty() {
                    if params_done {
                        return Ok(current);
                    }
                    return Err(invalid("the body ended before the parameters"));
                }
                stdin_bytes += content.len();
                if stdin_bytes > MAX_BODY_BYTES + DRAIN_LIMIT {
                    return Err(invalid("a body far over the limit"));
                }
                // Beyond the limit the body is dropped: the answer is a 413.
                let room = (MAX_BODY_BYTES + 1).saturating_sub(active.stdin.len());
                active
                    .stdin
                    .extend_from_slice(&content[..content.len().min(room)]);
            }
            // Data for the filter role, or records of a request no longer
            // active: nothing to do.
            _ => {}
        }
    }
}

/// Records on request id 0: `FCGI_GET_VALUES` is answered, any other type is
/// unknown.
fn management(writer: &mut impl Write, kind: u8, content: &[u8]) -> io::Result<()> {
    if kind != GET_VALUES {
        let mut body = [0u8; 8];
        body[0] = kind;
        write_record(writer, UNKNOWN_TYPE, 0, &body)?;
        return writer.flush();
    }
    let mut reply = Vec::new();
    for (name, _) in name_value_pairs(content)? {
        let value: &[u8] = match name.as_slice() {
            b"FCGI_MAX_CONNS" | b"FCGI_MAX_REQS" => b"1",
            b"FCGI_MPXS_CONNS" => b"0",
            _ => continue,
        };
        push_length(&mut reply, name.len());
        push_length(&mut reply, value.len());
        reply.extend_from_slice(&name);
        reply.extend_from_slice(value);
    }
    write_record(writer, GET_VALUES_RESULT, 0, &reply)?;
    writer.flush()
}

fn write_answer(writer: &mut impl Write, id: u16, bytes: &[u8]) -> io::Result<()> {
    for chunk in bytes.chunks(u16::MAX as usize) {
        write_record(writer, STDOUT, id, chunk)?;
    }
    write_record(writer, STDOUT, id, &[])?;
    // Flushes.
    end_request(writer, id, REQUEST_COMPLETE)
}

fn end_request(writer: &mut impl Write, id: u16, protocol_status: u8) -> io::Result<()> {
    // The application status (0) and the protocol status, then three reserved bytes.
    let body = [0, 0, 0, 0, protocol_status, 0, 0, 0];
    write_record(writer, END_REQUEST, id, &body)?;
    writer.flush()
}

/// One record: type, request id and content. `None` at a clean end of the
/// connection, allowed only where `may_end` (between requests).
fn read_record(reader: &mut impl Read, may_end: bool) -> io::Result<Option<(u8, u16, Vec<u8>)>> {
    let mut header = [0u8; 8];
    let first = loop {
        match reader.read(&mut header[..1]) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => break other?,
        }
    };
    if first == 0 {
        return if may_end {
            Ok(None)
        } else {
            Err(io::ErrorKind::UnexpectedEof.into())
        };
    }
    reader.read_exact(&mut header[1..])?;
    if header[0] != VERSION_1 {
        return Err(invalid("not FastCGI version 1"));
    }
    let id = u16::from_be_bytes([header[2], header[3]]);
    let length = u16::from_be_bytes([header[4], header[5]]) as usize;
    let padding = header[6] as usize;
    let mut content = vec![0u8; length + padding];
    reader.read_exact(&mut content)?;
    content.truncate(length);
    Ok(Some((header[1], id, content)))
}

fn write_record(writer: &mut impl Write, kind: u8, id: u16, content: &[u8]) -> io::Result<()> {
    let length = u16::try_from(content.len()).map_err(|_| invalid("record too long"))?;
    let padding = (8 - content.len() % 8) % 8;
    let [id_hi, id_lo] = id.to_be_bytes();
    let [len_hi, len_lo] = length.to_be_bytes();
    writer.write_all(&[
        VERSION_1,
        kind,
        id_hi,
        id_lo,
        len_hi,
        len_lo,
        padding as u8,
        0,
    ])?;
    writer.write_all(content)?;
    writer.write_all(&[0u8; 8][..padding])
}

/// FastCGI name-value pairs: each length in one byte (below 128) or four
/// (high bit set), then the name and the value.
fn name_value_pairs(mut bytes: &[u8]) -> io::Result<Vec<(Vec<u8>, Vec<u8>)>> {
    fn length(bytes: &mut &[u8]) -> io::Result<usize> {
        match **bytes {
            [b, ref rest @ ..] if b < 0x80 => {
                *bytes = rest;
                Ok(usize::from(b))
            }
            [b0, b1, b2, b3, ref rest @ ..] => {
                *bytes = rest;
                Ok(u32::from_be_bytes([b0 & 0x7f, b1, b2, b3]) as usize)
            }
            _ => Err(invalid("a cut-off name-value length")),
        }
    }
    let mut pairs = Vec::new();
    while !bytes.is_empty() {
        let name_len = length(&mut bytes)?;
        let value_len = length(&mut bytes)?;
        if bytes.len() < name_len.saturating_add(value_len) {
            return Err(invalid("a cut-off name-value pair"));
        }
        let (name, rest) = bytes.split_at(name_len);
        let (value, rest) = rest.split_at(value_len);
        pairs.push((name.to_vec(), value.to_vec()));
        bytes = rest;
    }
    Ok(pairs)
}

fn push_length(out: &mut Vec<u8>, len: usize) {
    if len < 0x80 {
        out.push(len as u8);
    } else {
        out.extend_from_slice(&(len as u32 | 0x8000_0000).to_be_bytes());
    }
}

fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("FastCGI: {what}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_value_pairs_round_trip_and_refuse_cut_offs() {
        let long = vec![b'x'; 300];
        let mut bytes = Vec::new();
        for (name, value) in [(&b"A"[..], &b"1"[..]), (b"LONG", &long), (b"EMPTY", b"")] {
            push_length(&mut bytes, name.len());
            push_length(&mut bytes, value.len());
            bytes.extend_from_slice(name);
            bytes.extend_from_slice(value);
        }
        let pairs = name_value_pairs(&bytes).unwrap();
        assert_eq!(pairs.len(), 3);
        assert_eq!(pairs[1], (b"LONG".to_vec(), long));
        for cut in 1..bytes.len() {
            if let Ok(pairs) = name_value_pairs(&bytes[..cut]) {
                assert!(pairs.len() < 3, "a cut at {cut} read as whole");
            }
        }
        assert!(name_value_pairs(&[0x80, 0, 0]).is_err());
        assert!(name_value_pairs(&[0xff, 0xff, 0xff, 0xff, 1, b'a']).is_err());
    }

    #[test]
    fn records_are_padded_and_read_back() {
        let mut out = Vec::new();
        write_record(&mut out, STDOUT, 7, b"hello").unwrap();
        assert_eq!(out.len(), 16, "8 header bytes, 5 content, 3 padding");
        let read = read_record(&mut out.as_slice(), true).unwrap().unwrap();
        assert_eq!(read, (STDOUT, 7, b"hello".to_vec()));
        assert!(read_record(&mut [].as_slice(), true).unwrap().is_none());
        assert!(read_record(&mut [].as_slice(), false).is_err());
        assert!(read_record(&mut [2u8, 1, 0, 1, 0, 0, 0, 0].as_slice(), true).is_err());
    }
}
