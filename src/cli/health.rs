//! `planado health [--url URL]`: asks a running `planado serve` whether it is
//! ready (`GET /readyz`, src/edge/health.rs), for a shell or a container's
//! health check: exit status 0 when it is, 1 with the reason when not. Without
//! `--url` it asks the server of this configuration (`listen`) on loopback.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use crate::config::Config;

/// How long the whole question may take (connect, ask, read).
const ASK_WITHIN: Duration = Duration::from_secs(3);

pub fn run(args: &[String]) -> Result<(), String> {
    let base = match args {
        [] => {
            let config = Config::from_env().map_err(|e| e.to_string())?;
            format!("http://{}", loopback(&config.listen))
        }
        [flag, url] if flag == "--url" => url.clone(),
        _ => {
            return Err(
                "health takes only --url URL (the server's address, as http://127.0.0.1:8080)"
                    .into(),
            );
        }
    };
    let (status, line) = ask(&base)?;
    if status == 200 {
        println!("{line}");
        Ok(())
    } else {
        Err(format!("{base}: {status} {line}"))
    }
}

/// The address a local client reaches a server at that listens on `listen`
/// (a server on every interface is asked on loopback).
fn loopback(listen: &str) -> String {
    if let Some(port) = listen.strip_prefix("0.0.0.0:") {
        format!("127.0.0.1:{port}")
    } else if let Some(port) = listen.strip_prefix("[::]:") {
        format!("[::1]:{port}")
    } else {
        listen.to_string()
    }
}

/// `GET /readyz` of the server at `base` (plain HTTP: the server itself, not a
/// proxy in front); its status and first line.
fn ask(base: &str) -> Result<(u16, String), String> {
    let authority = base
        .strip_prefix("http://")
        .ok_or_else(|| {
            format!(
                "{base}: planado health asks the server itself over plain HTTP (http://HOST:PORT)"
            )
        })?
        .trim_end_matches('/');
    let (host, path) = match authority.split_once('/') {
        Some((host, path)) => (host, format!("/{path}")),
        None => (authority, "/readyz".to_string()),
    };
    let addr = host
        .to_socket_addrs()
        .map_err(|e| format!("{host}: {e}"))?
        .next()
        .ok_or_else(|| format!("{host}: no address"))?;
    let unreachable = |e: std::io::Error| format!("{base}: not answering ({e})");
    let mut stream = TcpStream::connect_timeout(&addr, ASK_WITHIN).map_err(unreachable)?;
    stream
        .set_read_timeout(Some(ASK_WITHIN))
        .map_err(unreachable)?;
    stream
        .set_write_timeout(Some(ASK_WITHIN))
        .map_err(unreachable)?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).map_err(unreachable)?;
    let mut answer = Vec::new();
    stream
        .take(64 * 1024)
        .read_to_end(&mut answer)
        .map_err(unreachable)?;
    parse_answer(&String::from_utf8_lossy(&answer))
        .ok_or_else(|| format!("{base}: not an HTTP answer"))
}

/// The status and the body's first line of an HTTP/1.1 answer.
fn parse_answer(answer: &str) -> Option<(u16, String)> {
    let (head, body) = answer.split_once("\r\n\r\n")?;
    let status = head
        .strip_prefix("HTTP/1.")?
        .get(2..)?
        .split(' ')
        .next()?
        .parse()
        .ok()?;
    Some((status, body.lines().next().unwrap_or("").to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answer_is_read() {
        let ok = "HTTP/1.1 200 OK\r\ncontent-length: 6\r\n\r\nready\n";
        assert_eq!(parse_answer(ok), Some((200, "ready".into())));
        let down =
            "HTTP/1.1 503 Service Unavailable\r\n\r\nnot ready: the database cannot be reached\n";
        assert_eq!(
            parse_answer(down),
            Some((503, "not ready: the database cannot be reached".into()))
        );
        assert_eq!(parse_answer("SSH-2.0-OpenSSH\r\n"), None);
    }

    #[test]
    fn a_server_on_every_interface_is_asked_on_loopback() {
        assert_eq!(loopback("0.0.0.0:8080"), "127.0.0.1:8080");
        assert_eq!(loopback("[::]:8080"), "[::1]:8080");
        assert_eq!(loopback("127.0.0.1:9000"), "127.0.0.1:9000");
    }
}
