"""Open a library on a PostgreSQL server (psycopg 3): address, password, errors, migrations.

The address is a libpq connection URL (``postgresql://user@host/db?sslmode=verify-full``);
every option in it (TLS, timeouts, service files) passes through to libpq unchanged. A
password in the address is used for this connection and never written anywhere; without
one, libpq looks in ``.pgpass`` (or $PGPASSFILE) and VNHG Desk asks the operating
system's credential store through ``keyring`` when that is installed.

:class:`PgConnection` speaks the small part of sqlite3's interface the store uses
(``?`` parameters, ``in_transaction``), so the store's SQL is written once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from vnhg_desk.errors import LibraryError, ReadOnlyError, UnreachableError
from vnhg_desk.store import pg_schema, schema
from vnhg_desk.store.connection import valid_text

KEYRING_SERVICE = "VNHG Desk"


def _conninfo(address: str) -> dict[str, Any]:
    from psycopg.conninfo import conninfo_to_dict

    try:
        return dict(conninfo_to_dict(address.strip()))
    except Exception as exc:  # psycopg.ProgrammingError: a malformed address
        raise LibraryError(
            "Het serveradres is niet geldig. Gebruik de vorm "
            "postgresql://gebruiker@server/database."
        ) from exc


def shown_address(address: str) -> str:
    """The address as shown and remembered: user, server and database, never a password."""
    try:
        params = _conninfo(address)
    except LibraryError:
        return "(ongeldig serveradres)"
    user = f"{params['user']}@" if params.get("user") else ""
    host = str(params.get("host") or "localhost")
    if host.startswith("/"):
        host = "localhost"
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgresql://{user}{host}{port}/{params.get('dbname') or ''}"


def keyring_key(params: dict[str, Any]) -> str:
    """Under which name the password is kept in the credential store."""
    return f"{params.get('user') or ''}@{params.get('host') or 'localhost'}/" + str(
        params.get("dbname") or ""
    )


def _password_from_keyring(params: dict[str, Any]) -> str | None:
    try:
        import keyring
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_key(params))
    except Exception:  # no usable backend (a server without a desktop session)
        return None


def _pg_sql(sql: str) -> str:
    return _converted(sql)


@lru_cache(maxsize=512)
def _converted(sql: str) -> str:
    """``?`` parameters as psycopg's ``%s``; a literal ``%`` doubled (outside and inside
    quoted strings, which never hold a ``?`` parameter)."""
    pieces = re.split(r"('[^']*')", sql)
    out = []
    for number, piece in enumerate(pieces):
        piece = piece.replace("%", "%%")
        out.append(piece if number % 2 else piece.replace("?", "%s"))
    return "".join(out)


def _parameters(parameters: Any) -> Any:
    return [valid_text(value) for value in parameters]


class PgConnection:
    """One psycopg connection in autocommit mode (transactions are explicit), reopened
    when the server went away and no transaction was under way."""

    def __init__(self, address: str, *, timeout: float) -> None:
        self.address = address
        self.shown = shown_address(address)
        self._params = _conninfo(address)
        self._timeout = timeout
        self._raw: Any = None
        self.connect()

    def connect(self) -> None:
        import psycopg

        params = dict(self._params)
        if "password" not in params and "passfile" not in params:
            password = _password_from_keyring(params)
            if password:
                params["password"] = password
        params.setdefault("connect_timeout", str(max(2, int(self._timeout * 2))))
        params.setdefault("application_name", "VNHG Desk")
        try:
            self._raw = psycopg.connect(autocommit=True, **params)
        except psycopg.Error as exc:
            raise translate(self.shown, exc) from exc

    @property
    def raw(self) -> Any:
        """The psycopg connection, reconnected first if it was lost between transactions."""
        if self._raw is None or self._raw.closed or self._raw.broken:
            self.connect()
        return self._raw

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        raw = self._raw
        if raw is None or raw.closed:
            return False
        return raw.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, parameters: Any = (), *, prepare: bool | None = None) -> Any:
        """Run ``sql``; ``prepare=False`` keeps psycopg from preparing it after a few runs
        (a prepared statement may get a generic plan, blind to the parameters' values)."""
        return self.raw.execute(_pg_sql(sql), _parameters(parameters), prepare=prepare)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any]) -> None:
        with self.raw.cursor() as cursor:
            cursor.executemany(_pg_sql(sql), [_parameters(p) for p in seq_of_parameters])

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()


def translate(shown: str, exc: Exception) -> LibraryError:
    """A Dutch LibraryError for a psycopg error met while using the library."""
    import psycopg
    from psycopg import errors

    text = str(exc).lower()
    if isinstance(exc, errors.InsufficientPrivilege) or "read-only transaction" in text:
        return read_only_error(shown)
    if isinstance(exc, psycopg.OperationalError) and not isinstance(
        exc, (errors.LockNotAvailable, errors.QueryCanceled)
    ):
        return _connection_error(shown, text)
    if isinstance(exc, psycopg.IntegrityError):
        return LibraryError(f"De bibliotheek {shown} weigerde een onjuiste wijziging.")
    return LibraryError(f"De bibliotheek {shown} kon niet worden gelezen of bijgewerkt.")


def read_only_error(shown: str) -> ReadOnlyError:
    return ReadOnlyError(
        f"U heeft alleen leesrechten op de bibliotheek {shown}: zoeken, lezen en exporteren "
        "kan, wijzigen niet. Vraag de beheerder om schrijfrechten als u moet bewerken."
    )


def _connection_error(shown: str, text: str) -> LibraryError:
    if "password" in text or "authentication" in text:
        return LibraryError(
            f"Aanmelden bij de bibliotheek {shown} is mislukt: gebruikersnaam of wachtwoord "
            "klopt niet, of er is geen wachtwoord bewaard (.pgpass of de sleutelhanger)."
        )
    if "does not exist" in text and "database" in text:
        return LibraryError(f"De database van {shown} bestaat niet op de server.")
    if "certificate" in text or "ssl" in text:
        return LibraryError(
            f"De beveiligde verbinding met {shown} is geweigerd: het certificaat van de "
            "server kon niet worden gecontroleerd (sslmode). Vraag de beheerder."
        )
    return UnreachableError(
        f"De server van de bibliotheek {shown} is niet bereikbaar (uitgeschakeld of geen "
        "netwerk). Probeer het later opnieuw; wat u typt blijft op deze computer bewaard."
    )


def _foreign(shown: str) -> LibraryError:
    return LibraryError(
        f"De database {shown} bevat tabellen van een ander programma en is geen "
        "VNHG Desk-bibliotheek. Kies een lege database of een bestaande bibliotheek."
    )


def _version(conn: PgConnection) -> int | None:
    """The library's version, or None when the database holds no library yet."""
    marker = pg_schema.MARKER_TABLE
    if conn.execute("SELECT to_regclass(?)", (marker,)).fetchone()[0] is None:
        tables = conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchone()[0]
        if tables:
            raise _foreign(conn.shown)
        return None
    row = conn.execute(f"SELECT application_id, version FROM {marker}").fetchone()  # noqa: S608
    if row is None or row[0] != schema.APPLICATION_ID:
        raise _foreign(conn.shown)
    if row[1] > schema.CURRENT_VERSION:
        raise LibraryError(
            f"De bibliotheek {conn.shown} is gemaakt met een nieuwere versie van VNHG Desk "
            f"(bibliotheekversie {row[1]}, deze versie kent {schema.CURRENT_VERSION}). "
            "Werk VNHG Desk bij om hem te openen."
        )
    return int(row[1])


def _migrate(conn: PgConnection, version: int | None) -> None:
    """Bring the database to the current version in one transaction (PostgreSQL's DDL is
    transactional: a failed step leaves it as it was)."""
    if version is None:
        for statement in pg_schema.BOOTSTRAP:
            conn.execute(statement)
        conn.execute(
            f"INSERT INTO {pg_schema.MARKER_TABLE} VALUES (?, 0)",  # noqa: S608
            (schema.APPLICATION_ID,),
        )
        version = 0
    for number in range(version, schema.CURRENT_VERSION):
        for statement in getattr(schema.MIGRATIONS[number], "postgresql", ()):
            conn.execute(statement)
    conn.execute(
        f"UPDATE {pg_schema.MARKER_TABLE} SET version = ?",  # noqa: S608
        (schema.CURRENT_VERSION,),
    )


def open_pg(address: str, *, create: bool, timeout: float) -> PgConnection:
    """A checked, migrated connection to the library at ``address`` (LibraryError if not)."""
    import psycopg

    conn = PgConnection(address, timeout=timeout)
    try:
        conn.execute("BEGIN")
        version = _version(conn)
        if version != schema.CURRENT_VERSION:
            if version is None and not create:
                raise LibraryError(f"De database {conn.shown} bevat nog geen bibliotheek.")
            # One editor migrates; the others wait here, then find it done.
            conn.execute("SELECT pg_advisory_xact_lock(?)", (schema.APPLICATION_ID,))
            version = _version(conn)
            if version != schema.CURRENT_VERSION:
                _migrate(conn, version)
        conn.execute("COMMIT")
        return conn
    except BaseException as exc:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except psycopg.Error:
                pass
        conn.close()
        if isinstance(exc, psycopg.Error):
            raise translate(conn.shown, exc) from exc
        raise
