"""Multi-criteria methods over a decision matrix, knowing nothing of the SME.

The method registry and the scikit-criteria reference pipelines (:mod:`.methods`) and
their numpy twins (:mod:`.numpy_methods`), which tests hold to the reference.
"""
