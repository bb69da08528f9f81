//! What scripts/release ships (target/dist): binaries for old Linux hosts
//! (x86_64 and ARM), the shared-hosting archive under Apache with its
//! `.htaccess` files, and the Debian package installed, serving and purged.

mod common;
mod web;

use std::os::unix::fs::PermissionsExt;

#[allow(unused_imports)]
use std::path::{Path, PathBuf};
#[allow(unused_imports)]
use std::process::{Command, Stdio};
#[allow(unused_imports)]
use std::time::{Duration, Instant};

#[allow(unused_imports)]
use common::{Guard, http};
#[allow(unused_imports)]
use web::*;

/// What scripts/release made (target/dist); scripts/test builds it first.
fn release_dir() -> PathBuf {
    let dir = std::env::var_os("PLANADO_TEST_RELEASE").expect(
        "PLANADO_TEST_RELEASE names scripts/release's target/dist (scripts/test builds it)",
    );
    PathBuf::from(dir)
}

/// The one file in the release folder whose name ends with `suffix`.
fn released(suffix: &str) -> PathBuf {
    let found: Vec<PathBuf> = std::fs::read_dir(release_dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    assert_eq!(found.len(), 1, "one *{suffix} in the release: {found:?}");
    found[0].clone()
}

/// The x86_64 release archive unpacked into `into`; returns its top folder.
fn unpacked_archive(into: &Path) -> PathBuf {
    unpacked("x86_64", into)
}

/// The release archive of `arch` unpacked into `into`; returns its top folder.
fn unpacked(arch: &str, into: &Path) -> PathBuf {
    let archive = released(&format!("-{arch}-linux.tar.gz"));
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&archive)
        .arg("-C")
        .arg(into)
        .status()
        .unwrap();
    assert!(status.success(), "tar -xzf {}", archive.display());
    let name = archive.file_name().unwrap().to_string_lossy();
    into.join(name.trim_end_matches(".tar.gz"))
}

/// The highest `GLIBC_x.y` symbol version a binary needs, as (x, y), as
/// `objdump -T` lists them (`readelf -V` for another architecture's binary).
fn highest_glibc(binary: &Path) -> (u32, u32) {
    let x86 = elf_machine(binary).contains("X86-64");
    let (tool, flag) = if x86 {
        ("objdump", "-T")
    } else {
        ("readelf", "-V")
    };
    let out = Command::new(tool).arg(flag).arg(binary).output().unwrap();
    assert!(out.status.success(), "{tool} {flag} {}", binary.display());
    String::from_utf8_lossy(&out.stdout)
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter_map(|w| w.strip_prefix("GLIBC_"))
        .filter_map(|v| {
            let mut parts = v.split('.').map(|n| n.parse::<u32>().ok());
            Some((parts.next()??, parts.next().flatten().unwrap_or(0)))
        })
        .max()
        .unwrap_or((0, 0))
}

/// The machine line of `readelf -h`.
fn elf_machine(binary: &Path) -> String {
    let out = Command::new("readelf")
        .arg("-h")
        .arg(binary)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find(|l| l.trim_start().starts_with("Machine:"))
        .unwrap_or_default()
        .to_string()
}

/// The shared libraries a binary names (`readelf -d`).
fn needed(binary: &Path) -> Vec<String> {
    let out = Command::new("readelf")
        .arg("-d")
        .arg(binary)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("(NEEDED)"))
        .filter_map(|l| l.split('[').nth(1)?.split(']').next().map(str::to_string))
        .collect()
}

/// Every shipped binary of `top` (an unpacked archive) is built for
/// `machine`, runs on glibc 2.17 (CentOS 7), needs nothing but glibc, is
/// stripped and executable.
fn binaries_need_only_old_glibc(top: &Path, machine: &str) {
    let glibc_parts = [
        "libc.so.6",
        "libm.so.6",
        "libpthread.so.0",
        "libdl.so.2",
        "librt.so.1",
        "ld-linux-x86-64.so.2",
        "ld-linux-aarch64.so.1",
    ];
    let binaries = common::CGI_BINARIES
        .iter()
        .map(|b| top.join("cgi-bin").join(b))
        .chain([top.join("planado")]);
    for binary in binaries {
        let what = binary.display().to_string();
        assert!(
            elf_machine(&binary).contains(machine),
            "{what} is for {machine}"
        );
        assert!(
            highest_glibc(&binary) <= (2, 17),
            "{what} needs a newer glibc"
        );
        let libraries = needed(&binary);
        assert!(
            !libraries.is_empty(),
            "{what} is dynamically linked to glibc"
        );
        for lib in &libraries {
            assert!(glibc_parts.contains(&lib.as_str()), "{what} needs {lib}");
        }
        let sections = Command::new("readelf")
            .arg("-S")
            .arg(&binary)
            .output()
            .unwrap();
        assert!(
            !String::from_utf8_lossy(&sections.stdout).contains(".symtab"),
            "{what} is stripped"
        );
        let mode = std::fs::metadata(&binary).unwrap().permissions().mode();
        assert_eq!(mode & 0o111, 0o111, "{what} is executable");
    }
}

fn dpkg(args: &[&str]) -> std::process::Output {
    Command::new("dpkg")
        .args(args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .output()
        .unwrap()
}

/// What the package puts on the machine, and what purging it must take away.
const PACKAGE_PATHS: [&str; 8] = [
    "/usr/lib/cgi-bin/planado",
    "/usr/bin/planado",
    "/usr/share/planado",
    "/etc/planado",
    "/etc/cron.d/planado",
    "/etc/apache2/conf-available/planado.conf",
    "/lib/systemd/system/planado.service",
    "/var/lib/planado",
];

/// The flow under the package's Apache configuration, at /planado/.
fn packaged_flow(addr: &str) {
    let index = http(addr, "GET", "/planado/", "text/html", None);
    assert_eq!(index.status, 200, "{}", index.body);
    assert!(index.body.contains("Book a conference"));
    common::assert_security_headers(|h| index.header(h), "the packaged index");
    let css = http(addr, "GET", "/planado/css/planado.css", "text/css", None);
    assert_eq!(css.status, 200);
    let now = common::now_in_a_fresh_minute();
    let b = http(
        addr,
        "POST",
        "/planado/booking",
        "application/json",
        Some(&format!(
            "name=Packaged&date={}&time={}&tz=UTC",
            now.format("%Y-%m-%d"),
            now.format("%H:%M")
        )),
    );
    assert_eq!(b.status, 201, "{}", b.body);
    let invite_url = b.json()["invite_url"].as_str().unwrap().to_string();
    let prefix = format!("http://{addr}/planado/invite?id=");
    assert!(invite_url.starts_with(&prefix), "{invite_url}");
    let path = invite_url
        .trim_start_matches(&format!("http://{addr}"))
        .split('#')
        .next()
        .unwrap()
        .to_string();
    let open = http(addr, "GET", &path, "text/html", None);
    assert_eq!(open.status, 303, "{}", open.body);
    assert!(
        open.header("Location")
            .unwrap()
            .starts_with("https://meet.jit.si/")
    );
    assert_eq!(
        http(addr, "GET", "/planado/cleanup", "text/plain", None).status,
        404
    );
}

/// The x86_64 archive: old glibc and nothing else, and what the README
/// promises, checked by its sums.
#[test]
fn the_release_runs_on_old_linux_hosts() {
    let dir = tempfile::tempdir().unwrap();
    let top = unpacked_archive(dir.path());
    binaries_need_only_old_glibc(&top, "X86-64");
    for shipped in [
        "README.md",
        "LICENSE",
        "SHA256SUMS",
        "htdocs/.htaccess",
        "htdocs/css/planado.css",
        "cgi-bin/.htaccess",
        "examples/planado.example.toml",
        "examples/apache-example.conf",
        "examples/apache-fcgid-example.conf",
        "examples/apache-proxy-fcgi-example.conf",
        "examples/planado-fastcgi@.socket",
        "examples/planado-fastcgi@.service",
        "examples/lighttpd-example.conf",
        "examples/lighttpd-fastcgi-example.conf",
        "examples/nginx-example.conf",
        "examples/nginx-fastcgi-example.conf",
        "examples/htaccess-example",
        "examples/htaccess-cgi-bin-example",
    ] {
        assert!(top.join(shipped).is_file(), "the archive has {shipped}");
    }
    let sums = Command::new("sha256sum")
        .args(["--check", "--strict", "--quiet", "SHA256SUMS"])
        .current_dir(&top)
        .output()
        .unwrap();
    assert!(
        sums.status.success(),
        "{}",
        String::from_utf8_lossy(&sums.stdout)
    );
    let listed = std::fs::read_to_string(top.join("SHA256SUMS")).unwrap();
    assert!(listed.contains("  cgi-bin/invite\n") && listed.contains("  planado\n"));
}

/// The aarch64 archive: the same checks, and its binaries book and answer an
/// invite under qemu's user-mode emulation with Debian's cross glibc.
#[test]
fn the_arm_release_runs_on_old_linux_hosts() {
    let dir = tempfile::tempdir().unwrap();
    let top = unpacked("aarch64", dir.path());
    binaries_need_only_old_glibc(&top, "AArch64");
    let emulated = |binary: &Path| {
        let mut cmd = Command::new("qemu-aarch64-static");
        cmd.args(["-L", "/usr/aarch64-linux-gnu"]).arg(binary);
        cmd
    };
    let db = format!("sqlite:{}/arm.sqlite", dir.path().display());
    let init = emulated(&top.join("planado"))
        .arg("init")
        .env_clear()
        .env("PLANADO_DATABASE_URL", &db)
        .output()
        .expect(
            "qemu-aarch64-static (scripts/test installs qemu-user-static and libc6-arm64-cross)",
        );
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let run = |binary: &str, cgi: common::Cgi| {
        let mut cmd = emulated(&top.join("cgi-bin").join(binary));
        cmd.env_clear()
            .envs(cgi.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        common::run_cgi(cmd, &cgi.body)
    };
    // A shipped binary has no test clock: a meeting in the real future.
    let booked = run(
        "booking",
        common::Cgi::new("booking", &db, "POST", "")
            .json()
            .form(&format!(
                "name=Arm&date={}&time=10:00&tz=Europe%2FBerlin",
                common::a_day_next_year()
            )),
    );
    assert_eq!(booked.status, 201, "{}", booked.body);
    let invite_url = booked.json()["invite_url"].as_str().unwrap().to_string();
    let query = common::query_of(&invite_url);
    let waiting = run(
        "invite",
        common::Cgi::new("invite", &db, "GET", &query).json(),
    );
    assert_eq!(waiting.status, 200, "{}", waiting.body);
    assert_eq!(waiting.json()["status"], "waiting");
}

/// "Upload these two folders": the archive's cgi-bin and htdocs as they are,
/// with their own .htaccess files, under the host's Apache, and a
/// planado.toml beside the binaries, serve the whole flow.
#[test]
fn the_release_archive_is_a_shared_hosting_install() {
    let site = Site::new(JITSI);
    let top = unpacked_archive(site.dir.path());
    open_to_all(&top, 0o755);
    let _server = shared_hosting_apache(&site, &top);
    the_whole_flow(&site);
    let addr = site.addr();
    for closed in ["/cgi-bin/cleanup", "/cgi-bin/planado.toml"] {
        assert_eq!(
            http(&addr, "GET", closed, "text/plain", None).status,
            403,
            "{closed}"
        );
    }
}

/// The Debian package on this machine: installed with dpkg, its Apache
/// configuration enabled and serving the flow, cron's cleanup as the planado
/// user on the database the web server wrote, then purged without a trace.
#[test]
fn the_debian_package_installs_serves_and_purges() {
    let deb = released("_amd64.deb");
    if dpkg(&["-s", "planado"]).status.success() {
        assert!(
            dpkg(&["--purge", "planado"]).status.success(),
            "an earlier install purged"
        );
    }
    let installed = dpkg(&["-i", &deb.display().to_string()]);
    assert!(
        installed.status.success(),
        "dpkg -i: {}{}",
        String::from_utf8_lossy(&installed.stdout),
        String::from_utf8_lossy(&installed.stderr)
    );
    for path in PACKAGE_PATHS {
        assert!(Path::new(path).exists(), "the package installed {path}");
    }
    let user = Command::new("id").arg("planado").output().unwrap();
    let groups = String::from_utf8_lossy(&user.stdout).to_string();
    assert!(
        user.status.success() && groups.contains("(www-data)"),
        "{groups}"
    );
    let state = std::fs::metadata("/var/lib/planado").unwrap();
    assert_eq!(state.permissions().mode() & 0o7777, 0o2770);
    assert!(
        Path::new("/var/lib/planado/planado.sqlite").exists(),
        "postinst ran planado init"
    );
    let unit = Command::new("systemd-analyze")
        .args(["verify", "/lib/systemd/system/planado.service"])
        .output()
        .expect("systemd-analyze (scripts/test installs systemd)");
    assert!(
        unit.status.success(),
        "systemd-analyze verify: {}",
        String::from_utf8_lossy(&unit.stderr)
    );

    let enabled = Command::new("a2enconf")
        .args(["-q", "planado"])
        .output()
        .unwrap();
    assert!(enabled.status.success(), "a2enconf planado");
    {
        let site = Site::new(JITSI);
        let _server = run_apache(
            &site,
            &[],
            "Include /etc/apache2/conf-enabled/planado.conf\n",
        );
        packaged_flow(&site.addr());
    }
    let cron = Command::new("runuser")
        .args([
            "-u",
            "planado",
            "--",
            "env",
            "PLANADO_CONFIG=/etc/planado/planado.toml",
        ])
        .args(["/usr/bin/planado", "cleanup"])
        .output()
        .unwrap();
    assert!(
        cron.status.success(),
        "cleanup as cron runs it: {}",
        String::from_utf8_lossy(&cron.stderr)
    );

    let purged = dpkg(&["--purge", "planado"]);
    assert!(
        purged.status.success(),
        "dpkg --purge: {}",
        String::from_utf8_lossy(&purged.stderr)
    );
    for path in PACKAGE_PATHS
        .iter()
        .chain(&["/etc/apache2/conf-enabled/planado.conf"])
    {
        assert!(!Path::new(path).exists(), "{path} is left after purging");
    }
    assert!(
        !Command::new("id")
            .arg("planado")
            .output()
            .unwrap()
            .status
            .success()
    );
    assert!(!dpkg(&["-s", "planado"]).status.success());
}
