"""VNHG Desk: write meeting reports and publish them as a newsletter (PDF, Word)."""

__version__ = "0.1.0"
