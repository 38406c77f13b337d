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

from criteria import explain, model
from criteria.knowledge import KnowledgeBase
from criteria.methods import METHODS
from criteria.result import RankingResult

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
BAR_ROLE = Qt.ItemDataRole.UserRole + 1  # 0..1 score for the bar delegate
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # model or criterion id




def method_name(method_id: str | None, lang: str) -> str:
    """Display name of a method, or of the consensus."""
    if method_id is None:
        return translate("results", "Consensus (Borda)")
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
    """The six models best first by one method (or the consensus), with bar scores."""

    RANK, MODEL, SCORE = range(3)
    headers = (QT_TRANSLATE_NOOP("results", "Rank"), QT_TRANSLATE_NOOP("results", "Model"),
               QT_TRANSLATE_NOOP("results", "Score"))

    def __init__(self, kb: KnowledgeBase, parent=None) -> None:
        super().__init__(kb, parent)
        self.method: str | None = None
        self.rows: list[int] = []

    def set_method(self, method: str | None) -> None:
        """Rank by ``method`` (None: the consensus)."""
        self.beginResetModel()
        self.method = method
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        r = self.result
        if r is None:
            self.rows = []
            return
        order = r.consensus if self.method is None else r.rankings[self.method]
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
        rank = int((r.consensus_ranks if self.method is None else r.ranks[self.method])[i])
        bar = float(r.bar_scores(self.method)[i])
        if role == ID_ROLE:
            return model_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.RANK:
                tied = sum(1 for x in (r.consensus_ranks if self.method is None
                                       else r.ranks[self.method]) if x == rank) > 1
                return f"{rank}=" if tied else str(rank)
            if col == self.MODEL:
                return self.kb.model(model_id).name.get(self.lang)
            if col == self.SCORE:
                return f"{bar:.3f}"
        if role == BAR_ROLE and col == self.SCORE:
            return bar
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MODEL:
            return self.kb.model(model_id).description.get(self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.RANK:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class MethodRanksModel(_ResultModel):
    """Each method's rank of each model, consensus order; disagreements highlighted."""

    MODEL = 0
    headers = (QT_TRANSLATE_NOOP("results", "Model"),)

    def __init__(self, kb: KnowledgeBase, parent=None) -> None:
        self.methods: list[str] = []
        self.order: list[int] = []
        super().__init__(kb, parent)

    def _rebuild(self) -> None:
        r = self.result
        self.methods = list(r.methods) if r else []
        self.order = [r.models.index(m) for m in r.consensus] if r else []

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
                return self.kb.model(model_id).name.get(self.lang)
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
        """How many methods put the consensus's first model first."""
        if self.result is None:
            return 0
        top = self.result.recommended
        return sum(self.result.rankings[m][0] == top for m in self.methods)


class WeightsModel(_ResultModel):
    """Criterion, weight and why it has that size."""

    CRITERION, WEIGHT, WHY = range(3)
    headers = (QT_TRANSLATE_NOOP("results", "Criterion"),
               QT_TRANSLATE_NOOP("results", "Weight"), QT_TRANSLATE_NOOP("results", "Why"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.result is None else len(self.result.criteria)

    def why(self, row: int) -> str:
        """Base weight, the answers that scaled it, and whether it was left out."""
        assert self.result is not None
        cid = self.result.criteria[row]
        base = self.kb.base_weights()[cid]
        crit = self.kb.criterion(cid)
        passages = sum(self.kb.sources[s].kind == "paper" for s in crit.stressed_by)
        parts = [translate("results", "base {0:.1%} ({1} passages of the paper)").format(
            base, passages)]
        for qid, oid, factor in model.weight_factors(self.kb, self.result.answers)[cid]:
            q = self.kb.question(qid)
            parts.append(f"× {factor:g} ({q.get_option(oid).label.get(self.lang)})")
        if cid in self.result.constant_criteria:
            parts.append(translate("results",
                                   "equal for every model, so it cannot change the order"))
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


def reasons_html(kb: KnowledgeBase, result: RankingResult, model_id: str, lang: str) -> str:
    """What lifts the model, what pulls it down, and the risks the paper states for it."""
    m = kb.model(model_id)
    i = result.models.index(model_id)
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
            out.append(f"<li>{kb.criterion(r.criterion).name.get(lang)}: {r.value:g} "
                       f"{average}</li>")
        return "".join(out)

    risks, shown = [], set()
    for c in kb.criteria:
        if c.kind != "level" or c.direction != "min":
            continue
        src = kb.sources[c.levels[model_id].source]
        level = int(result.matrix[i, result.criteria.index(c.id)])
        if src.id in shown:
            text = translate("results", "same source as above")
        elif src.kind == "paper":
            text = f"“{src.quote}”" + ("" if lang == "zh" else f" ({src.en})")
        else:
            text = src.text(lang)
        shown.add(src.id)
        risks.append(f"<li><b>{c.name.get(lang)}: {level}/5</b> — <i>{src.label(lang)}</i>: "
                     f"{text}</li>")
    heads = (translate("results", "What you would do:"), translate("results", "What lifts it"),
             translate("results", "What pulls it down"),
             translate("results", "Risks and where they come from"))
    return (f"<h3>{m.name.get(lang)}</h3><p>{m.description.get(lang)}</p>"
            f"<p><b>{heads[0]}</b> {m.export_counterpart.get(lang)} "
            f"<span style='color: gray'>({m.examples.get(lang)})</span></p>"
            f"<p><b>{heads[1]}</b></p><ul>{items(lifts)}</ul>"
            f"<p><b>{heads[2]}</b></p><ul>{items(pulls)}</ul>"
            f"<p><b>{heads[3]}</b></p><ul>{''.join(risks)}</ul>")
