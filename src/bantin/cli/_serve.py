"""``bantin serve``: the web UI and JSON API over an archive, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path
from typing import Annotated

import typer

from bantin.archive import DB_ENVIRONMENT, default_db_path
from bantin.cli._archive import DbOption
from bantin.errors import ArchiveError, UsageError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TOKEN_ENVIRONMENT = "BANTIN_TOKEN"


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def address(host: str, port: int) -> str:
    """The URL of a server listening on ``host``:``port``."""
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/"


def port_is_free(host: str, port: int) -> bool:
    """Whether a server could listen on ``host``:``port`` now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except OSError:
            return False
    return True


def free_port(host: str = DEFAULT_HOST) -> int:
    """A port nothing listens on (the system's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def serve_archive(db: Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, workers: int = 1) -> None:
    """Serve the archive at ``db`` until interrupted, after printing its address.

    Raises :class:`~bantin.errors.UsageError` when the port is taken and
    :class:`~bantin.errors.ArchiveError` when there is no archive at ``db``.
    """
    import uvicorn

    from bantin.web import create_app

    if not port_is_free(host, port):
        raise UsageError(f"{host}:{port} is already in use: choose another port with --port")
    token = os.environ.get(TOKEN_ENVIRONMENT) or None
    app = create_app(db, token=token)  # opened here, in the parent, so a bad archive fails before listening
    typer.echo(f"bantin is serving {db.resolve()} at {address(host, port)} "
               f"({'ingest allowed with the token of ' + TOKEN_ENVIRONMENT if token else 'read-only'}; Ctrl+C stops)")
    options = {"host": host.strip("[]"), "port": port, "log_level": "warning", "server_header": False,
               "proxy_headers": False}
    if workers > 1:
        # Each worker process builds its own app from the environment.
        os.environ[DB_ENVIRONMENT] = str(db.resolve())
        uvicorn.run("bantin.web:app_from_environment", factory=True, workers=workers, **options)  # type: ignore[arg-type]
    else:
        uvicorn.run(app, **options)  # type: ignore[arg-type]


def serve_command(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")] = (
        DEFAULT_HOST
    ),
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = DEFAULT_PORT,
    allow_remote: Annotated[
        bool, typer.Option("--allow-remote", help="Allow a --host that other machines can reach.")
    ] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Server processes.")] = 1,
) -> None:
    """Serve the web UI and JSON API of the archive (read-only; ingest needs $BANTIN_TOKEN)."""
    if not is_loopback(host) and not allow_remote:
        typer.echo(f"bantin serve: --host {host} can be reached from other machines; "
                   "add --allow-remote if that is what you want", err=True)
        raise typer.Exit(code=2)
    path = db if db is not None else default_db_path()
    try:
        serve_archive(path, host=host, port=port, workers=workers)
    except (ArchiveError, UsageError) as error:
        typer.echo(f"bantin serve: {error}", err=True)
        raise typer.Exit(code=1) from error


def serve_demo(db: Path, *, port: int = DEFAULT_PORT) -> None:
    """The last step of ``bantin demo``: serve the sample archive on 127.0.0.1 (another port when
    ``port`` is taken), printing its address."""
    if not port_is_free(DEFAULT_HOST, port):
        chosen = free_port()
        typer.echo(f"port {port} is in use; serving on {chosen} instead")
        port = chosen
    serve_archive(db, host=DEFAULT_HOST, port=port)
