"""One measured figure and its goal."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    goal: float | None = None
    comparison: str = "<="  # the figure meets its goal when value <comparison> goal
    detail: str = ""

    @property
    def verdict(self) -> str:
        if self.goal is None:
            return "-"
        met = self.value <= self.goal if self.comparison == "<=" else self.value < self.goal
        return "ok" if met else "MISSED"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"verdict": self.verdict}
