"""Entry script of the PyInstaller bundle: the same `vnhg-desk` command as the wheel's.

With VNHG_DESK_SELFTEST=1 in the environment the bundle checks itself instead
(packaging/bundle_selftest.py) and exits with 0 when everything it needs is inside.
"""

from __future__ import annotations

import multiprocessing
import os

if __name__ == "__main__":
    # A frozen program that starts worker processes must say so before anything else.
    multiprocessing.freeze_support()
    if os.environ.get("VNHG_DESK_SELFTEST") == "1":
        import bundle_selftest

        raise SystemExit(bundle_selftest.run())

    from vnhg_desk.cli.main import console

    console()
