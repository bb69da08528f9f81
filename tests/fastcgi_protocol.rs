//! A real `index` FastCGI process on a listening socket (as `spawn-fcgi`
//! starts it), driven with raw records written here by hand from the
//! specification: malformed, truncated, oversized, out of order, from peers
//! that are silent or slow. Each gets the answer the specification asks for
//! (or a closed connection where it has none), and after each the process
//! serves the next client.

mod common;

use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BEGIN_REQUEST: u8 = 1;
const ABORT_REQUEST: u8 = 2;
const END_REQUEST: u8 = 3;
const PARAMS: u8 = 4;
const STDIN: u8 = 5;
const STDOUT: u8 = 6;
const GET_VALUES: u8 = 9;
const GET_VALUES_RESULT: u8 = 10;
const UNKNOWN_TYPE: u8 = 11;

/// A record as the specification draws it, with `padding` bytes after it.
fn record_padded(kind: u8, id: u16, content: &[u8], padding: u8) -> Vec<u8> {
    let mut out = vec![1, kind];
    out.extend_from_slice(&id.to_be_bytes());
    out.extend_from_slice(&(content.len() as u16).to_be_bytes());
    out.extend_from_slice(&[padding, 0]);
    out.extend_from_slice(content);
    out.extend(std::iter::repeat_n(0u8, padding.into()));
    out
}

fn record(kind: u8, id: u16, content: &[u8]) -> Vec<u8> {
    record_padded(kind, id, content, 0)
}

fn begin(id: u16, keep_conn: bool) -> Vec<u8> {
    record(
        BEGIN_REQUEST,
        id,
        &[0, 1, u8::from(keep_conn), 0, 0, 0, 0, 0],
    )
}

/// A name–value pair, lengths of four bytes from 128 on.
fn pair(name: &[u8], value: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for len in [name.len(), value.len()] {
        if len < 128 {
            out.push(len as u8);
        } else {
            out.extend_from_slice(&(len as u32 | 0x8000_0000).to_be_bytes());
        }
    }
    out.extend_from_slice(name);
    out.extend_from_slice(value);
    out
}

fn get_params() -> Vec<u8> {
    [
        pair(b"REQUEST_METHOD", b"GET"),
        pair(b"SCRIPT_NAME", b"/index"),
        pair(b"SERVER_PROTOCOL", b"HTTP/1.1"),
        pair(b"HTTP_HOST", b"planado.test"),
        pair(b"REMOTE_ADDR", b"127.0.0.1"),
    ]
    .concat()
}

/// A whole GET request for the booking form on request `id`.
fn get_request(id: u16, keep_conn: bool) -> Vec<u8> {
    [
        begin(id, keep_conn),
        record(PARAMS, id, &get_params()),
        record(PARAMS, id, b""),
        record(STDIN, id, b""),
    ]
    .concat()
}

/// Reads records until `END_REQUEST` for `id`; the records and the stdout.
fn read_answer(conn: &mut UnixStream, id: u16) -> (Vec<(u8, u16, Vec<u8>)>, String) {
    let mut records = Vec::new();
    let mut stdout = Vec::new();
    loop {
        let (kind, rid, content) = read_record(conn).expect("an answer, not a closed connection");
        if kind == STDOUT && rid == id {
            stdout.extend_from_slice(&content);
        }
        let done = kind == END_REQUEST && rid == id;
        records.push((kind, rid, content));
        if done {
            return (records, String::from_utf8_lossy(&stdout).into_owned());
        }
    }
}

fn read_record(conn: &mut UnixStream) -> Option<(u8, u16, Vec<u8>)> {
    let mut header = [0u8; 8];
    conn.read_exact(&mut header).ok()?;
    assert_eq!(header[0], 1, "version 1");
    let id = u16::from_be_bytes([header[2], header[3]]);
    let len = u16::from_be_bytes([header[4], header[5]]) as usize;
    let mut content = vec![0u8; len + header[6] as usize];
    conn.read_exact(&mut content).ok()?;
    content.truncate(len);
    Some((header[1], id, content))
}

/// Whether the process closed the connection (end or reset, not a timeout).
fn closed(conn: &mut UnixStream) -> bool {
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut sink = Vec::new();
    match conn.read_to_end(&mut sink) {
        Ok(_) => true,
        Err(e) => e.kind() == std::io::ErrorKind::ConnectionReset,
    }
}

struct Process {
    socket: PathBuf,
    _guard: common::Guard,
    _dir: tempfile::TempDir,
}

impl Process {
    fn start(env: &[(&str, &str)]) -> Process {
        Process::start_with(env, Stdio::inherit())
    }

    /// The same, its standard error going to `stderr`.
    fn start_with(env: &[(&str, &str)], stderr: Stdio) -> Process {
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("index.socket");
        let listener = UnixListener::bind(&socket).unwrap();
        let mut cmd = Command::new(common::bin("index"));
        cmd.env_clear()
            .env(
                "PLANADO_DATABASE_URL",
                format!("sqlite:{}/p.sqlite", dir.path().display()),
            )
            .env("PLANADO_PUBLIC_URL", "https://planado.test")
            .envs(env.iter().copied())
            .stdin(Stdio::from(OwnedFd::from(listener)))
            .stdout(Stdio::null())
            .stderr(stderr);
        let guard = common::Guard(cmd.spawn().unwrap());
        Process {
            socket,
            _guard: guard,
            _dir: dir,
        }
    }

    fn connect(&self) -> UnixStream {
        let conn = UnixStream::connect(&self.socket).unwrap();
        conn.set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        conn
    }

    /// A proper request on a fresh connection gets the booking form.
    fn serves(&self) {
        let mut conn = self.connect();
        conn.write_all(&get_request(1, false)).unwrap();
        let (records, stdout) = read_answer(&mut conn, 1);
        assert!(stdout.starts_with("Status: 200"), "{stdout:.300}");
        let end = records.last().unwrap();
        assert_eq!(end.2[4], 0, "FCGI_REQUEST_COMPLETE");
    }
}

#[test]
fn malformed_records_end_the_connection_and_the_next_client_is_served() {
    let p = Process::start(&[]);
    p.serves();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("wrong version", {
            let mut r = get_request(1, false);
            r[0] = 2;
            r
        }),
        ("a truncated header", begin(1, false)[..4].to_vec()),
        ("a content length with short data", {
            let mut r = begin(1, false);
            r.extend_from_slice(&record(PARAMS, 1, &get_params())[..20]);
            r
        }),
        ("a name-value length claiming gigabytes", {
            let mut bogus = vec![0xff, 0xff, 0xff, 0xff, 0x7f, 0xff, 0xff, 0xff];
            bogus.extend_from_slice(b"short");
            [
                begin(1, false),
                record(PARAMS, 1, &bogus),
                record(PARAMS, 1, b""),
                record(STDIN, 1, b""),
            ]
            .concat()
        }),
        ("parameters over the cap", {
            let mut r = begin(1, false);
            let chunk = pair(b"HTTP_X_BIG", &vec![b'x'; 60_000]);
            for _ in 0..6 {
                r.extend_from_slice(&record(PARAMS, 1, &chunk));
            }
            r
        }),
        ("the body before the parameters' end", {
            [
                begin(1, false),
                record(PARAMS, 1, &get_params()),
                record(STDIN, 1, b"a=1"),
            ]
            .concat()
        }),
    ];
    for (what, bytes) in cases {
        let mut conn = p.connect();
        let _ = conn.write_all(&bytes);
        let _ = conn.shutdown(std::net::Shutdown::Write);
        assert!(closed(&mut conn), "{what}: the connection ends");
        p.serves();
    }
}

#[test]
fn what_the_specification_asks_for() {
    let p = Process::start(&[("PLANADO_FASTCGI_MAX_CONNECTIONS", "12")]);
    // Huge padding is skipped.
    let mut conn = p.connect();
    conn.write_all(
        &[
            begin(1, false),
            record_padded(PARAMS, 1, &get_params(), 255),
            record_padded(PARAMS, 1, b"", 255),
            record_padded(STDIN, 1, b"", 255),
        ]
        .concat(),
    )
    .unwrap();
    assert!(read_answer(&mut conn, 1).1.starts_with("Status: 200"));
    // Management records: GET_VALUES says what the process really serves;
    // an unknown type (and BEGIN_REQUEST on id 0) is FCGI_UNKNOWN_TYPE.
    let mut conn = p.connect();
    let ask = [
        pair(b"FCGI_MAX_CONNS", b""),
        pair(b"FCGI_MAX_REQS", b""),
        pair(b"FCGI_MPXS_CONNS", b""),
    ]
    .concat();
    conn.write_all(&record(GET_VALUES, 0, &ask)).unwrap();
    let (kind, id, content) = read_record(&mut conn).unwrap();
    assert_eq!((kind, id), (GET_VALUES_RESULT, 0));
    let expected = [
        pair(b"FCGI_MAX_CONNS", b"12"),
        pair(b"FCGI_MAX_REQS", b"12"),
        pair(b"FCGI_MPXS_CONNS", b"0"),
    ]
    .concat();
    assert_eq!(content, expected);
    for unknown in [99u8, BEGIN_REQUEST] {
        conn.write_all(&record(unknown, 0, &[0; 8])).unwrap();
        let (kind, _, content) = read_record(&mut conn).unwrap();
        assert_eq!((kind, content[0]), (UNKNOWN_TYPE, unknown));
    }
    // Then a request on the same connection.
    conn.write_all(&get_request(1, false)).unwrap();
    assert!(read_answer(&mut conn, 1).1.starts_with("Status: 200"));
    // Records of another request id, and application records of an unknown
    // type, are ignored; a second BEGIN_REQUEST while one is active is
    // refused with FCGI_CANT_MPX_CONN.
    let mut conn = p.connect();
    conn.write_all(
        &[
            begin(1, false),
            record(PARAMS, 2, &pair(b"REQUEST_METHOD", b"DELETE")),
            record(99, 1, b"what"),
            begin(2, false),
            record(PARAMS, 1, &get_params()),
            record(PARAMS, 1, b""),
            record(STDIN, 1, b""),
        ]
        .concat(),
    )
    .unwrap();
    let (records, stdout) = read_answer(&mut conn, 1);
    assert!(stdout.starts_with("Status: 200"), "{stdout:.200}");
    let refused = records
        .iter()
        .find(|(kind, id, _)| *kind == END_REQUEST && *id == 2)
        .expect("an END_REQUEST for the second request");
    assert_eq!(refused.2[4], 1, "FCGI_CANT_MPX_CONN");
    // ABORT_REQUEST mid-request: FCGI_REQUEST_COMPLETE, and the kept
    // connection serves the next request.
    let mut conn = p.connect();
    conn.write_all(
        &[
            begin(5, true),
            record(PARAMS, 5, &get_params()),
            record(ABORT_REQUEST, 5, b""),
        ]
        .concat(),
    )
    .unwrap();
    let (records, _) = read_answer(&mut conn, 5);
    assert_eq!(records.last().unwrap().2[4], 0);
    conn.write_all(&get_request(6, true)).unwrap();
    assert!(read_answer(&mut conn, 6).1.starts_with("Status: 200"));
    // A body over the limit is a 413 (the excess is read and dropped).
    let body = vec![b'a'; 20_000];
    let post = [
        pair(b"REQUEST_METHOD", b"POST"),
        pair(b"SCRIPT_NAME", b"/index"),
        pair(b"CONTENT_TYPE", b"application/x-www-form-urlencoded"),
        pair(b"CONTENT_LENGTH", b"20000"),
    ]
    .concat();
    let mut conn = p.connect();
    let mut bytes = [
        begin(7, false),
        record(PARAMS, 7, &post),
        record(PARAMS, 7, b""),
    ]
    .concat();
    for chunk in body.chunks(8000) {
        bytes.extend_from_slice(&record(STDIN, 7, chunk));
    }
    bytes.extend_from_slice(&record(STDIN, 7, b""));
    conn.write_all(&bytes).unwrap();
    let (_, stdout) = read_answer(&mut conn, 7);
    assert!(stdout.starts_with("Status: 413"), "{stdout:.200}");
    p.serves();
}

#[test]
fn silent_and_slow_peers_hold_only_their_own_connection() {
    let p = Process::start(&[
        ("PLANADO_FASTCGI_THREADS", "4"),
        ("PLANADO_FASTCGI_REQUEST_TIMEOUT_SECONDS", "2"),
    ]);
    // More silent connections than handlers (four once stalled everyone
    // for a minute): the next client is served at once.
    let silent: Vec<UnixStream> = (0..8).map(|_| p.connect()).collect();
    let half: Vec<UnixStream> = (0..4)
        .map(|_| {
            let mut c = p.connect();
            c.write_all(&begin(1, false)).unwrap();
            c
        })
        .collect();
    let started = Instant::now();
    p.serves();
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "served behind silent peers in {:?}",
        started.elapsed()
    );
    // A peer that sends a byte at a time, never fast enough to time out a
    // single read: the limit is for the whole request.
    let mut drip = p.connect();
    let request = get_request(1, false);
    let started = Instant::now();
    let mut cut_off = false;
    for byte in &request {
        if drip.write_all(std::slice::from_ref(byte)).is_err() {
            cut_off = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(300));
        if started.elapsed() > Duration::from_secs(8) {
            break;
        }
    }
    assert!(
        cut_off || closed(&mut drip),
        "a dripping peer is cut off by the request's limit"
    );
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "within the limit and a little"
    );
    // The silent ones were closed too, after their limit.
    for mut conn in silent.into_iter().chain(half) {
        assert!(
            closed(&mut conn),
            "a silent connection ends after its limit"
        );
    }
    p.serves();
}

/// With `access_log = true` a FastCGI process writes one line per request on
/// its standard error: the route (the binary's name), the status, never the
/// query string the web server passed on.
#[test]
fn a_fastcgi_process_logs_each_request_without_its_query() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("stderr.log");
    let stderr = std::fs::File::create(&log).unwrap();
    let p = Process::start_with(&[("PLANADO_ACCESS_LOG", "true")], Stdio::from(stderr));
    let params = [
        get_params(),
        pair(
            b"QUERY_STRING",
            b"id=an-invite-id-in-the-query&key=an-admin-key-in-the-query",
        ),
    ]
    .concat();
    for id in [1, 2] {
        let mut conn = p.connect();
        let request = [
            begin(id, false),
            record(PARAMS, id, &params),
            record(PARAMS, id, b""),
            record(STDIN, id, b""),
        ]
        .concat();
        conn.write_all(&request).unwrap();
        let (_, stdout) = read_answer(&mut conn, id);
        assert!(stdout.starts_with("Status: 200"), "{stdout:.300}");
    }
    let written = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = written.lines().filter(|l| l.starts_with("time=")).collect();
    assert_eq!(lines.len(), 2, "{written}");
    for line in lines {
        assert!(
            line.contains(" route=index method=GET status=200 "),
            "{line}"
        );
    }
    assert!(
        !written.contains("in-the-query") && !written.contains("127.0.0.1"),
        "{written}"
    );
}

/// systemd's way (`sd_listen_fds`): the listening socket as descriptor 3,
/// `LISTEN_FDS=1` and `LISTEN_PID` naming the process itself. The same socket
/// with `LISTEN_PID` naming another process is not this one's: the binary then
/// answers one CGI request, as it must when the variables were inherited.
#[test]
fn a_socket_systemd_passes_is_served_and_only_by_the_process_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let start = |socket: &std::path::Path, listen_pid: &str| {
        let listener = UnixListener::bind(socket).unwrap();
        let child = Command::new("sh")
            .args([
                "-c",
                // $$ is the shell's process, which exec makes the binary.
                r#"LISTEN_PID=${1:-$$} LISTEN_FDS=1 LISTEN_FDNAMES=index exec "$0" 3<&0 0</dev/null"#,
            ])
            .arg(common::bin("index"))
            .arg(listen_pid)
            .env_clear()
            .env(
                "PLANADO_DATABASE_URL",
                format!("sqlite:{}/p.sqlite", dir.path().display()),
            )
            .env("PLANADO_PUBLIC_URL", "https://planado.test")
            .env("REQUEST_METHOD", "GET")
            .stdin(Stdio::from(OwnedFd::from(listener)))
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        common::Guard(child)
    };
    let socket = dir.path().join("passed.socket");
    let _served = start(&socket, "");
    for _ in 0..3 {
        let mut conn = UnixStream::connect(&socket).unwrap();
        conn.set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        conn.write_all(&get_request(1, false)).unwrap();
        let (_, stdout) = read_answer(&mut conn, 1);
        assert!(stdout.starts_with("Status: 200"), "{stdout:.300}");
    }
    let other = dir.path().join("other.socket");
    let mut not_ours = start(&other, "1");
    let status = not_ours.0.wait().unwrap();
    let mut cgi_answer = String::new();
    not_ours
        .0
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut cgi_answer)
        .unwrap();
    assert!(status.success(), "{status:?}");
    assert!(
        cgi_answer.starts_with("Status: 200") && cgi_answer.contains("<form"),
        "one CGI answer on standard output: {cgi_answer:.300}"
    );
}
