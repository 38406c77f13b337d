"""The ranked results."""
