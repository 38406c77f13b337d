"""From answers to a ranking.

The answers checked, the matrix and weights built, the recommendation rule applied, the
result explained, scored in batches and verified.

Above :mod:`criteria.knowledge` and :mod:`criteria.mcda`; below the robustness analysis.
"""
