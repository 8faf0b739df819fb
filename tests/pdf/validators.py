"""The three PDF checkers the issue names, run the same way on every PDF kind.

``page`` (page-validation: veraPDF's rules for PDF/A-2b and PDF/UA-1), ``pdfua`` (the
machine-checkable part of PDF/UA-1 and WCAG 2.1) and ``outloud`` (PDF/UA-1 plus what a
screen reader would say). Each returns human-readable failures; an empty list passes.
"""

from __future__ import annotations

from pathlib import Path

import outloud
import page
import pdfua


def page_failures(path: Path, profile: str) -> list[str]:
    report = page.validate_pdf(path, profile=profile)
    return [f"page {profile} {f.rule_id}: {f.message}" for f in report.failures]


def pdfua_failures(path: Path) -> list[str]:
    report = pdfua.validate(str(path))
    failing = {pdfua.Severity.ERROR, getattr(pdfua.Severity, "CRITICAL", pdfua.Severity.ERROR)}
    found = [f"pdfua {f.rule_id}: {f.message}" for f in report.findings if f.severity in failing]
    if report.exit_code != 0 and not found:
        found.append(f"pdfua exit code {report.exit_code}")
    return found


def outloud_failures(path: Path) -> list[str]:
    result = outloud.check(str(path))
    if result.error:
        return [f"outloud could not read the file: {result.error}"]
    return [
        f"outloud {f.rule}: {f.message} ({f.evidence})"
        for f in result.findings
        if f.severity == "error"
    ]


def all_failures(path: Path) -> list[str]:
    """Every failure of the three checkers: PDF/A-2b, PDF/UA-1 (twice), outloud."""
    return [
        *page_failures(path, "2b"),
        *page_failures(path, "ua1"),
        *pdfua_failures(path),
        *outloud_failures(path),
    ]
