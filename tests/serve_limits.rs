//! `planado serve` under clients that do not play along: slow headers, a
//! silent socket, an unfinished body, more idle connections than it has file
//! descriptors, and `SIGTERM` while a request is in flight.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

/// `planado serve` with short timeouts; `shell_prefix` runs before it (a
/// `ulimit`, say).
fn serve_with(shell_prefix: &str) -> common::Served {
    common::serve_in_shell(
        shell_prefix,
        &[
            ("PLANADO_SERVE_HEADER_TIMEOUT_SECONDS", "1"),
            ("PLANADO_SERVE_BODY_TIMEOUT_SECONDS", "1"),
        ],
    )
}

/// Sends `first`, then waits until the server closes the connection; returns
/// how long that took and what it answered.
fn closed_after(addr: &str, first: &[u8]) -> (Duration, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let started = Instant::now();
    stream.write_all(first).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    (
        started.elapsed(),
        String::from_utf8_lossy(&answer).into_owned(),
    )
}

#[test]
fn slow_or_silent_clients_are_closed_within_their_timeouts() {
    let served = serve_with("");
    let addr = served.addr.clone();
    let (silent, _) = closed_after(&addr, b"");
    assert!(
        silent < Duration::from_secs(4),
        "a silent socket stayed {silent:?}"
    );
    let (slow, _) = closed_after(&addr, b"GET /index HTTP/1.1\r\nHost: x\r\n");
    assert!(
        slow < Duration::from_secs(4),
        "unfinished headers stayed {slow:?}"
    );
    let (body, answer) = closed_after(
        &addr,
        b"POST /booking HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nname=",
    );
    assert!(
        body < Duration::from_secs(4),
        "an unfinished body stayed {body:?}"
    );
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    // An idle keep-alive connection is closed too.
    let (idle, answer) = closed_after(&addr, b"GET /index HTTP/1.1\r\nHost: x\r\n\r\n");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(
        idle < Duration::from_secs(4),
        "an idle keep-alive connection stayed {idle:?}"
    );
}

/// CPU seconds the process has used (user + system, from /proc).
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let fields: Vec<&str> = stat.rsplit(") ").next().unwrap().split(' ').collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    ticks as f64 / 100.0
}

#[test]
fn out_of_file_descriptors_it_waits_without_spinning_and_recovers() {
    let log_dir = tempfile::tempdir().unwrap();
    let log = log_dir.path().join("stderr");
    let served = serve_with(&format!("ulimit -n 64 && exec 2>\"{}\" &&", log.display()));
    let (server, addr) = (&served.server, served.addr.clone());
    let idle: Vec<TcpStream> = (0..80)
        .filter_map(|_| TcpStream::connect(&addr).ok())
        .collect();
    assert!(idle.len() >= 64, "the kernel's queue takes the connections");
    // The server did run out: it says so (EMFILE) while it waits.
    let deadline = Instant::now() + Duration::from_secs(5);
    while !std::fs::read_to_string(&log)
        .unwrap_or_default()
        .contains("Too many open files")
    {
        assert!(
            Instant::now() < deadline,
            "the limit was never reached: {}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let before = cpu_seconds(server.0.id());
    std::thread::sleep(Duration::from_millis(700));
    let used = cpu_seconds(server.0.id()) - before;
    assert!(
        used < 0.35,
        "the accept loop spins: {used} s of CPU in 0.7 s"
    );
    // The idle ones time out (1 s); then a new visitor is served.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let answer =
            std::panic::catch_unwind(|| common::http(&addr, "GET", "/index", "text/html", None));
        if let Ok(answer) = answer
            && answer.status == 200
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no visitor served after the idle ones"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    drop(idle);
}

#[test]
fn sigterm_finishes_the_request_in_flight_and_exits_cleanly() {
    let mut served = serve_with("");
    let (server, addr) = (&mut served.server, served.addr.clone());
    // A request whose body arrives slowly is in flight when SIGTERM comes:
    // its headers are in and the server reads its body (it says so with
    // `100 Continue`), of which half has come.
    let mut stream = TcpStream::connect(&addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream
        .write_all(
            b"POST /booking HTTP/1.1\r\nHost: x\r\nConnection: close\r\nExpect: 100-continue\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 6\r\n\r\n",
        )
        .unwrap();
    let mut continued = Vec::new();
    while !continued.ends_with(b"\r\n\r\n") {
        let mut byte = [0u8; 1];
        stream.read_exact(&mut byte).unwrap();
        continued.push(byte[0]);
    }
    assert!(continued.starts_with(b"HTTP/1.1 100"), "{continued:?}");
    stream.write_all(b"x=").unwrap();
    let pid = server.0.id().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    // The server took the signal: it no longer accepts connections.
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpStream::connect(&addr).is_ok() {
        assert!(
            Instant::now() < deadline,
            "serve still accepts after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    stream.write_all(b"1234").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    // Answered: the booking lacks its fields (400), not a dropped connection.
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer:?}");
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = server.0.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "serve did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "serve exited with {status}");
    assert!(TcpStream::connect(&addr).is_err(), "still listening");
}

/// A client that closes its side after sending its request (`nc -N`,
/// `shutdown(SHUT_WR)`) still gets its answer, as Apache, lighttpd and nginx
/// give it.
#[test]
fn a_client_that_half_closes_gets_its_answer() {
    let served = serve_with("");
    let mut stream = TcpStream::connect(&served.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream
        .write_all(b"GET /index HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    stream.shutdown(std::net::Shutdown::Write).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("</html>"), "the whole page");
}

/// Forty clients pipeline requests for a file and never read their answers,
/// more than the server's connections (32): they are closed once they have
/// let their answers wait `serve_write_timeout_seconds`, and a visitor gets
/// in (before, every other visitor timed out).
#[test]
fn clients_that_never_read_cannot_hold_the_connections() {
    let served = common::serve_in_shell(
        "",
        &[
            ("PLANADO_SERVE_MAX_CONNECTIONS", "32"),
            ("PLANADO_SERVE_WRITE_TIMEOUT_SECONDS", "2"),
        ],
    );
    let request = b"GET /openapi.yaml HTTP/1.1\r\nHost: x\r\n\r\n".repeat(2000);
    let hogs: Vec<TcpStream> = (0..40)
        .map(|_| {
            let stream = TcpStream::connect(&served.addr).unwrap();
            stream
                .set_write_timeout(Some(Duration::from_millis(200)))
                .unwrap();
            // The server reads a little ahead only; the rest waits here.
            let _ = (&stream).write_all(&request);
            stream
        })
        .collect();
    // Every connection the server has is busy with a hog now.
    std::thread::sleep(Duration::from_millis(500));
    let started = Instant::now();
    let mut visitor = TcpStream::connect(&served.addr).unwrap();
    visitor
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    visitor
        .write_all(b"GET /index HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut answer = Vec::new();
    let _ = visitor.read_to_end(&mut answer);
    let waited = started.elapsed();
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "after {waited:?}: {answer:.200}"
    );
    assert!(
        waited < Duration::from_secs(10),
        "the visitor waited {waited:?} behind clients that never read"
    );
    // The hogs were cut off: their sockets see the end (or a reset, since
    // the server closed with their requests unread), not a timeout.
    let still_open = hogs
        .into_iter()
        .filter(|mut hog| {
            hog.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            let mut sink = Vec::new();
            matches!(
                hog.read_to_end(&mut sink),
                Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut)
            )
        })
        .count();
    assert_eq!(still_open, 0, "every hog's connection was closed");
}
