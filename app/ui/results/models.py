"""Thin table models for the results view, with named columns; testable without widgets."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app import verdict
from criteria import explain, model
from criteria.knowledge import KnowledgeBase
from criteria.methods import METHODS
from criteria.result import CONSENSUS, RankingResult

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
BAR_ROLE = Qt.ItemDataRole.UserRole + 1  # 0..1 score for the bar delegate
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # model or criterion id


def method_name(method_id: str | None, lang: str) -> str:
    """Display name of a method, of the consensus, or (None) of the recommendation rule."""
    if method_id is None:
        return translate("results", "Recommendation (fit, feasible first)")
    if method_id == CONSENSUS:
        return translate("results", "Consensus of the methods (Borda)")
    m = next(m for m in METHODS if m.id == method_id)
    return m.name_zh if lang == "zh" else m.name_en


class _ResultModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, kb: KnowledgeBase, parent=None) -> None:
        super().__init__(parent)
        self.kb = kb
        self.result: RankingResult | None = None
        self.lang = "en"

    def set_result(self, result: RankingResult | None, lang: str) -> None:
        """Show ``result`` in ``lang``."""
        self.beginResetModel()
        self.result, self.lang = result, lang
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        pass

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("results", self.headers[section])
        return None


class RankingModel(_ResultModel):
    """The six models best first by the rule (or one method, or the consensus), with bars.

    Models not feasible now come last, greyed and ranked "—".
    """

    RANK, MODEL, SCORE = range(3)
    headers = (
        QT_TRANSLATE_NOOP("results", "Rank"),
        QT_TRANSLATE_NOOP("results", "Model"),
        QT_TRANSLATE_NOOP("results", "Score"),
    )

    def __init__(self, kb: KnowledgeBase, parent=None) -> None:
        super().__init__(kb, parent)
        self.method: str | None = None
        self.rows: list[int] = []

    def set_method(self, method: str | None) -> None:
        """Rank by ``method`` (None: the recommendation rule; "consensus": Borda)."""
        self.beginResetModel()
        self.method = method
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        r = self.result
        if r is None:
            self.rows = []
            return
        order = (
            r.ranking
            if self.method is None
            else r.consensus
            if self.method == CONSENSUS
            else r.rankings[self.method]
        )
        self.rows = [r.models.index(m) for m in order]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def model_id(self, row: int) -> str:
        """The model shown in ``row``."""
        assert self.result is not None
        return self.result.models[self.rows[row]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.result is None:
            return None
        r, i, col = self.result, self.rows[index.row()], index.column()
        model_id = r.models[i]
        ranks = r.ranks_by(self.method)
        rank = int(ranks[i])
        bar = float(r.bar_scores(self.method)[i])
        feasible = r.feasible[i]
        if role == ID_ROLE:
            return model_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.RANK:
                if self.method is None and not feasible:
                    return "—"
                tied = sum(1 for x in ranks if x == rank) > 1
                return f"{rank}=" if tied else str(rank)
            if col == self.MODEL:
                name = verdict.role(self.kb, model_id, r.direction, self.lang)
                if not feasible:
                    name += " " + translate("results", "(not feasible now)")
                return name
            if col == self.SCORE:
                return f"{100 * bar:.0f}" if self.method is None else f"{bar:.3f}"
        if role == BAR_ROLE and col == self.SCORE:
            return bar
        if role == Qt.ItemDataRole.ForegroundRole and not feasible:
            return QBrush(QColor(128, 128, 128))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MODEL:
            m = self.kb.model(model_id)
            tip = f"{m.name.get(self.lang)}: {m.description.get(self.lang)}"
            if not feasible:
                tip += "\n" + verdict.needs_text(self.kb, r, model_id, self.lang)
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.RANK:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class MethodRanksModel(_ResultModel):
    """Each method's rank of each model, in the recommendation's order.

    Cells that differ from the consensus are highlighted.
    """

    MODEL = 0
    headers = (QT_TRANSLATE_NOOP("results", "Model"),)

    def __init__(self, kb: KnowledgeBase, parent=None) -> None:
        self.methods: list[str] = []
        self.order: list[int] = []
        super().__init__(kb, parent)

    def _rebuild(self) -> None:
        r = self.result
        self.methods = list(r.methods) if r else []
        self.order = [r.models.index(m) for m in r.ranking] if r else []

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.result is None else 2 + len(self.methods)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.order)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.MODEL:
            return translate("results", "Model")
        if section <= len(self.methods):
            return self.methods[section - 1].upper()
        return translate("results", "Consensus")

    def rank(self, row: int, column: int) -> int:
        """The rank in a cell (method column, or the consensus column)."""
        assert self.result is not None
        i = self.order[row]
        if column <= len(self.methods):
            return int(self.result.ranks[self.methods[column - 1]][i])
        return int(self.result.consensus_ranks[i])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.result is None:
            return None
        row, col = index.row(), index.column()
        model_id = self.result.models[self.order[row]]
        if col == self.MODEL:
            if role == Qt.ItemDataRole.DisplayRole:
                return verdict.role(self.kb, model_id, self.result.direction, self.lang)
            return model_id if role == ID_ROLE else None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rank(row, col))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col <= len(self.methods):
            if self.rank(row, col) != self.rank(row, len(self.methods) + 1):
                return QBrush(QColor(255, 196, 0, 90))
        return None

    def agreement(self) -> int:
        """How many methods put the recommended model first."""
        if self.result is None:
            return 0
        top = self.result.recommended
        return sum(self.result.rankings[m][0] == top for m in self.methods)


class WeightsModel(_ResultModel):
    """Criterion, weight and why it has that size."""

    CRITERION, WEIGHT, WHY = range(3)
    headers = (
        QT_TRANSLATE_NOOP("results", "Criterion"),
        QT_TRANSLATE_NOOP("results", "Weight"),
        QT_TRANSLATE_NOOP("results", "Why"),
    )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.result is None else len(self.result.criteria)

    def why(self, row: int) -> str:
        """Base weight and where it comes from, the answers that scaled it and why."""
        assert self.result is not None
        cid = self.result.criteria[row]
        base = self.kb.base_weights()[cid]
        crit = self.kb.criterion(cid)
        if crit.risk_of:
            models = ", ".join(
                self.kb.model(self.kb.sources[s].about).name.get(self.lang) for s in crit.risk_of
            )
            parts = [
                translate("results", "base {0:.1%}: the paper states it as a risk of {1}").format(
                    base, models
                )
            ]
        else:
            parts = [
                translate("results", "base {0:.1%}: {1}").format(
                    base, crit.base_note.get(self.lang)
                )
            ]
        for qid, oid, factor in model.weight_factors(self.kb, self.result.answers)[cid]:
            option = self.kb.question(qid).get_option(oid)
            why = option.why.get(self.lang) if option.why else ""
            parts.append(f"× {factor:g} ({option.label.get(self.lang)}: {why})")
        if cid in self.result.constant_criteria:
            parts.append(
                translate("results", "equal for every model, so it cannot change the order")
            )
        return "; ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.result is None:
            return None
        row, col = index.row(), index.column()
        cid = self.result.criteria[row]
        crit = self.kb.criterion(cid)
        if role == ID_ROLE:
            return cid
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CRITERION:
                return crit.name.get(self.lang)
            if col == self.WEIGHT:
                return f"{self.result.weights[row]:.1%}"
            return self.why(row)
        if role == BAR_ROLE and col == self.WEIGHT:
            return float(self.result.weights[row] / self.result.weights.max())
        if role == Qt.ItemDataRole.ToolTipRole:
            return crit.explanation.get(self.lang)
        if role == Qt.ItemDataRole.ForegroundRole and cid in self.result.constant_criteria:
            return QBrush(QColor(128, 128, 128))
        return None


def _provenance(kb: KnowledgeBase, entry, lang: str) -> str:
    """Where a level comes from: its source (and why it applies), or "estimate: why"."""
    note = entry.note.get(lang) if entry.note else ""
    if entry.estimate:
        return translate("results", "<i>estimate</i>: {0}").format(note)
    src = kb.sources[entry.source]
    text = (
        f"“{src.quote}”" + ("" if lang == "zh" else f" ({src.en})")
        if (src.kind == "paper")
        else src.text(lang)
    )
    return f"<i>{src.label(lang)}</i>: {text}" + (f" — {note}" if note else "")


def reasons_html(kb: KnowledgeBase, result: RankingResult, model_id: str, lang: str) -> str:
    """The role, what lifts it, what pulls it down, its risks with their sources."""
    m = kb.model(model_id)
    i = result.models.index(model_id)
    direction = result.direction
    lifts, pulls = explain.reasons(result, model_id)

    def items(rs) -> str:
        if not rs:
            nothing = translate("results", "nothing stands out")
            return f"<li>{nothing}</li>"
        out = []
        for r in rs:
            j = result.criteria.index(r.criterion)
            mean = float(result.matrix[:, j].mean())
            average = translate("results", "(average of the six: {0:.1f})").format(mean)
            out.append(
                f"<li>{kb.criterion(r.criterion).name.get(lang)}: {r.value:g} {average}</li>"
            )
        return "".join(out)

    risks = []
    for c in kb.criteria:
        if c.kind != "level" or c.direction != "min":
            continue
        level = int(result.matrix[i, result.criteria.index(c.id)])
        risks.append(
            f"<li><b>{c.name.get(lang)}: {level}/5</b> — "
            f"{_provenance(kb, c.entry(model_id, direction), lang)}</li>"
        )
    heads = (
        translate("results", "What you would do:"),
        translate("results", "What lifts it"),
        translate("results", "What pulls it down"),
        translate("results", "Risks and where they come from"),
        translate("results", "Not feasible now:"),
    )
    blocked = ""
    if not result.is_feasible(model_id):
        blocked = (
            f"<p style='color: #b00020'><b>{heads[4]}</b> "
            f"{verdict.needs_text(kb, result, model_id, lang)}</p>"
        )
    return (
        f"<h3>{verdict.role(kb, model_id, direction, lang)}</h3>"
        f"<p style='color: gray'>{m.name.get(lang)} — {m.examples.get(direction).get(lang)}"
        f"</p>{blocked}"
        f"<p><b>{heads[0]}</b> {m.detail.get(direction).get(lang)}</p>"
        f"<p>{m.description.get(lang)}</p>"
        f"<p><b>{heads[1]}</b></p><ul>{items(lifts)}</ul>"
        f"<p><b>{heads[2]}</b></p><ul>{items(pulls)}</ul>"
        f"<p><b>{heads[3]}</b></p><ul>{''.join(risks)}</ul>"
    )
