"""The Excel recommendation report: :func:`write_report`."""

from app.report.writer import write_report

__all__ = ["write_report"]
