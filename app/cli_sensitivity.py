"""The ``sensitivity`` subcommand: the robustness analysis, headless.

``export-advisor sensitivity ANSWERS.json [--samples N] [--seed N] [--concentration K]
[--json OUT] [--lang en|zh]``
"""

from __future__ import annotations

import argparse
import math

import criteria
from app import files, verdict
from criteria import counterfactual, sensitivity

TEXT = {
    "en": {
        "title": "Robustness of the ranking: {n:,} weight samples ({how}, seed {seed}), "
        "by the recommendation rule",
        "uniform": "uniform on the simplex",
        "around": "around the current weights, concentration {k:g}",
        "acceptability": "Rank acceptability: share of the samples in which each model "
        "takes each rank",
        "model": "Model",
        "stability": "Stability: the range of each weight that keeps {top} first by the "
        "recommendation rule (the other weights rescaled to keep the sum 1)",
        "criterion": "Criterion",
        "weight": "weight",
        "range": "range",
        "constant": "equal for every model: any weight",
        "counterfactuals": "What would have to change for another model to be recommended "
        "(recommendation rule; at most two steps; questionnaire weights)",
        "no_change": "no change of at most two steps",
        "also": "or",
        "agreement": "Method agreement, Kendall's tau with the consensus",
        "reversal_ok": "Rank reversal (TOPSIS, {n} runs each making one other model worse): "
        "{best} stays first in every run",
        "reversal_bad": "Rank reversal (TOPSIS, {n} runs each making one other model worse): "
        "{best} stays first in {share:.0%} of the runs",
        "reversal_skip": "Rank reversal: not checked ({note})",
    },
    "zh": {
        "title": "排名稳健性：{n:,}组权重抽样（{how}，种子{seed}），按推荐规则",
        "uniform": "在单纯形上均匀抽样",
        "around": "围绕当前权重，集中度{k:g}",
        "acceptability": "名次可接受度：各模式取得各名次的抽样比例",
        "model": "模式",
        "stability": "稳定区间：保持{top}按推荐规则排第一的各权重范围"
        "（其余权重按比例调整，总和为1）",
        "criterion": "准则",
        "weight": "权重",
        "range": "范围",
        "constant": "各模式相同：任何权重均可",
        "counterfactuals": "需要改变什么才能让其他模式成为推荐（推荐规则；最多两步；问卷权重）",
        "no_change": "两步以内的改变均无法做到",
        "also": "或",
        "agreement": "方法一致性：与共识排名的Kendall τ",
        "reversal_ok": "排名逆转检验（TOPSIS，{n}次各使另一模式变差）：{best}始终排第一",
        "reversal_bad": "排名逆转检验（TOPSIS，{n}次各使另一模式变差）："
        "{best}在{share:.0%}的试验中保持第一",
        "reversal_skip": "排名逆转检验：未进行（{note}）",
    },
}


def samples_count(text: str) -> int:
    """``--samples``: a whole number from 1 to :data:`criteria.smaa.MAX_SAMPLES`."""
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        value = 0
    if not 1 <= value <= sensitivity.MAX_SAMPLES:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to {sensitivity.MAX_SAMPLES:,}, not {text!r}"
        )
    return value


def seed_value(text: str) -> int:
    """``--seed``: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number, 0 or more, not {text!r}")
    return value


def concentration_value(text: str) -> float:
    """``--concentration``: a positive number."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text!r}")
    return value


def _width(s: str) -> int:  # CJK characters take two columns in a terminal
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(_width(r[c]) for r in rows) for c in range(len(rows[0]))]
    lines = [
        "  ".join(
            cell + " " * (w - _width(cell)) for cell, w in zip(r, widths, strict=True)
        ).rstrip()
        for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def format_summary(
    result: sensitivity.SensitivityResult, kb: criteria.KnowledgeBase, lang: str
) -> str:
    """A plain-text summary of the analysis, for the terminal."""
    t = TEXT["zh" if lang == "zh" else "en"]
    r, acc = result.ranking, result.acceptability
    model = {m: verdict.role(kb, m, r.direction, lang) for m in r.models}
    how = t["uniform"] if acc.concentration is None else t["around"].format(k=acc.concentration)
    v = verdict.verdict(kb, r, lang)
    out = [v.headline] + ([v.confidence] if v.confidence else [])
    out += ["", t["title"].format(n=acc.samples, how=how, seed=acc.seed), "", t["acceptability"]]
    rows = [[t["model"], *(str(i) for i in range(1, len(r.models) + 1))]]
    rows += [[model[m], *(f"{p:.1%}" for p in acc.of(m))] for m in r.ranking]
    out += _table(rows)
    top = model[r.recommended] if r.recommended else "—"
    out += ["", t["stability"].format(top=top)]
    rows = [[t["criterion"], t["weight"], t["range"]]]
    for c, s in result.stability.items():
        name = kb.criterion(c).name.get(lang)
        rows.append(
            [name, "–", t["constant"]]
            if s.constant
            else [name, f"{s.current:.3f}", f"{s.low:.3f} – {s.high:.3f}"]
        )
    out += _table(rows)
    out += ["", t["counterfactuals"]]

    for m, cf in result.counterfactuals.items():
        if cf is None:
            out.append(f"  {model[m]}: {t['no_change']}")
        else:
            text = f" {t['also']} ".join(
                counterfactual.describe(kb, ch, lang) for ch in (cf.changes, *cf.alternatives)
            )
            out.append(f"  {model[m]}: {text}")
    taus = result.agreement.kendall_tau["consensus"]
    out += [
        "",
        t["agreement"]
        + ": "
        + ", ".join(
            f"{m.upper()} {'–' if taus[m] is None else f'{taus[m]:.2f}'}" for m in r.methods
        ),
    ]
    rr = result.agreement.rank_reversal
    if rr.invariant is None:
        out.append(t["reversal_skip"].format(note=rr.note))
    else:
        key = "reversal_ok" if rr.invariant else "reversal_bad"
        out.append(t[key].format(n=rr.mutations, best=model[rr.best], share=rr.preservation_rate))
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    """The ``sensitivity`` subcommand: analyse, then write JSON or print the summary."""
    kb = criteria.default()
    _, answers = files.load_answers(args.answers, kb)
    result = criteria.assess(kb, answers)
    analysis = sensitivity.analyse(
        kb, result, samples=args.samples, seed=args.seed, concentration=args.concentration
    )
    if args.json:
        files.write_json(args.json, analysis.to_dict())
    else:
        print(format_summary(analysis, kb, args.lang))
    return 0
