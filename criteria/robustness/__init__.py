"""How firm a ranking is.

Rank acceptability (SMAA), weight stability intervals, counterfactual answers, and the
methods' agreement and rank-reversal check.

Above :mod:`criteria.decision`; the analysis as a whole is :mod:`.analysis`.
"""
