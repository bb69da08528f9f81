//! `planado serve` answers the same flow over HTTP on loopback, and serves
//! `htdocs/` safely.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;

fn start(extra: &[(&str, &str)]) -> common::Served {
    let mut env = vec![("PLANADO_JITSI_URL", "https://jitsi.test")];
    env.extend_from_slice(extra);
    common::serve(&env)
}

struct Answer {
    status: u16,
    head: String,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

fn request(server: &common::Served, raw_head: &str, body: &[u8]) -> Answer {
    let mut s = TcpStream::connect(&server.addr).unwrap();
    s.write_all(raw_head.replace('\n', "\r\n").as_bytes())
        .unwrap();
    s.write_all(b"\r\n").unwrap();
    s.write_all(body).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    let text = String::from_utf8_lossy(&out).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    Answer {
        status,
        head: head.to_string(),
        body: body.to_string(),
    }
}

fn get(server: &common::Served, path: &str, accept: &str) -> Answer {
    request(
        server,
        &format!(
            "GET {path} HTTP/1.1\nHost: {}\nAccept: {accept}\nConnection: close\n",
            server.addr
        ),
        b"",
    )
}

fn post(server: &common::Served, path: &str, form: &str) -> Answer {
    let head = format!(
        "POST {path} HTTP/1.1\nHost: {}\nAccept: application/json\nContent-Type: application/x-www-form-urlencoded\nContent-Length: {}\nConnection: close\n",
        server.addr,
        form.len()
    );
    request(server, &head, form.as_bytes())
}

#[test]
fn the_whole_flow_over_http() {
    let server = start(&[]);
    let index = get(&server, "/", "text/html");
    assert_eq!(index.status, 200);
    assert!(index.body.contains("action=\"booking\""));
    assert_eq!(
        index.header("Referrer-Policy").as_deref(),
        Some("no-referrer")
    );

    // A meeting a day ahead: waiting.
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let booked = post(
        &server,
        "/booking",
        &format!("name=Serve&date={tomorrow}&time=10:00&tz=UTC"),
    );
    assert_eq!(booked.status, 201, "{}", booked.body);
    let json: serde_json::Value = serde_json::from_str(&booked.body).unwrap();
    let invite_url = json["invite_url"].as_str().unwrap();
    assert!(
        invite_url.starts_with(&format!("http://{}/invite?id=", server.addr)),
        "{invite_url}"
    );
    let path = format!("/invite?{}", common::query_of(invite_url));
    let waiting = get(&server, &path, "application/json");
    assert_eq!(waiting.status, 200);
    assert!(waiting.body.contains("\"status\":\"waiting\""));

    // A meeting in the current minute: open at once.
    let now = common::now_in_a_fresh_minute();
    let booked = post(
        &server,
        "/booking",
        &format!(
            "name=Now&date={}&time={}&tz=UTC",
            now.format("%Y-%m-%d"),
            now.format("%H:%M")
        ),
    );
    assert_eq!(booked.status, 201, "{}", booked.body);
    let json: serde_json::Value = serde_json::from_str(&booked.body).unwrap();
    let open = get(
        &server,
        &format!(
            "/invite?{}",
            common::query_of(json["invite_url"].as_str().unwrap())
        ),
        "text/html",
    );
    assert_eq!(open.status, 303);
    assert!(
        open.header("Location")
            .unwrap()
            .starts_with("https://jitsi.test/")
    );

    assert_eq!(get(&server, "/invite?id=nothing", "text/html").status, 404);
    assert_eq!(get(&server, "/booking", "text/html").status, 405);
}

#[test]
fn static_files_and_limits() {
    let server = start(&[]);
    let css = get(&server, "/css/planado.css", "text/css");
    assert_eq!(css.status, 200);
    assert_eq!(
        css.header("Content-Type").as_deref(),
        Some("text/css; charset=utf-8")
    );
    assert_eq!(
        get(&server, "/js/planado.js", "*/*")
            .header("Content-Type")
            .as_deref(),
        Some("text/javascript; charset=utf-8")
    );
    for path in [
        "/../Cargo.toml",
        "/css/../../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/.git/config",
        "/nothing",
    ] {
        assert_eq!(get(&server, path, "text/html").status, 404, "{path}");
    }
    let big = "a".repeat(20_000);
    assert_eq!(post(&server, "/booking", &big).status, 413);
    let head = "POST /booking HTTP/1.1\nHost: x\nContent-Length: 99999999\nConnection: close\n";
    assert_eq!(request(&server, head, b"").status, 413);
}
