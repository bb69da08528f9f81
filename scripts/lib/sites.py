"""Planado installs under real web servers, for the benchmarks: a site as the README
describes it, the shipped configurations with only their location lines changed, the
binaries behind the shipped systemd socket units, and what a run measures of them
(wrk, a crowd that arrives in one instant, the processes' memory)."""
import asyncio, os, re, shutil, socket, subprocess, sys, time

from harness import BIN, ROOT, sh, wait_port

BINARIES = ["index", "booking", "invite", "admin", "ics", "cleanup", "reservations"]
FASTCGI_BINARIES = ["index", "booking", "invite", "admin", "ics", "reservations"]
APACHE_MODULES = ["mpm_event", "authz_core", "authz_host", "cgid", "alias", "rewrite", "mime", "dir", "env",
                  "headers", "expires", "setenvif"]


def site(tmp, url, extra_config=""):
    """An install as the README describes it, readable by the web servers' user."""
    os.chmod(tmp, 0o755)
    home = f"{tmp}/planado"
    os.makedirs(home + "/cgi-bin")
    for b in BINARIES:
        shutil.copy(f"{BIN}/{b}", f"{home}/cgi-bin/{b}")
    shutil.copytree(ROOT + "/htdocs", home + "/htdocs")
    with open(f"{home}/htdocs/static.txt", "w") as f:
        f.write("x" * 2000)
    for d in ["logs", "sockets", "run"]:
        os.makedirs(f"{tmp}/{d}")
        os.chmod(f"{tmp}/{d}", 0o777)
    config = f"{tmp}/planado.toml"
    with open(config, "w") as f:
        f.write(f'database_url = "{url}"\njitsi_url = "https://meet.example"\n{extra_config}')
    os.chmod(config, 0o644)
    trivial(home)
    return home, config


def trivial(home):
    """The ceilings: a CGI program in C and one in Rust that print a small page."""
    c = f"{home}/../trivial.c"
    with open(c, "w") as f:
        f.write('#include <stdio.h>\nint main(void){fputs("Status: 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\nhello\\n", stdout);return 0;}\n')
    sh(["gcc", "-O2", "-o", f"{home}/cgi-bin/trivial-c", c])
    rs = f"{home}/../trivial.rs"
    with open(rs, "w") as f:
        f.write('use std::io::Write;\nfn main(){let mut o=std::io::stdout().lock();'
                'o.write_all(b"Status: 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\nhello\\n").unwrap();}\n')
    sh(["rustc", "-O", "-o", f"{home}/cgi-bin/trivial-rust", rs])


def shipped(name, replace):
    """A shipped file with the lines matching each pattern replaced."""
    text = open(f"{ROOT}/{name}").read()
    for pattern, line in replace:
        text, n = re.subn(pattern, line.replace("\\", "\\\\"), text, flags=re.M)
        if n == 0:
            sys.exit(f"{name} has no line {pattern}")
    return text


def unit_values(unit, key, instance):
    """The values of `key=` in a systemd unit's text, %i as `instance`."""
    return [line.split("=", 1)[1].replace("%i", instance) for line in unit.splitlines() if line.startswith(key + "=")]


def socket_activated(tmp, home, config):
    """Each FastCGI binary behind its socket as the shipped planado-fastcgi@ units
    make it: systemd's systemd-socket-activate holds the unit's ListenStream (in
    tmp/sockets) and starts the unit's ExecStart at the first connection."""
    socket_unit = open(f"{ROOT}/planado-fastcgi@.socket").read()
    service_unit = open(f"{ROOT}/planado-fastcgi@.service").read()
    procs = []
    for b in FASTCGI_BINARIES:
        path = unit_values(socket_unit, "ListenStream", b)[0].replace("/run/planado", f"{tmp}/sockets")
        program = unit_values(service_unit, "ExecStart", b)[0].replace("/srv/planado", home)
        procs.append(subprocess.Popen(["systemd-socket-activate", f"--listen={path}", f"--fdname={b}",
                                       f"--setenv=PLANADO_CONFIG={config}", program], env={}))
        while not os.path.exists(path):
            time.sleep(0.02)
        os.chmod(path, 0o666)
    return procs


def apache(tmp, home, config, port, mode="cgi", workers=250):
    """Real Apache (event MPM, `workers` threads started up front) with the shipped
    configuration of `mode`: cgi (apache-example.conf), fcgid
    (apache-fcgid-example.conf) or proxy_fcgi (apache-proxy-fcgi-example.conf in
    front of the socket-activated binaries)."""
    name = {"cgi": "apache-example.conf", "fcgid": "apache-fcgid-example.conf",
            "proxy_fcgi": "apache-proxy-fcgi-example.conf"}[mode]
    replace = [(r"^Define PLANADO_HOME .*$", f"Define PLANADO_HOME {home}"),
               (r"^Define PLANADO_ACCESS_LOG .*$", f"Define PLANADO_ACCESS_LOG {tmp}/logs/access-{port}.log")]
    if mode == "proxy_fcgi":
        replace.append((r"^Define PLANADO_SOCKETS .*$", f"Define PLANADO_SOCKETS {tmp}/sockets"))
    else:
        replace.append((r"^Define PLANADO_CONFIG .*$", f"Define PLANADO_CONFIG {config}"))
    example = shipped(name, replace)
    # The ceilings at their own paths, beside the binaries.
    example += (f'ScriptAlias "/trivial-c" "{home}/cgi-bin/trivial-c"\n'
                f'ScriptAlias "/trivial-rust" "{home}/cgi-bin/trivial-rust"\n')
    open(f"{tmp}/site-{port}.conf", "w").write(example)
    mods = APACHE_MODULES + {"cgi": [], "fcgid": ["fcgid"], "proxy_fcgi": ["proxy", "proxy_fcgi"]}[mode]
    main = "ServerRoot /usr/lib/apache2\n" + "".join(f"LoadModule {m}_module modules/mod_{m}.so\n" for m in mods)
    servers = max(1, workers // 25)
    # All worker processes from the start, none reaped, keep-alive connections
    # kept (Apache otherwise closes them under a load generator's feet), and a
    # listen backlog that holds a crowd.
    main += (f"Listen 127.0.0.1:{port}\nServerName 127.0.0.1\nUser www-data\nGroup www-data\nPidFile {tmp}/run/apache-{port}.pid\n"
             f"ErrorLog {tmp}/logs/apache-{port}.log\nScriptSock {tmp}/run/cgid-{port}.sock\nTypesConfig /etc/mime.types\n"
             f"MaxRequestWorkers {workers}\nServerLimit {servers}\nThreadsPerChild 25\nStartServers {servers}\n"
             f"ListenBacklog 16384\nMinSpareThreads {workers}\nMaxSpareThreads {workers}\nMaxKeepAliveRequests 0\n")
    if mode == "fcgid":
        main += f"FcgidIPCDir {tmp}/run\nFcgidProcessTableFile {tmp}/run/fcgid-shm\n"
    main += f"Include {tmp}/site-{port}.conf\n"
    open(f"{tmp}/apache-{port}.conf", "w").write(main)
    procs = socket_activated(tmp, home, config) if mode == "proxy_fcgi" else []
    procs.append(subprocess.Popen(["apache2", "-f", f"{tmp}/apache-{port}.conf", "-DFOREGROUND"]))
    wait_port(port, procs[-1])
    return procs


def lighttpd(tmp, home, config, port):
    example = shipped("lighttpd-fastcgi-example.conf", [
        (r"^var\.planado_home.*$", f'var.planado_home = "{home}"'),
        (r"^var\.planado_config.*$", f'var.planado_config = "{config}"'),
        (r"^var\.planado_sockets.*$", f'var.planado_sockets = "{tmp}/sockets"'),
        (r"^accesslog\.filename.*$", f'accesslog.filename = "{tmp}/logs/lighttpd-access.log"')])
    open(f"{tmp}/lighttpd-site.conf", "w").write(example)
    main = (f'server.port = {port}\nserver.bind = "127.0.0.1"\nserver.username = "www-data"\nserver.groupname = "www-data"\n'
            f'server.errorlog = "{tmp}/logs/lighttpd.log"\nserver.pid-file = "{tmp}/run/lighttpd.pid"\n'
            f'server.max-connections = 16000\nserver.max-fds = 40000\nserver.listen-backlog = 16384\n'
            f'include "{tmp}/lighttpd-site.conf"\n')
    open(f"{tmp}/lighttpd.conf", "w").write(main)
    proc = subprocess.Popen(["lighttpd", "-D", "-f", f"{tmp}/lighttpd.conf"])
    wait_port(port, proc)
    return [proc]


def nginx(tmp, home, config, port):
    procs = []
    for b in ["index", "booking", "invite", "admin", "ics"]:
        sock = f"{tmp}/sockets/{b}.socket"
        procs.append(subprocess.Popen(["spawn-fcgi", "-n", "-M", "0666", "-b", "16384", "-s", sock, "--",
                                       f"{home}/cgi-bin/{b}"], env={"PLANADO_CONFIG": config}))
        while not os.path.exists(sock):
            time.sleep(0.02)
    example = shipped("nginx-fastcgi-example.conf", [
        (r"^    listen 80;$", f"    listen 127.0.0.1:{port} backlog=16384;"),
        (r"^    set \$planado_sockets .*$", f"    set $planado_sockets {tmp}/sockets;"),
        (r"^    root .*$", f"    root {home}/htdocs;"),
        (r"^    access_log .*$", f"    access_log {tmp}/logs/nginx-access.log planado;")])
    shutil.copy("/etc/nginx/fastcgi_params", f"{tmp}/fastcgi_params")
    open(f"{tmp}/nginx-site.conf", "w").write(example)
    main = (f"daemon off;\nworker_processes 2;\nworker_rlimit_nofile 40000;\npid {tmp}/run/nginx.pid;\n"
            f"error_log {tmp}/logs/nginx.log;\nevents {{ worker_connections 16000; }}\n"
            f"http {{\n include /etc/nginx/mime.types;\n client_body_temp_path {tmp}/run/nb;\n"
            f" fastcgi_temp_path {tmp}/run/nf;\n include {tmp}/nginx-site.conf;\n}}\n")
    open(f"{tmp}/nginx.conf", "w").write(main)
    procs.append(subprocess.Popen(["nginx", "-c", f"{tmp}/nginx.conf"]))
    wait_port(port, procs[-1])
    return procs


def serve(tmp, config, port):
    proc = subprocess.Popen([BIN + "/planado", "serve", "--listen", f"127.0.0.1:{port}"], cwd=tmp,
                            env={"PATH": os.environ["PATH"], "PLANADO_CONFIG": config, "PLANADO_HTDOCS": f"{tmp}/planado/htdocs",
                                 "PLANADO_SERVE_MAX_CONNECTIONS": "16000"},
                            stdout=subprocess.DEVNULL)
    wait_port(port, proc)
    return [proc]


def stop(procs):
    for p in reversed(procs):
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
    # Apache's children and FastCGI processes whose parent went first.
    subprocess.run(["pkill", "-f", "/tmp/planado-bench-"], capture_output=True)
    time.sleep(0.5)


def check(port, path, status):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        head = s.recv(200).decode(errors="replace")
    if not head.startswith(f"HTTP/1.1 {status}"):
        sys.exit(f"127.0.0.1:{port}{path} answered {head[:80]!r}, not {status}")


def wrk(port, path, seconds, connections, close=False):
    """wrk's requests/s, p50, p99 and its errors by kind (socket errors connect,
    read, write, timeout; status: answers that are not 2xx or 3xx)."""
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", f"http://127.0.0.1:{port}{path}"]
    if close:
        cmd[1:1] = ["-H", "Connection: close"]
    report = wrk_report(sh(cmd, capture_output=True, text=True).stdout)
    return report["rps"], report["p50"], report["p99"], report["errors"]


def wrk_report(out):
    """What wrk printed (with --latency): requests, requests/s, p50 and p99 as
    wrk writes them, and the errors by kind that occurred."""
    lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", out, re.M))
    errors = {kind: int(n) for kind, n in re.findall(r"(connect|read|write|timeout) (\d+)", out)}
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors["status"] = int(non2xx.group(1)) if non2xx else 0
    return {"requests": int(re.search(r"(\d+) requests in", out).group(1)),
            "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50": lat.get("50", "?"), "p99": lat.get("99", "?"),
            "errors": {k: v for k, v in errors.items() if v}}


def shown_errors(errors):
    return ", ".join(f"{kind} {n}" for kind, n in errors.items()) if errors else "0"


async def crowd(port, path, n, status):
    """n visitors connect, then send their request at the same instant; seconds
    until the last has its answer, and how many did not get `status`."""
    conns = [await asyncio.open_connection("127.0.0.1", port) for _ in range(n)]
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
    expected = f"HTTP/1.1 {status}".encode()

    async def visit(reader, writer):
        writer.write(request)
        await writer.drain()
        head = await reader.read(64)
        await reader.read()
        writer.close()
        return head.startswith(expected)

    started = time.perf_counter()
    results = await asyncio.gather(*(visit(r, w) for r, w in conns), return_exceptions=True)
    return time.perf_counter() - started, sum(1 for ok in results if ok is not True)


def planado_processes(programs):
    """The running processes whose program is one of `programs`: pid -> name."""
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            exe = os.readlink(f"/proc/{pid}/exe")
        except OSError:
            continue
        if exe in programs:
            found[int(pid)] = os.path.basename(exe)
    return found


def peak_memory(pids):
    """The processes' peak resident sets (VmHWM) by program: name -> (the
    largest in MiB, how many processes)."""
    peaks = {}
    for pid, name in pids.items():
        try:
            status = open(f"/proc/{pid}/status").read()
        except OSError:
            continue
        mib = int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.M).group(1)) / 1024
        largest, count = peaks.get(name, (0, 0))
        peaks[name] = (max(largest, mib), count + 1)
    return peaks
