"""How firm the ranking is: what-if weights, rank acceptability, stability, what would change."""
