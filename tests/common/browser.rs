//! The real headless Chromium the browser tests drive (Debian `chromium`
//! over WebDriver, by `chromedriver`), with what every such test needs: a
//! stand-in for Jitsi, `planado serve` in front of it, and the console
//! watched for every error.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{Timelike, Utc};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

use super::{Guard, Served};

/// WebDriver's "Set Permission" (chromedriver supports it): lets the test read
/// the clipboard the page wrote, as a person would paste it.
#[derive(Debug)]
pub struct GrantPermission(&'static str);

impl fantoccini::wd::WebDriverCompatibleCommand for GrantPermission {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/permissions",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "descriptor": { "name": self.0 }, "state": "granted" });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// ChromeDriver's log endpoint: the browser console's messages since the
/// last call (chromedriver keeps this extension of the legacy protocol).
#[derive(Debug)]
pub struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": "browser" }).to_string()),
        )
    }
}

/// Fails on anything the console reported since the last look: a script
/// error, a Content-Security-Policy violation, a resource that did not load.
/// `error_page`: the page itself was meant to answer with an error status,
/// which the console reports too.
pub async fn assert_console_clean(c: &Client, page: &str, error_page: bool) {
    let log = c.issue_cmd(BrowserLog).await.expect("the browser console");
    let problems: Vec<String> = log
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .filter(|entry| {
            let message = entry["message"].as_str().unwrap_or_default();
            let level = entry["level"].as_str().unwrap_or_default();
            let expected = error_page
                && entry["source"] == "network"
                && message.contains("the server responded with a status of 4");
            (level == "SEVERE" || message.contains("Content Security Policy")) && !expected
        })
        .map(|entry| entry.to_string())
        .collect();
    assert!(
        problems.is_empty(),
        "{page}: the console reported {problems:#?}"
    );
}

pub async fn clipboard(c: &Client) -> String {
    c.issue_cmd(GrantPermission("clipboard-read"))
        .await
        .expect("clipboard permission");
    let text = c
        .execute_async(
            "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('ERROR ' + e));",
            vec![],
        )
        .await
        .unwrap();
    text.as_str().unwrap_or_default().to_string()
}

/// A stand-in for the Jitsi server: any path answers a small page.
pub fn jitsi_stub() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let body = "<!doctype html><title>Jitsi stub</title><p>room</p>";
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    port
}

pub struct Planado {
    _served: Served,
    pub base: String,
}

pub fn planado(jitsi_port: u16) -> Planado {
    planado_with(jitsi_port, &[])
}

pub fn planado_with(jitsi_port: u16, extra: &[(&str, &str)]) -> Planado {
    let jitsi = format!("http://127.0.0.1:{jitsi_port}");
    let mut env = vec![("PLANADO_JITSI_URL", jitsi.as_str())];
    env.extend_from_slice(extra);
    let served = super::serve(&env);
    Planado {
        base: format!("http://{}", served.addr),
        _served: served,
    }
}

/// chromedriver with the browser's zone set by `TZ`.
pub fn chromedriver(tz: &str) -> (Guard, u16) {
    let port = super::free_port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .env("TZ", tz)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver is installed (scripts/test installs chromium-driver)");
    super::wait_for_port(port, "chromedriver", None);
    (Guard(child), port)
}

pub async fn chromium(driver_port: u16, javascript: bool, profile: &std::path::Path) -> Client {
    chromium_sized(driver_port, javascript, profile, (1280, 900)).await
}

/// The same, with a window of `size` (width, height) in CSS pixels.
pub async fn chromium_sized(
    driver_port: u16,
    javascript: bool,
    profile: &std::path::Path,
    size: (u32, u32),
) -> Client {
    chromium_with(driver_port, javascript, profile, size, &[]).await
}

/// The same, with more of Chromium's switches (`--force-prefers-reduced-motion`).
pub async fn chromium_with(
    driver_port: u16,
    javascript: bool,
    profile: &std::path::Path,
    size: (u32, u32),
    switches: &[&str],
) -> Client {
    let mut prefs = serde_json::Map::new();
    prefs.insert(
        "download.default_directory".into(),
        json!(profile.join("downloads")),
    );
    prefs.insert("download.prompt_for_download".into(), json!(false));
    if !javascript {
        prefs.insert(
            "profile.managed_default_content_settings.javascript".into(),
            json!(2),
        );
    }
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                format!("--user-data-dir={}", profile.display()),
                format!("--window-size={},{}", size.0, size.1),
                // A person looks at the page: no throttling of a "background" one.
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
            ],
            "prefs": prefs,
        },
        "goog:loggingPrefs": { "browser": "ALL" },
    });
    let mut caps = caps.as_object().unwrap().clone();
    if let Some(args) = caps["goog:chromeOptions"]["args"].as_array_mut() {
        args.extend(switches.iter().map(|s| json!(s)));
    }
    if size.0 < 500 {
        // A window is never narrower than 500 px: a phone's width is emulated.
        caps["goog:chromeOptions"]["mobileEmulation"] = json!({
            "deviceMetrics": { "width": size.0, "height": size.1, "pixelRatio": 1.0 }
        });
    }
    ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{driver_port}"))
        .await
        .expect("a Chromium session")
}

/// A start at least 20 s away (so the waiting page is seen) and at most 80 s.
pub fn next_start(tz: chrono_tz::Tz) -> chrono::DateTime<chrono_tz::Tz> {
    let now = Utc::now().with_timezone(&tz);
    let minutes = if now.second() > 40 { 2 } else { 1 };
    (now + chrono::Duration::minutes(minutes))
        .with_second(0)
        .unwrap()
        .with_nanosecond(0)
        .unwrap()
}

pub async fn wait_for_url(c: &Client, prefix: &str, limit: Duration) -> String {
    let deadline = Instant::now() + limit;
    loop {
        let url = c.current_url().await.unwrap().to_string();
        if url.starts_with(prefix) {
            return url;
        }
        assert!(
            Instant::now() < deadline,
            "never reached {prefix}; still at {url}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// The one file that appears in a download folder.
pub async fn downloaded(dir: &std::path::Path) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(entry) = std::fs::read_dir(dir)
            .ok()
            .and_then(|mut d| d.next())
            .and_then(Result::ok)
        {
            let path = entry.path();
            // The file may be there before all of it is written.
            if path.extension().is_some_and(|e| e == "ics")
                && let Ok(text) = std::fs::read_to_string(&path)
                && text.ends_with("END:VCALENDAR\r\n")
            {
                return text;
            }
        }
        assert!(
            Instant::now() < deadline,
            "no calendar file downloaded to {}",
            dir.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

pub async fn type_into(c: &Client, css: &str, text: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

pub async fn value_of(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

pub async fn clear(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .clear()
        .await
        .unwrap();
}

/// The text of `css` once it contains `needle` (after a click, the old page
/// may still be there for a moment).
pub async fn wait_text(c: &Client, css: &str, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let found = match c.find(Locator::Css(css)).await {
            Ok(el) => el.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if found.contains(needle) {
            return found;
        }
        assert!(
            Instant::now() < deadline,
            "{css} never contained {needle:?} (last: {found:?})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub async fn text(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}
