"""Side-by-side comparison of two or three models."""
