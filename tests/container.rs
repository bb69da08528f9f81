//! The container image (issue: for the people who run it): `scripts/image`
//! builds it with the real podman FROM scratch out of the release binaries;
//! it runs as an unprivileged user on a read-only root file system, keeps
//! SQLite in its /data volume across a restart, works on the host's MariaDB
//! too, answers its own health check, and carries the whole flow. Podman's
//! configuration is the test command's own (`CONTAINERS_CONF`: the runc
//! runtime, no default ulimits; `CONTAINERS_STORAGE_CONF`: storage under
//! target/).

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use common::http;

fn podman(args: &[&str]) -> std::process::Output {
    let out = Command::new("podman")
        .args(args)
        .output()
        .expect("podman is installed (scripts/test installs it)");
    assert!(
        std::env::var_os("CONTAINERS_CONF").is_some(),
        "CONTAINERS_CONF names the tests' podman configuration (scripts/test writes it)"
    );
    out
}

fn podman_ok(args: &[&str]) -> String {
    let out = podman(args);
    assert!(
        out.status.success(),
        "podman {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The image, built once for the tests of this file.
fn image() -> &'static str {
    static BUILT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let release = std::env::var("PLANADO_TEST_RELEASE").expect(
            "PLANADO_TEST_RELEASE names target/dist (scripts/test makes it with scripts/release)",
        );
        let tag = "localhost/planado:test";
        let out = Command::new(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/image"))
            .args(["--from", &format!("{release}/unpacked"), "--tag", tag])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "scripts/image: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let said = String::from_utf8_lossy(&out.stdout);
        let size: u64 = said.split_whitespace().nth(1).unwrap().parse().unwrap();
        println!("image {tag}: {size} bytes ({:.1} MB)", size as f64 / 1e6);
        assert!(size < 40_000_000, "a small image: {size} bytes");
        tag.to_string()
    })
}

/// A running container of the image; removed (with its volume) at the end.
struct Container {
    name: String,
    port: u16,
    volume: Option<String>,
}

impl Container {
    fn start(name: &str, volume: Option<&str>, env: &[(&str, &str)]) -> Container {
        let port = common::free_port();
        let name = format!("planado-test-{name}-{port}");
        let _ = podman(&["rm", "-f", &name]);
        let listen = format!("PLANADO_LISTEN=127.0.0.1:{port}");
        // Loopback only here: the host's network (no other exists); the
        // health check is run by hand (no systemd timers in the tests).
        let mut args: Vec<String> = [
            "run",
            "-d",
            "--name",
            &name,
            "--network",
            "host",
            "--read-only",
            "--health-interval",
            "disable",
            "-e",
            &listen,
        ]
        .map(str::to_string)
        .to_vec();
        if let Some(volume) = volume {
            args.extend(["-v".to_string(), format!("{volume}:/data")]);
        }
        for (k, v) in env {
            args.extend(["-e".to_string(), format!("{k}={v}")]);
        }
        args.push(image().to_string());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        podman_ok(&args);
        let c = Container {
            name,
            port,
            volume: volume.map(str::to_string),
        };
        c.wait_ready();
        c
    }

    fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(self.addr()).is_err() {
            if Instant::now() > deadline {
                let logs = podman(&["logs", &self.name]);
                panic!(
                    "the container never listened: {}{}",
                    String::from_utf8_lossy(&logs.stdout),
                    String::from_utf8_lossy(&logs.stderr)
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn restart(&self) {
        podman_ok(&["restart", "--time", "10", &self.name]);
        self.wait_ready();
    }

    fn pid(&self) -> String {
        podman_ok(&["inspect", "--format", "{{.State.Pid}}", &self.name])
    }
}

impl Drop for Container {
    fn drop(&mut self) {
        let _ = podman(&["rm", "-f", "--time", "5", &self.name]);
        if let Some(volume) = &self.volume {
            let _ = podman(&["volume", "rm", "-f", volume]);
        }
    }
}

/// Books, waits, organises, and downloads through the container.
fn the_flow(addr: &str) -> (String, String) {
    let ready = http(addr, "GET", "/readyz", "*/*", None);
    assert_eq!((ready.status, ready.body.as_str()), (200, "ready\n"));
    let form = format!(
        "name=Board&date={}&time=10:00&tz=UTC",
        common::a_day_next_year()
    );
    let booked = http(addr, "POST", "/booking", "application/json", Some(&form));
    assert_eq!(booked.status, 201, "{}", booked.body);
    let json = booked.json();
    let path = |key: &str| common::path_of(json[key].as_str().unwrap());
    let (invite, admin) = (path("invite_url"), path("admin_url"));
    let waiting = http(addr, "GET", &invite, "text/html", None);
    assert_eq!(waiting.status, 200);
    assert!(waiting.body.contains("id=\"waiting\""));
    assert_eq!(http(addr, "GET", &admin, "text/html", None).status, 200);
    let entered = http(addr, "POST", &admin, "text/html", Some("action=enter"));
    assert_eq!(entered.status, 303, "the organiser goes into the room");
    let room = entered.header("location").unwrap();
    assert!(room.starts_with("https://"), "{room}");
    assert_eq!(
        http(addr, "GET", &path("ics_url"), "text/calendar", None).status,
        200
    );
    assert_eq!(
        http(addr, "GET", "/css/planado.css", "text/css", None).status,
        200
    );
    (invite, admin)
}

#[test]
fn the_image_runs_unprivileged_read_only_and_keeps_its_data() {
    let volume = format!("planado-test-data-{}", common::free_port());
    let c = Container::start("sqlite", Some(&volume), &[]);
    let (invite, admin) = the_flow(&c.addr());

    // Not root, on a read-only root file system: seen from the host, in the
    // container's own process and mount namespace.
    let pid = c.pid();
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let uid = status.lines().find(|l| l.starts_with("Uid:")).unwrap();
    assert!(
        uid.split_whitespace().skip(1).all(|id| id == "10001"),
        "{uid}"
    );
    assert_eq!(
        podman_ok(&[
            "inspect",
            "--format",
            "{{.HostConfig.ReadonlyRootfs}}",
            &c.name
        ]),
        "true"
    );
    let root = PathBuf::from(format!("/proc/{pid}/root"));
    let refused = std::fs::write(root.join("usr/local/bin/planted"), "x").unwrap_err();
    assert_eq!(refused.raw_os_error(), Some(30), "EROFS: {refused}");
    assert!(
        root.join("data/planado.sqlite").exists(),
        "SQLite is in the volume"
    );

    // The image's own health check: `planado health`.
    let check = podman(&["healthcheck", "run", &c.name]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let declared = podman_ok(&[
        "image",
        "inspect",
        "--format",
        "{{json .Config.Healthcheck}}",
        image(),
    ]);
    assert!(
        declared.contains("/usr/local/bin/planado") && declared.contains("health"),
        "{declared}"
    );
    assert_eq!(
        podman_ok(&["image", "inspect", "--format", "{{.Config.User}}", image()]),
        "10001:10001"
    );

    // After a restart the meeting is still there.
    c.restart();
    let again = http(&c.addr(), "GET", &invite, "text/html", None);
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(
        http(&c.addr(), "GET", &admin, "text/html", None).status,
        200
    );
}

#[test]
fn the_image_runs_on_the_hosts_mariadb() {
    let db = common::mariadb();
    let c = Container::start("mariadb", None, &[("PLANADO_DATABASE_URL", db.url())]);
    the_flow(&c.addr());
    assert_eq!(db.count(), 1, "the booking is in MariaDB");
}

/// `compose.yaml` is YAML that Compose reads (PyYAML here), puts Planado on
/// docker-jitsi-meet's network with the shared token secret, and points
/// Prosody's reservation module at it; every `PLANADO_*` it sets is a key.
#[test]
fn compose_puts_planado_beside_docker_jitsi_meet() {
    let python = std::env::var("PLANADO_TEST_PYTHON")
        .expect("PLANADO_TEST_PYTHON names the tests' Python (scripts/test makes it)");
    let out = Command::new(python)
        .args([
            "-c",
            "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))",
            concat!(env!("CARGO_MANIFEST_DIR"), "/compose.yaml"),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let compose: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let planado = &compose["services"]["planado"];
    assert!(
        planado["image"]
            .as_str()
            .unwrap()
            .starts_with("localhost/planado:")
    );
    assert_eq!(planado["read_only"], true);
    assert!(planado["networks"].get("meet.jitsi").is_some(), "{planado}");
    let env: Vec<&str> = planado["environment"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        env.contains(&"PLANADO_JWT_SECRET=${JWT_APP_SECRET}"),
        "{env:?}"
    );
    let keys = common::stdout_of(Command::new(common::bin("planado")).arg("keys").env_clear());
    for var in env.iter().map(|e| e.split('=').next().unwrap()) {
        assert!(keys.contains(var), "{var} is not a configuration key");
    }
    let prosody: Vec<&str> = compose["services"]["prosody"]["environment"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        prosody.contains(&"PROSODY_RESERVATION_REST_BASE_URL=http://planado:8080/reservations")
    );
    let lines = prosody
        .iter()
        .find(|e| e.starts_with("XMPP_CONFIGURATION="))
        .unwrap();
    assert!(
        lines.contains(r#"["Authorization"] = "Bearer ${PLANADO_RESERVATIONS_API_TOKEN}""#),
        "{lines}"
    );
}
