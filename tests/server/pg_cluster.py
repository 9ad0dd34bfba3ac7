"""A throwaway PostgreSQL cluster from Debian's binaries, for the team-server tests.

A real server, never a mock: ``initdb`` into a temporary folder, ``pg_ctl
start`` on a free loopback port with its socket in that folder. As root (CI
and the sandbox run as root) the cluster runs as the ``postgres`` system user,
since PostgreSQL refuses to run as root. Analysts log in over TCP with a
password (scram-sha-256), as they would to a team's server; the superuser used
to set things up connects through the socket.

``REVIEWER_TEST_PG_BIN`` may point at another PostgreSQL bin folder.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def find_bin() -> Path | None:
    configured = os.environ.get("REVIEWER_TEST_PG_BIN")
    if configured:
        return Path(configured)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    bin: Path
    folder: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.folder}&port={self.port}"

    def login_url(self, name: str, database: str) -> str:
        """A URL without the password: libpq takes it from PGPASSWORD or ~/.pgpass."""
        return f"postgresql://{name}@127.0.0.1:{self.port}/{database}?sslmode=disable"

    def _run(self, *command: str) -> subprocess.CompletedProcess:
        prefix: list[str] = []
        if os.geteuid() == 0:
            prefix = ["runuser", "-u", "postgres", "--"]
        return subprocess.run(
            [*prefix, *command], capture_output=True, text=True, check=True, timeout=120
        )

    def start(self) -> None:
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"),
            "-w", "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1",
            "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def make_cluster(bin_dir: Path) -> Cluster:
    folder = Path(tempfile.mkdtemp(prefix="reviewer-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    cluster = Cluster(bin_dir, folder, _free_port())
    cluster._run(
        str(bin_dir / "initdb"), "-D", str(cluster.data), "-U", "postgres",
        "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
    )  # fmt: skip
    with open(cluster.data / "postgresql.conf", "a", encoding="utf-8") as conf:
        # fsync off: the tests stop the server, never the machine, so the OS keeps every
        # committed page; commits stay synchronous, as a team server must run.
        conf.write("fsync = off\nfull_page_writes = off\n")
    cluster.start()
    return cluster
