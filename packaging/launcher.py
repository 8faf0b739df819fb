"""Entry script of the PyInstaller bundle: the same `vnhg-desk` command as the wheel's."""

from __future__ import annotations

import multiprocessing

from vnhg_desk.cli.main import main

if __name__ == "__main__":
    # A frozen program that starts worker processes must say so before anything else.
    multiprocessing.freeze_support()
    raise SystemExit(main())
