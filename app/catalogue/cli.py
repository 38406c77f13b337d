"""The command line's words (:mod:`app.cli`): its tables, argparse's messages, notes.

Both tables have the same keys with the same fields (a test holds them to it).
"""

#: What every key here starts with.
PREFIXES = ("cli.", "sens.", "args.", "note.", "verify.", "error.")

EN = {
    "note.prefix": "export-advisor: note: ",
    "cli.interrupted": "interrupted; nothing was written",
    "cli.interrupted_after": "interrupted after writing {files}",
    # the command line
    # argparse's messages (app.cli.argparse_text), as argparse says them in English
    "args.required": "the following arguments are required: {0}",
    "args.unrecognized": "unrecognized arguments: {0}",
    "args.invalid_choice": "argument {0}: invalid choice: {1} (choose from {2})",
    "args.expected_one": "argument {0}: expected one argument",
    "args.samples": "argument {0}: must be a whole number from 1 to {1}, not {2}",
    "args.seed": "argument {0}: must be a whole number, 0 or more, not {1}",
    "args.positive": "argument {0}: must be a positive number, not {1}",
    "args.ambiguous": "ambiguous option: {0} could match {1}",
    "args.other": "argument {0}: {1}",
    "error.prefix": "export-advisor: error: ",
    "cli.role": "Role",
    "cli.fit": "Fit",
    "cli.note": "Fit: weighted sum on fixed scales (0–100), feasible models first; — marks a "
    "model not feasible now; the method columns give each method's rank (method agreement).",
    "cli.constant": "Equal for every model, so they cannot change the order: {names}",
    "sens.title": "Robustness of the ranking: {n:,} weight samples ({how}, seed {seed}), by the "
    "recommendation rule",
    "sens.uniform": "uniform on the simplex",
    "sens.around": "around the current weights, concentration {k:g}",
    "sens.acceptability": "Rank acceptability: share of the samples in which each model takes "
    "each rank",
    "sens.model": "Model",
    "sens.stability": "Stability: the range of each weight that keeps {top} first by the "
    "recommendation rule (the other weights rescaled to keep the sum 1)",
    "sens.criterion": "Criterion",
    "sens.weight": "weight",
    "sens.range": "range",
    "sens.constant": "equal for every model: any weight",
    "sens.counterfactuals": "What would have to change for another model to be recommended "
    "(recommendation rule; at most two steps; questionnaire weights)",
    "sens.no_change": "no change of at most two steps",
    "sens.also": "or",
    "sens.agreement": "Method agreement, Kendall's tau with the consensus",
    "sens.reversal_ok": "Rank reversal (TOPSIS, {n} runs each making one other model worse): "
    "{best} stays first in every run",
    "sens.reversal_bad": "Rank reversal (TOPSIS, {n} runs each making one other model worse): "
    "{best} stays first in {share:.0%} of the runs",
    "sens.reversal_skip": "Rank reversal: not checked ({note})",
    "sens.reversal_skipped": "Rank reversal: not checked (add --verify to check it)",
    "verify.agrees": "Verified: scikit-criteria agrees on all four methods and the rule "
    "(largest difference {diff:.1e})",
    "verify.differs": "Not verified: scikit-criteria disagrees on {methods} (largest "
    "difference {diff:.1e})",
}

ZH = {
    "note.prefix": "export-advisor：提示：",
    "cli.interrupted": "已中断，未写入任何内容",
    "cli.interrupted_after": "已中断，此前已写入{files}",
    "args.required": "缺少必需的参数：{0}",
    "args.unrecognized": "无法识别的参数：{0}",
    "args.invalid_choice": "参数{0}：{1}不是可选项；可选：{2}",
    "args.expected_one": "参数{0}：需要一个值",
    "args.samples": "参数{0}：须为1到{1}之间的整数，而非{2}",
    "args.seed": "参数{0}：须为0或更大的整数，而非{1}",
    "args.positive": "参数{0}：须为正数，而非{1}",
    "args.ambiguous": "选项{0}有歧义，可能是：{1}",
    "args.other": "参数{0}：{1}",
    "error.prefix": "export-advisor：错误：",
    "cli.role": "角色",
    "cli.fit": "契合度",
    "cli.note": "契合度：按固定量表的加权和（0–100），可行模式优先；“—”为当前不可行；"
    "TOPSIS等列为各方法的名次（方法一致性参考）。",
    "cli.constant": "各模式相同、不影响排名的准则：{names}",
    "sens.title": "排名稳健性：{n:,}组权重抽样（{how}，种子{seed}），按推荐规则",
    "sens.uniform": "在单纯形上均匀抽样",
    "sens.around": "围绕当前权重，集中度{k:g}",
    "sens.acceptability": "名次可接受度：各模式取得各名次的抽样比例",
    "sens.model": "模式",
    "sens.stability": "稳定区间：保持{top}按推荐规则排第一的各权重范围"
    "（其余权重按比例调整，总和为1）",
    "sens.criterion": "准则",
    "sens.weight": "权重",
    "sens.range": "范围",
    "sens.constant": "各模式相同：任何权重均可",
    "sens.counterfactuals": "需要改变什么才能让其他模式成为推荐（推荐规则；最多两步；问卷权重）",
    "sens.no_change": "两步以内的改变均无法做到",
    "sens.also": "或",
    "sens.agreement": "方法一致性：与共识排名的Kendall τ",
    "sens.reversal_ok": "排序反转检验（TOPSIS，{n}次各使另一模式变差）：{best}始终排第一",
    "sens.reversal_bad": "排序反转检验（TOPSIS，{n}次各使另一模式变差）："
    "{best}在{share:.0%}的试验中保持第一",
    "sens.reversal_skip": "排序反转检验：未进行（{note}）",
    "sens.reversal_skipped": "排序反转检验：未进行（加上--verify即可检验）",
    "verify.agrees": "已核验：scikit-criteria与四种方法及推荐规则的结果一致（最大差异{diff:.1e}）",
    "verify.differs": "核验未通过：scikit-criteria在{methods}上结果不一致（最大差异{diff:.1e}）",
}
