"""The one catalogue of headless text, in English and Chinese.

The report's, the command line's and the verdict's words (data text comes from the
knowledge base; the Qt widgets' own strings live in the .ts translations), and the
width of Chinese text in a terminal.
"""

from __future__ import annotations

import re
import textwrap

from criteria.knowledge.schema import LANGUAGES as LANGUAGES  # every text of the data has them

#: Chinese characters and full-width punctuation: two columns in a terminal, about two
#: Latin characters on a page.
WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def columns(text: str) -> int:
    """Terminal columns ``text`` takes: a wide character takes two."""
    return sum(2 if WIDE.match(ch) else 1 for ch in text)


#: Chinese punctuation that must not start a line.
_NO_LINE_START = set("，。；：、）」』！？》”")
#: A run of Latin text with its trailing spaces, or one other character.
_WORD = re.compile(r"[^\s" + WIDE.pattern[1:-1] + r"]+\s*|.")


def wrap(text: str, width: int = 80, indent: str = "") -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns.

    Chinese breaks between any two characters, Latin text at spaces; continuation lines
    start with ``indent``.
    """
    if not WIDE.search(text):
        wrapped = textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=False)
        return wrapped or [""]
    # Closing punctuation must not start a line: it travels with the token before it.
    groups: list[str] = []
    for token in _WORD.findall(text):
        if groups and token in _NO_LINE_START:
            groups[-1] += token
        else:
            groups.append(token)
    lines, line = [], ""
    for group in groups:
        if line.strip() and columns(line + group.rstrip()) > width:
            lines.append(line.rstrip())
            line = indent
        line += group
    return [*lines, line.rstrip()]


def plain_table(rows: list[list[str]]) -> list[str]:
    """Rows as aligned plain-text lines for a terminal, a rule under the first (header)."""
    widths = [max(columns(r[c]) for r in rows) for c in range(len(rows[0]))]
    lines = [
        "  ".join(
            cell + " " * (w - columns(cell)) for cell, w in zip(r, widths, strict=True)
        ).rstrip()
        for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


_EN = {
    # the verdict (app.presenter), shared by the views, the report and the command line
    "verdict.recommended": "Recommended: {role}",
    "verdict.paper_name": "the paper's “{name}”",
    "verdict.confidence": "Confidence: {label} — {meaning} (first in {share} of {samples:,} "
    "test runs with your priorities shifted slightly).",
    "verdict.none_feasible": "No model is feasible now: every role needs more than you have. "
    "Nearest route: {role} — {needs}.",
    "verdict.not_feasible": "Not feasible now",
    "verdict.fit": "Fit {fit} of 100: how close the role comes to the best possible on every "
    "criterion, weighted by what matters to you.",
    "verdict.reasons": "What decides it",
    "verdict.alternative_label": "Alternative",
    "verdict.alternative": "Close alternative: {role} (fit {fit}) — it would come first after "
    "this change of answers: {change}.",
    "verdict.alternative_far": "Close alternative: {role} (fit {fit}) — no change of one or "
    "two answers would put it first.",
    "verdict.runner_up_far": "Runner-up: {role} (fit {fit}), well behind: a change of one or "
    "two answers would not put it first.",
    "verdict.needs": "{question}: at least “{from_}” (your answer: “{has}”)",
    "verdict.colon": ": ",
    "verdict.paren": " ({0})",
    "verdict.percent": "{0}%",
    "verdict.near_tie.2": "Two routes fit you about equally: {roles}.",
    "verdict.near_tie.3": "Three routes fit you about equally: {roles}.",
    "verdict.near_tie.n": "{n} routes fit you about equally: {roles}.",
    "verdict.and": " and ",
    "verdict.list_sep": ", ",
    "verdict.near_tie_label": "About equal",
    "verdict.lead.goal": "{role} comes first: it serves your goal (“{goal}”) better.",
    "verdict.lead.checks": "{role} comes first by a little on fit, and the cross-checks agree.",
    "verdict.lead.fit": "{role} comes first by a little on fit; the cross-checks favour {other}.",
    "verdict.separates": "What separates them: {parts}.",
    "verdict.separates.part": "{role} {criteria}",
    "verdict.separates_sep": "; ",
    "verdict.checks_disagree": "None of the four cross-check methods puts {role} ahead of the "
    "other routes open to you; their consensus puts {other} first among them.",
    "verdict.gated_label": "Cannot serve your goal",
    "verdict.gated": "Set apart, as they cannot serve your goal (“{goal}”)",
    "verdict.notes_label": "Note on your answers",
    "verdict.alternative_less": "Close alternative: {role} (fit {fit}) — it would come first "
    "only with less than you have ({change}). That is not a way forward; it shows what keeps "
    "your recommendation ahead.",
    "verdict.alternative_weight": "Close alternative: {role} (fit {fit}) — no change of one "
    "or two answers puts it first, but it would come first if {up} mattered more to you than "
    "{down} (about {needed} of the weight instead of {current}).",
    # what a role does better than another, in the owner's words (app.presenter)
    "edge.capital_gap": "asks less of your budget",
    "edge.traffic_gap": "needs fewer visitors of your own",
    "edge.supply_chain_gap": "asks less control of your goods",
    "edge.operations_gap": "asks less of your team",
    "edge.policy_risk": "is less exposed to rule changes",
    "edge.trust_risk": "wins buyers' trust sooner",
    "edge.platform_dependence": "depends less on one platform",
    "edge.fragility": "is less fragile",
    "edge.slow_rampup": "pays for itself sooner",
    "edge.competition": "faces less competition",
    "edge.control_upside": "keeps more of your margin, product and customers",
    "edge.audience_upside": "makes more of your own audience",
    "edge.goods_mismatch": "uses the goods you control",
    "edge.breadth_mismatch": "fits the breadth of your range",
    "edge.goal_mismatch": "serves your first-year goal better",
    # what may matter to the owner, for a weight that would change the order (app.presenter)
    "matters.capital_gap": "staying within your budget",
    "matters.traffic_gap": "not having to buy visitors",
    "matters.supply_chain_gap": "needing little control of your goods",
    "matters.operations_gap": "asking little of your team",
    "matters.policy_risk": "staying clear of rule changes",
    "matters.trust_risk": "being trusted by buyers soon",
    "matters.platform_dependence": "not depending on one platform",
    "matters.fragility": "not being stopped by one failing link",
    "matters.slow_rampup": "paying for itself soon",
    "matters.competition": "staying out of crowded markets",
    "matters.control_upside": "keeping your margin, product and customers",
    "matters.audience_upside": "making the most of your own audience",
    "matters.goods_mismatch": "using the goods you control",
    "matters.breadth_mismatch": "fitting the breadth of your range",
    "matters.goal_mismatch": "serving your first-year goal",
    # explanations (app.presenter)
    "explain.average": "{name}: {value} (average of the {n} models {mean}; {better})",
    "explain.estimate": "Estimate: {note}",
    "explain.constant": "equal for every model, so it cannot change the order",
    "method.rule": "Recommendation (fit, feasible first)",
    "rank.tied": "tied {ordinal}",
    "method.consensus": "Consensus of the methods (Borda)",
    # a reason in the owner's words: {answer} is the SME's answer, {level} the role's level
    "why.capital_gap.lift": "Your budget ({answer}) covers what the role needs up front",
    "why.capital_gap.pull": "The role needs more money up front than your budget ({answer})",
    "why.traffic_gap.lift": "The role needs no bigger audience than you have ({answer})",
    "why.traffic_gap.pull": "The role needs a bigger audience than you have ({answer})",
    "why.supply_chain_gap.lift": "Your control of the goods ({answer}) is what the role needs",
    "why.supply_chain_gap.pull": "The role needs more control of the goods than you have "
    "({answer})",
    "why.operations_gap.lift": "Your team ({answer}) can run what the role demands",
    "why.operations_gap.pull": "The role demands a stronger team than yours ({answer})",
    "why.slow_rampup.lift": "It pays for itself sooner than most roles (slow ramp-up {level} of 5)",
    "why.slow_rampup.lift_moderate": "It pays for itself sooner than most roles, though not "
    "fast (slow ramp-up {level} of 5)",
    "why.slow_rampup.pull": "It takes longer to pay for itself than most roles (slow ramp-up "
    "{level} of 5)",
    "why.risk.lift": "Less {name_lower} than most roles ({level} of 5)",
    "why.risk.lift_moderate": "{name} is moderate ({level} of 5), lower than for most roles",
    "why.risk.pull": "More {name_lower} than most roles ({level} of 5)",
    "why.control_upside.lift": "You keep control of the product, its customers and its margin "
    "({level} of 5)",
    "why.control_upside.pull": "You keep little control of the product, customers or margin "
    "({level} of 5)",
    "why.audience_upside.lift": "It sells to the audience you already reach ({answer})",
    "why.audience_upside.pull": "It makes little use of the audience you reach ({answer})",
    "why.goods_mismatch.lift": "It uses the goods you control ({answer})",
    "why.goods_mismatch.pull": "It leaves the goods you control unused ({answer})",
    "why.breadth_mismatch.lift": "It suits the breadth of your range ({answer})",
    "why.breadth_mismatch.pull": "It does not suit the breadth of your range ({answer})",
    "why.goal_mismatch.lift": "It serves your first-year goal ({answer})",
    "why.goal_mismatch.pull": "It works against your first-year goal ({answer})",
    # file problems (app.files.FileProblem): the path, what went wrong, the reason
    "file.folder_missing": "{path}: the folder {folder} does not exist",
    "file.is_folder": "{path}: is a folder, not a file",
    "file.cannot_create": "{path}: cannot write in {folder} ({reason})",
    "file.read_only": "{path}: the file is read-only",
    "file.cannot_write": "{path}: cannot write ({reason})",
    "file.no_such_file": "{path}: no such file",
    "file.not_utf8": "{path}: not a UTF-8 text file",
    "file.cannot_read": "{path}: cannot read ({reason})",
    "file.not_json": "{path}: not valid JSON (line {line}, column {column}: {detail})",
    "file.not_assessment": "{path}: not an assessment",
    "file.not_regular": "{path}: not a regular file (a device, a pipe or a socket)",
    "open.newer_app": "saved by version {saved} of the app, newer than this one ({this}): "
    "what it added is left out",
    "open.other_kb": "assessed with knowledge base {saved}; ranked again with {this}, whose "
    "levels may differ",
    "open.extra_keys": "keys this version does not know were left out: {keys}",
    "note.prefix": "export-advisor: note: ",
    "file.too_big": "{path}: {size:,} bytes; the limit is {limit:,}",
    "file.too_deep": "{path}: not valid JSON (nested too deeply)",
    "file.duplicate_key": "{path}: the key '{name}' is given twice; keep one",
    "file.bad_number": "{path}: not valid JSON (a number too long to read)",
    "reason.disk_full": "the disk is full",
    "reason.permission": "permission denied",
    "reason.in_use": "permission denied; is the file open in another program?",
    "reason.read_only_fs": "the disk or folder is read-only",
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
    # batch assessment (app.survey)
    "batch.none_feasible": "none feasible",
    "batch.skipped": "not computed",
    "batch.near_ties": "of which a near-tie (another route about equal)",
    "batch.sheet.results": "Results",
    "batch.sheet.summary": "Summary",
    "batch.sheet.errors": "Errors",
    "batch.summary_title": "How the recommendations are distributed",
    "batch.read": "{rows:,} rows read, {good:,} assessed, {bad:,} rejected ({profiles:,} "
    "distinct answer profiles)",
    "batch.model": "Model (export role / import role)",
    "batch.count": "Rows",
    "batch.share": "Share",
    "batch.chart": "Recommendations",
    "batch.by_capital": "Recommendations by trade direction and first-year budget",
    "batch.direction": "Trade direction",
    "batch.capital": "First-year budget",
    "batch.row": "Row",
    "batch.column": "Column",
    "batch.reason": "Reason",
    "batch.no_answer": "no answer; valid: {choices}",
    "batch.not_option": "{value} is not an option; valid: {choices}",
    "batch.rejected": "row {row}, {column}: {reason}",
    "batch.more_errors": "… and {n:,} more (see {where})",
    "batch.missing_columns": "no column for {missing}; name the columns by question id "
    "({ids}) or by the question's text",
    "batch.unreadable": "{path}: not a readable CSV or .xlsx table ({detail})",
    "error.prefix": "export-advisor: error: ",
    "answer.not_object": "{field}: must be an object mapping question ids to option ids; "
    "valid choices: {choices}",
    "answer.no_answers": "{field}: the file needs an object with an 'answers' key; valid "
    "choices: {choices}",
    "answer.unknown_question": "{field}: unknown question; valid choices: {choices}",
    "answer.not_option": "{field}: {value} is not an option; valid choices: {choices}",
    "answer.missing": "{field}: missing answer; valid choices: {choices}",
    "answer.missing_many": "answers: {n} answers missing: {listed}",
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
    # sheet names (at most 31 characters, no []:*?/\)
    "sheet.summary": "Summary",
    "sheet.answers": "Answers",
    "sheet.weights": "Weights",
    "sheet.matrix": "Matrix",
    "sheet.rankings": "Rankings",
    "sheet.charts": "Comparison",
    "sheet.sources": "Sources",
    # document
    "title": "Cross-border e-commerce model recommendation",
    "subject": "Cross-border e-commerce operating model for an SME",
    "keywords": "cross-border e-commerce; MCDA; TOPSIS; VIKOR",
    "footer": "Export Model Advisor",
    # summary
    "company": "Prepared for",
    "prepared_by": "Prepared by",
    "appendix": "Appendix {letter}: ",
    "about_title": "About this report",
    "prepared_by_text": "Export Model Advisor {version} (knowledge base {kb})",
    "register": "Risk register for the recommended role",
    "register_none": "No risk of this role is above level 2 of 5.",
    "register_row": "What it means here: {means}\nHow to limit it: {mitigation}\nSource: {source}",
    "next_steps": "Next steps",
    "assumptions": "Assumptions and limits",
    "no_company": "(not given)",
    "assessed_on": "Assessed on",
    "app_version": "App version",
    "kb_version": "Knowledge-base version",
    "paper": "Source paper",
    "methods": "Methods",
    "methods_text": "{methods}; consensus by Borda count (each model's mean rank over "
    "the {n} methods, every method counting equally).",
    "feasible": "Feasible now",
    "verdict": "Verdict",
    "confidence": "Confidence",
    "cross_checks": "Cross-checks",
    "not_feasible": "Not feasible now",
    "none_feasible": "No model is feasible now",
    "rule": "Recommendation rule",
    "rule_text": "Weighted sum of each criterion on its fixed scale (best 1, worst 0), models "
    "not feasible now last. The four methods below are a cross-check.",
    "trade_direction": "Trade direction",
    "role": "What you would do",
    "paper_model": "The paper's model",
    "rule_rank": "Rank by the rule",
    "fit": "Fit (0–100)",
    "estimate": "estimate",
    "estimate_source": "our estimate (no published source)",
    "why_risks": "base {base}: 1 + its share of the risks the paper states for {models}",
    "why_note": "base {base}: {note}",
    "why_factor_because": "× {factor} ({question}: {answer}) — {why}",
    "feeds_match": "{name}: how far each role works against this answer",
    "suits_fit": "fit {fit}",
    "used_base_risk": "Base weight of {criterion} (a risk the paper states)",
    "recommended": "Recommended model",
    "runner_up": "Runner-up",
    "model": "Model",
    "description": "What it is",
    "examples": "Examples",
    "consensus_rank": "Consensus rank",
    "mean_rank": "Borda mean rank",
    "firsts": "Methods ranking it first",
    "firsts_text": "{k} of {n}",
    "lifts": "What lifts it",
    "pulls": "What pulls it down",
    "nothing": "nothing stands out",
    "not_described": "Note",
    "not_described_text": "The paper names this model but does not describe it: its levels "
    "rest on the public facts listed on the Sources sheet and on "
    "estimates labelled as such.",
    "tie": "Tie",
    "tie_text": "Tied in the consensus with: {models}.",
    "level_of": "{name} (level {level} of 5)",
    "left_out": "Left out of the ranking",
    "left_out_text": "{name}: {value} for every model, so it cannot change the order; its "
    "weight was spread over the other criteria.",
    "notes": "Notes",
    "lower_better": "lower is better",
    "higher_better": "higher is better",
    # answers
    "answers_title": "Your answers and what they changed",
    "question": "Question",
    "answer": "Answer",
    "level": "Level",
    "level_text": "{level} of {n}",
    "multipliers": "Weight multipliers",
    "feeds": "Matrix column it feeds",
    "no_change": "none (weights unchanged)",
    "feeds_gap": "{name}: each model's required level minus yours ({level}), not below 0",
    "feeds_range": "{name}: steps your answer lies outside the range each model suits",
    "feeds_none": "none (weights only)",
    "times": "{name} × {factor}",
    # weights
    "weights_title": "Criterion weights",
    "criterion": "Criterion",
    "kind": "Kind",
    "kind.gap": "Requirement gap",
    "kind.risk": "Inherent risk",
    "kind.upside": "Upside",
    "kind.range": "Fit",
    "kind.match": "Fit with the goal",
    "direction": "Direction",
    "base_weight": "Base weight",
    "weight": "Weight",
    "used_weight": "Weight used by the methods",
    "in_ranking": "In the ranking",
    "yes": "yes",
    "no_constant": "no: equal for every model",
    "why": "Why",
    "why_norm": "then all weights normalised to sum 100 %",
    "why_manual": "set by hand (the questionnaire would give {weight})",
    # matrix
    "matrix_title": "Decision matrix",
    "matrix_note": "Rows are the models, columns the criteria; each cell is the number the "
    "methods ranked.",
    "direction_row": "Direction",
    "weight_row": "Weight",
    "in_ranking_row": "In the ranking",
    "levels_title": "What each cell is built from (knowledge-base level)",
    "needs": "needs {level}",
    "suits": "{low} – {high}",
    "sources_title": "Source of each level (numbers as on the Sources sheet)",
    "cite_paper": "[{n}] paper §{section}",
    "cite_fact": "[{n}] public fact",
    # rankings
    "rankings_title": "Rankings by method",
    "rankings_note": "Scores: higher is better, except VIKOR (lower is better). Tied "
    "models share a rank.",
    "score": "{method} score",
    "rank": "{method} rank",
    "agreement_title": "Agreement between methods (Kendall's tau of their ranks; 1 = same "
    "order, −1 = reversed)",
    "method": "Method",
    "consensus": "Consensus (Borda count)",
    "top_title": "Each method's first choice",
    "first_choice": "First choice",
    "agrees": "Agrees with the consensus",
    "share_top": "Methods placing the recommended model first",
    # charts
    "charts_title": "Comparison",
    "bar_title": "Fit by the recommendation rule (0–100, higher is better)",
    "bar_axis": "Fit",
    "radar_title": "Top three models, criteria normalised (1 = best of the models)",
    "radar_note": "Each criterion scaled over the models: 1 = the best value, 0 = the worst "
    "(cost criteria reversed). Criteria equal for every model are left out.",
    # sources
    "sources_title_sheet": "Sources: the paper's passages and public facts",
    "id": "Id",
    "kind.paper": "Paper passage",
    "kind.fact": "Public fact",
    "where": "Section or reference",
    "text": "Text",
    "original": "Original passage",
    "used_for": "Used for",
    "used_levels": "{model}: levels of {criteria}",
    "used_question": "question: {question}",
    "used_model": "model: {model}",
    "used_none": "background",
    "sheet.robustness": "Robustness",
    "sens_title": "How firm is the ranking?",
    "sens_note": "Under any weights: the recommendation rule, {samples:,} weight vectors drawn "
    "uniformly from all weightings (seed {seed}). The confidence on the Summary "
    "draws weightings around yours instead.",
    "acc_title": "Rank acceptability: share of weightings giving each rank",
    "rank_n": "Rank {n}",
    "central_title": "Central weights: mean weights under which the model comes first",
    "never_first": "never first",
    "stab_title": "Stability: the range of each weight (others rescaled) keeping the "
    "recommendation first",
    "weight_now": "Weight now",
    "low": "From",
    "high": "To",
    "constant_crit": "equal for every model: any weight keeps the order",
    "cf_title": "What would need to change to make each model the recommendation",
    "cf_none": "no change of one or two steps in the answers puts it first",
    "change": "Smallest change of answers",
    "reversal_title": "Rank-reversal check (TOPSIS, each other model made slightly worse)",
    "reversal_yes": "{model} stayed first in all {n} mutated problems.",
    "reversal_no": "{model} did not stay first in every mutated problem (preserved in {rate:.0%}).",
    "reversal_na": "Not run: {note}",
    "reversal_skipped": "Not run for this report: the command that wrote it runs it with --verify.",
    "acc_chart": "Rank acceptability under any weights (recommendation rule)",
    "share": "Share",
}

_ZH = {
    "verdict.recommended": "推荐：{role}",
    "verdict.paper_name": "论文中的“{name}”",
    "verdict.confidence": "把握程度：{label}——{meaning}"
    "（对您的各项侧重作小幅调整、测试{samples}次，有{share}仍排第一）。",
    "verdict.none_feasible": "当前没有可行的模式：每个模式的要求都超出您现有条件。"
    "最近的路径：{role}——{needs}。",
    "verdict.not_feasible": "当前不可行",
    "verdict.fit": "契合度{fit}分（满分100）：该模式在各项准则上接近最佳水平的程度，"
    "按您看重的方面加权。",
    "verdict.reasons": "决定因素",
    "verdict.alternative_label": "备选方案",
    "verdict.alternative": "相近的备选：{role}（契合度{fit}）——若{change}，它将排在第一。",
    "verdict.alternative_far": "相近的备选：{role}（契合度{fit}）——"
    "改动一到两项回答都不会使其排在第一。",
    "verdict.runner_up_far": "次选：{role}（契合度{fit}），差距明显："
    "改动一两项回答也不会使其排第一。",
    "verdict.needs": "{question}：至少“{from_}”（您的回答：“{has}”）",
    "verdict.colon": "：",
    "verdict.paren": "（{0}）",
    "verdict.percent": "{0}%",
    "verdict.near_tie.2": "两条路径对您而言契合度相当：{roles}。",
    "verdict.near_tie.3": "三条路径对您而言契合度相当：{roles}。",
    "verdict.near_tie.n": "{n}条路径对您而言契合度相当：{roles}。",
    "verdict.and": "与",
    "verdict.list_sep": "、",
    "verdict.near_tie_label": "契合度相当",
    "verdict.lead.goal": "{role}排在第一：它更能实现您的目标（“{goal}”）。",
    "verdict.lead.checks": "{role}以微弱的契合度优势排在第一，交叉检验也一致。",
    "verdict.lead.fit": "{role}以微弱的契合度优势排在第一；交叉检验更倾向于{other}。",
    "verdict.separates": "二者的区别：{parts}。",
    "verdict.separates.part": "{role}{criteria}",
    "verdict.separates_sep": "；",
    "verdict.checks_disagree": "在您可选的路径中，四种交叉检验方法都没有把{role}排在最前；"
    "它们的综合结果把{other}排在最前。",
    "verdict.gated_label": "无法实现您的目标",
    "verdict.gated": "已单列，因为它们无法实现您的目标（“{goal}”）",
    "verdict.notes_label": "关于您的回答",
    "verdict.alternative_less": "相近的备选：{role}（契合度{fit}）——只有在条件少于现状时"
    "（{change}）它才会排在第一。这并非可行的方向，只说明您的推荐为何领先。",
    "verdict.alternative_weight": "相近的备选：{role}（契合度{fit}）——改动一两项回答都不会使其"
    "排在第一；但如果您更看重{up}而非{down}（权重约{needed}而非{current}），它将排在第一。",
    "edge.capital_gap": "对预算的要求更低",
    "edge.traffic_gap": "所需自有访客更少",
    "edge.supply_chain_gap": "对货源掌控的要求更低",
    "edge.operations_gap": "对团队的要求更低",
    "edge.policy_risk": "受规则变化的影响更小",
    "edge.trust_risk": "更快赢得买家信任",
    "edge.platform_dependence": "对单一平台的依赖更小",
    "edge.fragility": "更不易停摆",
    "edge.slow_rampup": "回本更快",
    "edge.competition": "竞争更少",
    "edge.control_upside": "更能掌控利润、产品与客户",
    "edge.audience_upside": "更能利用您的自有受众",
    "edge.goods_mismatch": "更能用上您掌控的货源",
    "edge.breadth_mismatch": "更契合您的品类宽度",
    "edge.goal_mismatch": "更能实现您的首年目标",
    "matters.capital_gap": "不超出预算",
    "matters.traffic_gap": "不必购买流量",
    "matters.supply_chain_gap": "对货源掌控要求低",
    "matters.operations_gap": "对团队要求低",
    "matters.policy_risk": "避开规则变化",
    "matters.trust_risk": "尽快赢得买家信任",
    "matters.platform_dependence": "不依赖单一平台",
    "matters.fragility": "不因单一环节出错而停摆",
    "matters.slow_rampup": "尽快回本",
    "matters.competition": "避开拥挤的市场",
    "matters.control_upside": "掌控利润、产品与客户",
    "matters.audience_upside": "充分利用自有受众",
    "matters.goods_mismatch": "用上您掌控的货源",
    "matters.breadth_mismatch": "契合您的品类宽度",
    "matters.goal_mismatch": "实现首年目标",
    "explain.average": "{name}：{value}（{n}种模式平均{mean}；{better}）",
    "explain.estimate": "估计：{note}",
    "explain.constant": "各模式相同，不会改变排序",
    "method.rule": "推荐规则（契合度，可行优先）",
    "rank.tied": "并列第{ordinal}",
    "method.consensus": "各方法共识（Borda）",
    "why.capital_gap.lift": "您的预算（{answer}）足以覆盖该模式的前期投入",
    "why.capital_gap.pull": "该模式需要的前期资金超出您的预算（{answer}）",
    "why.traffic_gap.lift": "该模式所需受众不超过您已有的受众（{answer}）",
    "why.traffic_gap.pull": "该模式需要比您现有（{answer}）更大的受众",
    "why.supply_chain_gap.lift": "您对商品的掌控（{answer}）正是该模式所需",
    "why.supply_chain_gap.pull": "该模式需要比您现有（{answer}）更强的货源掌控",
    "why.operations_gap.lift": "您的团队（{answer}）能胜任该模式的运营",
    "why.operations_gap.pull": "该模式需要比您现有（{answer}）更强的团队",
    "why.slow_rampup.lift": "回本快于多数模式（起步缓慢{level}/5级）",
    "why.slow_rampup.lift_moderate": "回本快于多数模式，但并不算快（起步缓慢{level}/5级）",
    "why.slow_rampup.pull": "回本慢于多数模式（起步缓慢{level}/5级）",
    "why.risk.lift": "{name_lower}低于多数模式（{level}/5级）",
    "why.risk.lift_moderate": "{name}中等（{level}/5级），但低于多数模式",
    "why.risk.pull": "{name_lower}高于多数模式（{level}/5级）",
    "why.control_upside.lift": "您能掌控产品、客户与利润（{level}/5级）",
    "why.control_upside.pull": "您对产品、客户或利润的掌控很少（{level}/5级）",
    "why.audience_upside.lift": "它面向您已触达的受众销售（{answer}）",
    "why.audience_upside.pull": "它很少用到您已触达的受众（{answer}）",
    "why.goods_mismatch.lift": "它能用上您掌控的商品（{answer}）",
    "why.goods_mismatch.pull": "它用不上您掌控的商品（{answer}）",
    "why.breadth_mismatch.lift": "它适合您的品类宽度（{answer}）",
    "why.breadth_mismatch.pull": "它不适合您的品类宽度（{answer}）",
    "why.goal_mismatch.lift": "它有助于您的首年目标（{answer}）",
    "why.goal_mismatch.pull": "它与您的首年目标相悖（{answer}）",
    "file.folder_missing": "{path}：文件夹{folder}不存在",
    "file.is_folder": "{path}：这是文件夹，不是文件",
    "file.cannot_create": "{path}：无法在{folder}中写入（{reason}）",
    "file.read_only": "{path}：文件为只读",
    "file.cannot_write": "{path}：无法写入（{reason}）",
    "file.no_such_file": "{path}：文件不存在",
    "file.not_utf8": "{path}：不是UTF-8文本文件",
    "file.cannot_read": "{path}：无法读取（{reason}）",
    "file.not_json": "{path}：不是有效的JSON（第{line}行第{column}列：{detail}）",
    "file.not_assessment": "{path}：不是评估文件",
    "file.not_regular": "{path}：不是普通文件（而是设备、管道或套接字）",
    "open.newer_app": "该文件由较新版本{saved}保存，当前版本为{this}：新增内容已略去",
    "open.other_kb": "该评估使用知识库{saved}；已按当前知识库{this}重新排序，等级可能不同",
    "open.extra_keys": "已略去当前版本不认识的键：{keys}",
    "note.prefix": "export-advisor：提示：",
    "file.too_big": "{path}：{size}字节，超过上限{limit}字节",
    "file.too_deep": "{path}：不是有效的JSON（嵌套层数过多）",
    "file.duplicate_key": "{path}：键“{name}”出现了两次，请只保留一个",
    "file.bad_number": "{path}：不是有效的JSON（数字过长，无法读取）",
    "reason.disk_full": "磁盘已满",
    "reason.permission": "没有权限",
    "reason.in_use": "没有权限；文件是否正在其他程序中打开？",
    "reason.read_only_fs": "磁盘或文件夹为只读",
    "args.required": "缺少必需的参数：{0}",
    "args.unrecognized": "无法识别的参数：{0}",
    "args.invalid_choice": "参数{0}：{1}不是可选项；可选：{2}",
    "args.expected_one": "参数{0}：需要一个值",
    "args.samples": "参数{0}：须为1到{1}之间的整数，而非{2}",
    "args.seed": "参数{0}：须为0或更大的整数，而非{1}",
    "args.positive": "参数{0}：须为正数，而非{1}",
    "args.ambiguous": "选项{0}有歧义，可能是：{1}",
    "args.other": "参数{0}：{1}",
    "batch.none_feasible": "无可行模式",
    "batch.skipped": "未计算",
    "batch.near_ties": "其中契合度相当（另有路径不相上下）",
    "batch.sheet.results": "结果",
    "batch.sheet.summary": "汇总",
    "batch.sheet.errors": "错误",
    "batch.summary_title": "推荐结果分布",
    "batch.read": "读取{rows}行，评估{good}行，拒绝{bad}行（不同回答组合{profiles}种）",
    "batch.model": "模式（出口角色/进口角色）",
    "batch.count": "行数",
    "batch.share": "占比",
    "batch.chart": "推荐分布",
    "batch.by_capital": "按贸易方向与首年预算统计的推荐",
    "batch.direction": "贸易方向",
    "batch.capital": "首年预算",
    "batch.row": "行",
    "batch.column": "列",
    "batch.reason": "原因",
    "batch.no_answer": "未作答；可选：{choices}",
    "batch.not_option": "{value}不是可选项；可选：{choices}",
    "batch.rejected": "第{row}行，{column}：{reason}",
    "batch.more_errors": "……另有{n}处（见{where}）",
    "batch.missing_columns": "缺少以下问题的列：{missing}；列名请用问题id（{ids}）或问题原文",
    "batch.unreadable": "{path}：不是可读取的CSV或.xlsx表格（{detail}）",
    "error.prefix": "export-advisor：错误：",
    "answer.not_object": "{field}：应为由问题id映射到选项id的对象；可选：{choices}",
    "answer.no_answers": "{field}：文件须为含有“answers”键的对象；可选：{choices}",
    "answer.unknown_question": "{field}：未知问题；可选：{choices}",
    "answer.not_option": "{field}：{value}不是可选项；可选：{choices}",
    "answer.missing": "{field}：缺少回答；可选：{choices}",
    "answer.missing_many": "answers：缺少{n}项回答：{listed}",
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
    "sheet.summary": "摘要",
    "sheet.answers": "问卷回答",
    "sheet.weights": "权重",
    "sheet.matrix": "决策矩阵",
    "sheet.rankings": "排名",
    "sheet.charts": "对比",
    "sheet.sources": "来源",
    "title": "跨境电商模式推荐报告",
    "subject": "中小企业跨境电商运作模式选择",
    "keywords": "跨境电商；多准则决策；TOPSIS；VIKOR",
    "footer": "跨境电商模式决策助手",
    "company": "报告对象",
    "prepared_by": "报告编制",
    "appendix": "附录{letter}：",
    "about_title": "关于本报告",
    "prepared_by_text": "跨境电商模式决策助手 {version}（知识库 {kb}）",
    "register": "推荐模式的风险清单",
    "register_none": "该模式没有高于2级（满分5级）的风险。",
    "register_row": "对您意味着：{means}\n应对方法：{mitigation}\n依据：{source}",
    "next_steps": "下一步",
    "assumptions": "假设与局限",
    "no_company": "（未填写）",
    "assessed_on": "评估日期",
    "app_version": "软件版本",
    "kb_version": "知识库版本",
    "paper": "来源论文",
    "methods": "方法",
    "methods_text": "{methods}；共识采用Borda计数（各模式在{n}种方法中的平均名次，"
    "各方法权重相同）。",
    "feasible": "当前可行",
    "verdict": "结论",
    "confidence": "把握程度",
    "cross_checks": "交叉检验",
    "not_feasible": "当前不可行",
    "none_feasible": "当前没有可行的模式",
    "rule": "推荐规则",
    "rule_text": "按各准则固定量表（最好为1，最差为0）的加权和排序，当前不可行的模式排在最后。"
    "下列四种方法用于交叉核对。",
    "trade_direction": "贸易方向",
    "role": "您在其中的角色",
    "paper_model": "论文中的模式",
    "rule_rank": "按规则的名次",
    "fit": "契合度（0–100）",
    "estimate": "估计",
    "estimate_source": "本工具估算（无公开出处）",
    "why_risks": "基础权重{base}：1 + 论文所述{models}风险中属于该准则的份额",
    "why_note": "基础权重{base}：{note}",
    "why_factor_because": "× {factor}（{question}：{answer}）——{why}",
    "feeds_match": "{name}：各模式与该答案相悖的程度",
    "suits_fit": "契合度 {fit}",
    "used_base_risk": "{criterion}的基础权重（论文所述风险）",
    "recommended": "推荐模式",
    "runner_up": "次选模式",
    "model": "模式",
    "description": "模式说明",
    "examples": "实例",
    "consensus_rank": "共识名次",
    "mean_rank": "Borda平均名次",
    "firsts": "排第一的方法数",
    "firsts_text": "{n}种中的{k}种",
    "lifts": "优势",
    "pulls": "劣势",
    "nothing": "无明显因素",
    "not_described": "说明",
    "not_described_text": "论文列出该模式但未作描述，其各项评分依据“来源”表中列出的公开事实"
    "以及注明的估计。",
    "tie": "并列",
    "tie_text": "在共识排名中与以下模式并列：{models}。",
    "level_of": "{name}（{level}/5级）",
    "left_out": "未参与排名的准则",
    "left_out_text": "{name}：各模式均为{value}，不影响排序，其权重已分摊到其他准则。",
    "notes": "备注",
    "lower_better": "越低越好",
    "higher_better": "越高越好",
    "answers_title": "问卷回答及其影响",
    "question": "问题",
    "answer": "回答",
    "level": "等级",
    "level_text": "{level}/{n}",
    "multipliers": "权重乘数",
    "feeds": "对应矩阵列",
    "no_change": "无（权重不变）",
    "feeds_gap": "{name}：各模式所需等级减去您的等级（{level}），最低为0",
    "feeds_range": "{name}：您的回答偏离各模式适合范围的级数",
    "feeds_none": "无（仅影响权重）",
    "times": "{name} × {factor}",
    "weights_title": "准则权重",
    "criterion": "准则",
    "kind": "类型",
    "kind.gap": "能力缺口",
    "kind.risk": "固有风险",
    "kind.upside": "收益",
    "kind.range": "匹配度",
    "kind.match": "目标契合度",
    "direction": "方向",
    "base_weight": "基础权重",
    "weight": "权重",
    "used_weight": "方法实际使用的权重",
    "in_ranking": "是否参与排名",
    "yes": "是",
    "no_constant": "否：各模式相同",
    "why": "依据",
    "why_norm": "再将全部权重归一化为100%",
    "why_manual": "手动设定（问卷给出的权重为{weight}）",
    "matrix_title": "决策矩阵",
    "matrix_note": "行为模式，列为准则；单元格为各方法排序所用的数值。",
    "direction_row": "方向",
    "weight_row": "权重",
    "in_ranking_row": "是否参与排名",
    "levels_title": "各单元格的依据（知识库等级）",
    "needs": "需{level}级",
    "suits": "{low} – {high}",
    "sources_title": "各等级的来源（编号同“来源”表）",
    "cite_paper": "[{n}] 论文§{section}",
    "cite_fact": "[{n}] 公开事实",
    "rankings_title": "各方法排名",
    "rankings_note": "得分越高越好，VIKOR除外（越低越好）。并列的模式名次相同。",
    "score": "{method}得分",
    "rank": "{method}名次",
    "agreement_title": "方法间一致性（名次的Kendall τ；1 = 顺序相同，−1 = 完全相反）",
    "method": "方法",
    "consensus": "共识（Borda计数）",
    "top_title": "各方法的首选",
    "first_choice": "首选",
    "agrees": "与共识一致",
    "share_top": "将推荐模式排第一的方法",
    "charts_title": "对比",
    "bar_title": "按推荐规则的契合度（0–100，越高越好）",
    "bar_axis": "契合度",
    "radar_title": "前三名模式，准则归一化（1 = 各模式中最优）",
    "radar_note": "每项准则在各模式间缩放：1 = 最优值，0 = 最差值（成本型准则已反向）。"
    "各模式相同的准则未列入。",
    "sources_title_sheet": "来源：论文段落与公开事实",
    "id": "编号",
    "kind.paper": "论文段落",
    "kind.fact": "公开事实",
    "where": "章节或出处",
    "text": "内容",
    "original": "原文",
    "used_for": "用途",
    "used_levels": "{model}：{criteria}的等级",
    "used_question": "问题：{question}",
    "used_model": "模式：{model}",
    "used_none": "背景",
    "sheet.robustness": "稳健性",
    "sens_title": "排名有多稳？",
    "sens_note": "任意权重下：按推荐规则，从所有权重组合中均匀抽取 {samples:,} 组权重"
    "（随机种子 {seed}）。摘要中的把握程度则在您的权重附近抽样。",
    "acc_title": "名次可接受度：各名次在随机权重中所占比例",
    "rank_n": "第 {n} 名",
    "central_title": "中心权重：模式排第一时的平均权重",
    "never_first": "从未排第一",
    "stab_title": "稳定区间：单个权重（其余按比例缩放）保持推荐模式第一的范围",
    "weight_now": "当前权重",
    "low": "下限",
    "high": "上限",
    "constant_crit": "各模式相同，任意权重都不改变排序",
    "cf_title": "使各模式成为推荐所需的改变",
    "cf_none": "答案改动一到两步都无法使其排第一",
    "change": "最小答案改动",
    "reversal_title": "排序反转检验（TOPSIS，依次使其他模式略微变差）",
    "reversal_yes": "在全部{n}个扰动问题中，{model}均保持第一。",
    "reversal_no": "{model}并未在所有扰动问题中保持第一（保持率{rate:.0%}）。",
    "reversal_na": "未运行：{note}",
    "reversal_skipped": "本报告未运行此检验：生成报告的命令加上--verify即可运行。",
    "acc_chart": "任意权重下的名次可接受度（推荐规则）",
    "share": "比例",
}

_TABLES = {"en": _EN, "zh": _ZH}


class Labels:
    """The report's words in one language.

    Parameters
    ----------
    lang
        ``"en"`` or ``"zh"``.

    Raises
    ------
    ValueError
        For any other language.
    """

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(
                f"lang: {lang!r} is not a report language; valid choices: {', '.join(LANGUAGES)}"
            )
        self.lang = lang
        self._words = _TABLES[lang]

    def __contains__(self, key: object) -> bool:
        return key in self._words

    def __call__(self, key: str, **values: object) -> str:
        """The text for ``key``, with ``values`` filled in."""
        text = self._words[key]
        return text.format(**values) if values else text

    @property
    def sep_strong(self) -> str:
        """The separator between clauses that hold commas themselves."""
        return "；" if self.lang == "zh" else "; "

    @property
    def sep(self) -> str:
        """The separator between items of a list in running text."""
        return "、" if self.lang == "zh" else ", "
