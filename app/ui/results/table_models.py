"""Thin table models for the results view, with named columns; testable without widgets."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app import presenter
from app.ui.roles import BAR_ROLE, ID_ROLE
from criteria.decision.result import CONSENSUS, RankingResult
from criteria.knowledge import KnowledgeBase

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


method_name = presenter.method_name


class _ResultModel(QAbstractTableModel):
    headers: tuple[object, ...] = ()  # QT_TRANSLATE_NOOP marks them for lupdate

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
            return translate("results", str(self.headers[section]))
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
        gated = model_id in r.goal_gated
        apart = not feasible or gated  # listed apart: not a route open to the SME
        if role == ID_ROLE:
            return model_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.RANK:
                if self.method is None and apart:
                    return "—"
                tied = sum(1 for x in ranks if x == rank) > 1
                return presenter.rank_text(rank, tied, self.lang)
            if col == self.MODEL:
                name = presenter.role(self.kb, model_id, r.direction, self.lang)
                if not feasible:
                    name += " " + translate("results", "(not feasible now)")
                elif gated:
                    name += " " + translate("results", "(cannot serve your goal)")
                elif self.method is None and model_id in r.near_tie:
                    name += " " + translate("results", "(about equal to the first)")
                return name
            if col == self.SCORE:
                # one decimal, as the report: two fits 69.4 and 68.8 must not both read 69
                return f"{100 * bar:.1f}" if self.method is None else f"{bar:.3f}"
        if role == BAR_ROLE and col == self.SCORE:
            return bar
        if role == Qt.ItemDataRole.ForegroundRole and apart:
            return QBrush(QColor(128, 128, 128))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MODEL:
            m = self.kb.model(model_id)
            tip = f"{m.name.get(self.lang)}: {m.description.get(self.lang)}"
            if not feasible:
                tip += "\n" + presenter.needs_text(self.kb, r, model_id, self.lang)
            elif gated:
                tip += "\n" + r.reasons[model_id].get(self.lang)
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
                return presenter.role(self.kb, model_id, self.result.direction, self.lang)
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
        return presenter.words(self.lang).sep_strong.join(
            presenter.weight_reasons(self.kb, self.result, cid, self.lang)
        )

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


def reasons_html(kb: KnowledgeBase, result: RankingResult, model_id: str, lang: str) -> str:
    """The role, what lifts it, what pulls it down, its risks with their sources.

    The words are the presenter's (the report says the same); this only lays them out.
    """
    m = kb.model(model_id)
    direction = result.direction
    lifts, pulls = presenter.reason_lines(kb, result, model_id, lang)

    def items(lines: list[str]) -> str:
        return "".join(f"<li>{escape(line)}</li>" for line in lines) or (
            f"<li>{presenter.text(lang, 'report.nothing')}</li>"
        )

    risks = []
    for risk in presenter.risks(kb, result, model_id, lang):
        if risk.estimate:
            where = f"<i>{escape(risk.text)}</i>"
        else:
            where = f"<i>{escape(risk.source or '')}</i>: {escape(risk.text)}"
            if risk.original:
                where += f" (“{escape(risk.original)}”)"
            if risk.note:
                where += f" — {escape(risk.note)}"
        risks.append(f"<li><b>{escape(risk.name)}: {risk.level}/5</b> — {where}</li>")
    heads = (
        translate("results", "What you would do:"),
        translate("results", "What lifts it"),
        translate("results", "What pulls it down"),
        translate("results", "Risks and where they come from"),
        translate("results", "Not feasible now:"),
        translate("results", "First steps"),
    )
    steps = "".join(
        f"<li>{escape(step)} <i>({escape(source)})</i></li>"
        for step, source in presenter.role_steps(kb, result, model_id, lang)
    )
    blocked = ""
    if not result.is_feasible(model_id):
        blocked = (
            f"<p style='color: #b00020'><b>{heads[4]}</b> "
            f"{escape(presenter.needs_text(kb, result, model_id, lang))}</p>"
        )
    return (
        f"<h3>{presenter.role(kb, model_id, direction, lang)}</h3>"
        f"<p style='color: gray'>{m.name.get(lang)} — {m.examples.get(direction).get(lang)}"
        f"</p>{blocked}"
        f"<p><b>{heads[0]}</b> {m.detail.get(direction).get(lang)}</p>"
        f"<p><b>{heads[5]}</b></p><ol>{steps}</ol>"
        f"<p>{m.description.get(lang)}</p>"
        f"<p><b>{heads[1]}</b></p><ul>{items(lifts)}</ul>"
        f"<p><b>{heads[2]}</b></p><ul>{items(pulls)}</ul>"
        f"<p><b>{heads[3]}</b></p><ul>{''.join(risks)}</ul>"
    )
