"""Shared by the benchmark and fault scripts: a private MariaDB server (started
on first use under target/bench-mariadb, stopped at exit), ports, and a real
Apache with the shipped apache-example.conf (only its Define lines changed)."""
import atexit, os, re, shutil, socket, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(ROOT, "target", "release")
MARIADB_DIR = os.path.join(ROOT, "target", "bench-mariadb")
MARIADB_SERVER = os.path.join(ROOT, "scripts", "mariadb-server")
_mariadb_port = []


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def mariadb_url():
    """The test user's URL of the private server, started on first use."""
    if not _mariadb_port:
        port = sh([MARIADB_SERVER, "start", MARIADB_DIR], capture_output=True, text=True).stdout.strip()
        _mariadb_port.append(port)
        atexit.register(lambda: subprocess.run([MARIADB_SERVER, "stop", MARIADB_DIR]))
    return f"mysql://planado_test:planado_test@127.0.0.1:{_mariadb_port[0]}"


def sql(q, db=None):
    """SQL as root, over the private server's socket."""
    mariadb_url()
    cmd = ["mariadb", "--no-defaults", f"--socket={MARIADB_DIR}/mysqld.sock", "-uroot", "-N"]
    return sh(cmd + ([db] if db else []) + ["-e", q], capture_output=True, text=True).stdout.strip()


def mariadb_alive():
    return subprocess.run(["mariadb-admin", "--no-defaults", f"--socket={MARIADB_DIR}/mysqld.sock", "-uroot",
                           "ping", "--silent"], capture_output=True).returncode == 0


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_port(port, proc, seconds=20):
    for _ in range(seconds * 10):
        if proc.poll() is not None:
            sys.exit(f"server exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"nothing listens on {port}")


def fresh_database(name):
    sql(f"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name}")
    url = f"{mariadb_url()}/{name}"
    sh([BIN + "/planado", "init"], env={"PLANADO_DATABASE_URL": url}, capture_output=True)
    return url


def apache(tmp, port, config):
    """Apache on 127.0.0.1:port serving an install in tmp with the given config."""
    home = os.path.join(tmp, "planado")
    os.makedirs(home + "/cgi-bin")
    for b in ["index", "booking", "invite", "admin", "ics", "cleanup", "reservations"]:
        shutil.copy(f"{BIN}/{b}", f"{home}/cgi-bin/{b}")
    shutil.copytree(ROOT + "/htdocs", home + "/htdocs")
    os.makedirs(tmp + "/logs")
    os.chmod(tmp + "/logs", 0o777)
    os.chmod(tmp, 0o755)
    example = open(ROOT + "/apache-example.conf").read()
    example = re.sub(r"(?m)^Define PLANADO_HOME .*$", f"Define PLANADO_HOME {home}", example)
    example = re.sub(r"(?m)^Define PLANADO_CONFIG .*$", f"Define PLANADO_CONFIG {config}", example)
    open(tmp + "/planado-apache.conf", "w").write(example)
    mods = ["mpm_event", "authz_core", "authz_host", "cgid", "alias", "rewrite", "mime", "dir", "env", "headers", "expires"]
    main = "ServerRoot /usr/lib/apache2\n" + "".join(f"LoadModule {m}_module modules/mod_{m}.so\n" for m in mods)
    main += (f"Listen 127.0.0.1:{port}\nServerName 127.0.0.1\nUser www-data\nGroup www-data\nPidFile {tmp}/apache.pid\n"
             f"ErrorLog {tmp}/logs/error.log\nScriptSock {tmp}/cgid.sock\nTypesConfig /etc/mime.types\n"
             # All worker processes from the start, none reaped, and keep-alive
             # connections kept: Apache otherwise closes connections under a load
             # generator's feet (after 100 requests, or when it retires a process).
             f"MaxRequestWorkers 250\nServerLimit 10\nThreadsPerChild 25\nStartServers 10\n"
             f"MinSpareThreads 250\nMaxSpareThreads 250\nMaxKeepAliveRequests 0\n"
             f"Include {tmp}/planado-apache.conf\n")
    open(tmp + "/apache.conf", "w").write(main)
    proc = subprocess.Popen(["apache2", "-f", tmp + "/apache.conf", "-DFOREGROUND"])
    wait_port(port, proc)
    return proc


def mariadb_stop():
    sh([MARIADB_SERVER, "stop", MARIADB_DIR], capture_output=True)


def mariadb_start():
    sh([MARIADB_SERVER, "start", MARIADB_DIR], capture_output=True)


FAKETIME_LIB = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"


def clock_env(now):
    """The environment that stands a release binary's wall clock at `now` (RFC 3339,
    UTC): Debian's libfaketime, since release builds have no test clock."""
    if not os.path.exists(FAKETIME_LIB):
        sys.exit(f"{FAKETIME_LIB} is missing: apt-get install faketime")
    stamp = now.replace("T", " ").replace("Z", "")
    return {"LD_PRELOAD": FAKETIME_LIB, "FAKETIME": stamp, "FAKETIME_DONT_FAKE_MONOTONIC": "1", "TZ": "UTC"}
