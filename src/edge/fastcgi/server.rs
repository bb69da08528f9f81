//! The FastCGI server: `fastcgi_max_connections` threads share the listening
//! socket, each reading the requests of one connection at a time; at most
//! `fastcgi_threads` of them run a handler at once (as many as the pool has
//! store connections). So a connection that is silent or slow holds only its
//! own thread, never a handler: a whole request must arrive within
//! `fastcgi_request_timeout_seconds` of its first record, a fresh connection
//! must begin within that time too and a kept one within twice it, and an
//! answer must be taken within [`WRITE_LIMIT`], whatever pace the peer keeps.
//!
//! One request per connection at a time (`FCGI_MPXS_CONNS = 0`, as libfcgi
//! and `php-cgi`), connections kept when the web server asks
//! (`FCGI_KEEP_CONN`). It stops on `SIGTERM`, `SIGINT` or `SIGUSR1` after the
//! requests in flight are answered, and after `fastcgi_max_requests` requests
//! when that is set.

use std::io::{self, BufReader, BufWriter, Read, Write};
use std::os::fd::{FromRawFd, RawFd};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use socket2::Socket;

use super::protocol::{self, Assembler, Capacity, Incoming};
use crate::app::App;
use crate::edge::cgi::{self, MetaVars};
use crate::edge::{Backoff, STOP_GRACE, Startup, access_log, guard};
use crate::handlers::Handler;
use crate::web::MAX_BODY_BYTES;

/// The web server must take an answer within this.
const WRITE_LIMIT: Duration = Duration::from_secs(30);

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
    /// The route this binary answers, for the access log (its file name).
    route: String,
    /// Handlers that may run at once.
    workers: Slots,
    /// The time a request has to arrive whole (and a fresh connection to
    /// begin one; a kept connection may idle twice as long).
    request_limit: Duration,
    capacity: Capacity,
    /// With `test-hooks`: the process's own test clock (tests start the
    /// process with it), read once; a request's own parameter wins.
    #[cfg(feature = "test-hooks")]
    test_now: Option<String>,
}

/// Serves FastCGI requests on `fd`, the listening socket this process was
/// started with (see [`super::listening_socket`]), until told to stop.
pub fn serve(handler: Handler, fd: RawFd) -> ! {
    // SAFETY: `fd` is open (`listening_socket` found it listening) and
    // nothing else in this process uses it from here on.
    let listener = unsafe { Socket::from_raw_fd(fd) };
    let app = App::from_env().map_err(|e| e.to_string());
    let (threads, connections, max_requests, request_limit) = match &app {
        Ok(app) => (
            app.config.fastcgi_threads,
            app.config.fastcgi_max_connections,
            app.config.fastcgi_max_requests,
            app.config.fastcgi_request_timeout_seconds,
        ),
        Err(_) => (1, 1, 0, 30),
    };
    let server = Server {
        app: app.map(|app| app.pooled(threads)),
        handler,
        route: binary_name(),
        listener,
        stopping: AtomicBool::new(false),
        in_flight: AtomicUsize::new(0),
        served: AtomicU64::new(0),
        max_requests: max_requests.into(),
        workers: Slots::new(threads as usize),
        request_limit: Duration::from_secs(request_limit.into()),
        capacity: Capacity {
            max_conns: connections as usize,
        },
        #[cfg(feature = "test-hooks")]
        test_now: std::env::var(crate::clock::TEST_CLOCK_VAR).ok(),
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
        for _ in 0..connections {
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

/// This binary's file name (`invite`, `admin`, ...).
fn binary_name() -> String {
    std::env::args_os()
        .next()
        .map(std::path::PathBuf::from)
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "fastcgi".into())
}

fn accept_loop(server: &Server) {
    let mut backoff = Backoff::new();
    while !server.stopping.load(Ordering::SeqCst) {
        match server.listener.accept() {
            Ok((conn, _)) => {
                backoff.reset();
                if let Err(e) = serve_connection(server, &conn) {
                    // Only this connection ends. A web server that hung up
                    // (its client left) is no news; a broken protocol or a
                    // peer that let its time run out is.
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
                std::thread::sleep(backoff.pause());
            }
        }
    }
}

fn serve_connection(server: &Server, conn: &Socket) -> io::Result<()> {
    let mut reader = BufReader::new(Timed::new(conn, server.request_limit));
    let mut writer = BufWriter::new(Timed::new(conn, WRITE_LIMIT));
    loop {
        let Some(request) = read_request(server, &mut reader, &mut writer)? else {
            return Ok(());
        };
        server.in_flight.fetch_add(1, Ordering::SeqCst);
        // The handler slot is held for the handler only, not while a slow
        // peer takes the answer.
        let answered = {
            let _worker = server.workers.take();
            answer(server, &request)
        }
        .and_then(|bytes| {
            writer.get_mut().limit(WRITE_LIMIT);
            protocol::write_answer(&mut writer, request.id, &bytes)?;
            writer.flush()
        });
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
        reader.get_mut().limit(server.request_limit * 2);
    }
}

/// Reads records until one request is complete, writing the replies the
/// protocol asks for on the way. `None` when the web server closed the
/// connection between requests.
fn read_request(
    server: &Server,
    reader: &mut BufReader<Timed<'_>>,
    writer: &mut BufWriter<Timed<'_>>,
) -> io::Result<Option<Incoming>> {
    let mut assembler = Assembler::new(server.capacity, MAX_BODY_BYTES);
    let mut replies = Vec::new();
    let mut first = true;
    loop {
        let between_requests = !assembler.in_request() && first;
        let record = match protocol::read_record(reader, between_requests) {
            Ok(Some(record)) => record,
            Ok(None) => return Ok(None),
            // A kept connection that stays idle past its time is closed
            // quietly, as one the web server closed.
            Err(e) if between_requests && e.kind() == io::ErrorKind::TimedOut => {
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if first {
            // From its first record on, the request has its limit in all.
            reader.get_mut().limit(server.request_limit);
            first = false;
        }
        let complete = assembler.feed(record, &mut replies)?;
        if !replies.is_empty() {
            writer.get_mut().limit(WRITE_LIMIT);
            writer.write_all(&replies)?;
            writer.flush()?;
            replies.clear();
        }
        if complete.is_some() {
            return Ok(complete);
        }
    }
}

/// The answer in CGI form; a panic in a handler becomes a 500 with the
/// security headers, and the process goes on with the next request.
fn answer(server: &Server, request: &Incoming) -> io::Result<Vec<u8>> {
    let pairs = protocol::name_value_pairs(&request.params)?;
    #[allow(unused_mut)]
    let mut vars = MetaVars::from_pairs(pairs);
    #[cfg(feature = "test-hooks")]
    if vars.get(crate::clock::TEST_CLOCK_VAR).is_none()
        && let Some(now) = &server.test_now
    {
        vars.insert(crate::clock::TEST_CLOCK_VAR, now.clone());
    }
    let began = Instant::now();
    let (response, _) = guard(|| {
        let body = cgi::read_body(&vars, &mut request.stdin.as_slice());
        cgi::answer(server.handler, &vars, body, &server.app)
    });
    if let Ok(app) = &server.app
        && app.config.access_log
    {
        let method = vars
            .get("REQUEST_METHOD")
            .and_then(|m| http::Method::from_bytes(m.as_bytes()).ok())
            .unwrap_or_default();
        access_log::Entry {
            at: crate::clock::now(),
            route: &server.route,
            method: &method,
            status: response.status(),
            took: began.elapsed(),
            bytes: response.body().len(),
        }
        .write();
    }
    Ok(cgi::response_bytes(&response))
}

/// A socket whose reads (or writes) must be done by a deadline, however the
/// peer paces them: each call waits only for what is left of the time.
struct Timed<'a> {
    conn: &'a Socket,
    deadline: Instant,
}

impl<'a> Timed<'a> {
    fn new(conn: &'a Socket, limit: Duration) -> Timed<'a> {
        Timed {
            conn,
            deadline: Instant::now() + limit,
        }
    }

    /// A new deadline, `limit` from now.
    fn limit(&mut self, limit: Duration) {
        self.deadline = Instant::now() + limit;
    }

    fn left(&self) -> io::Result<Duration> {
        self.deadline
            .checked_duration_since(Instant::now())
            .filter(|left| !left.is_zero())
            .ok_or_else(|| io::Error::new(io::ErrorKind::TimedOut, "the peer's time ran out"))
    }
}

/// A socket timeout says "would block"; the log should say what happened.
fn timed_out(e: io::Error) -> io::Error {
    match e.kind() {
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => {
            io::Error::new(io::ErrorKind::TimedOut, "the peer's time ran out")
        }
        _ => e,
    }
}

impl Read for Timed<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.conn.set_read_timeout(Some(self.left()?))?;
        (&*self.conn).read(buf).map_err(timed_out)
    }
}

impl Write for Timed<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.conn.set_write_timeout(Some(self.left()?))?;
        (&*self.conn).write(buf).map_err(timed_out)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A counting semaphore: at most `max` holders at once; others wait.
struct Slots {
    used: Mutex<usize>,
    freed: Condvar,
    max: usize,
}

impl Slots {
    fn new(max: usize) -> Slots {
        Slots {
            used: Mutex::new(0),
            freed: Condvar::new(),
            max: max.max(1),
        }
    }

    fn take(&self) -> Slot<'_> {
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        while *used >= self.max {
            used = self.freed.wait(used).unwrap_or_else(|e| e.into_inner());
        }
        *used += 1;
        Slot(self)
    }
}

struct Slot<'a>(&'a Slots);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut used = self.0.used.lock().unwrap_or_else(|e| e.into_inner());
        *used -= 1;
        self.0.freed.notify_one();
    }
}
