"""Facts that follow with certainty from others, for the facts not yet known."""
from __future__ import annotations

from typing import Any, Dict, Mapping

from bot.reading.places import HUZHOU
from knowledge_base.types import OUTSIDE_HUZHOU


def _positive(value: Any) -> bool:
    """A number of years above nought (a range: its least end)."""
    if isinstance(value, dict):
        value = value.get("from")
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def implied(values: Mapping[str, Any]) -> Dict[str, Any]:
    """Facts that follow from others with certainty, for the facts not yet known.

    户籍在外地 and living or working years in Huzhou: a migrant worker; 户籍 in Huzhou: not one;
    living in Huzhou: the parents live or work there; no disability: no
    disability certificate; a certificate or a grade: someone in the household
    is disabled; a pension received: a means of living; income below the
    minimum living line: within twice it (and above twice it: not below it);
    out of work: of the unemployed the training courses are for.
    """
    found: Dict[str, Any] = {}
    hukou, residence = values.get("hukou_place"), values.get("residence_place")
    if hukou == OUTSIDE_HUZHOU and residence in HUZHOU:
        found["migrant_worker"] = True
    elif hukou in HUZHOU:
        found["migrant_worker"] = False
    elif hukou == OUTSIDE_HUZHOU and values.get("works_or_lives_in_huzhou") is True:
        found["migrant_worker"] = True
    elif hukou == OUTSIDE_HUZHOU and _positive(values.get("local_work_years")):
        found["migrant_worker"] = True  # "外地户口，在这干了三年": years of work in Huzhou
    if residence in HUZHOU:
        found["works_or_lives_in_huzhou"] = True
    if values.get("receiving_basic_pension") is True:
        found["has_income_source"] = True  # a pension is a means of living
    if values.get("income_below_dibao_line") is True:
        found["income_within_200pct_dibao"] = True  # below the line is within twice it
    elif values.get("income_within_200pct_dibao") is False:
        found["income_below_dibao_line"] = False  # above twice the line is above it
    if values.get("employment_status") == "失业":
        # "酒店关了把我们全遣散了 现在没活干": unemployed, one of the groups ("当过五年兵 前年退下来的 现在没工作":
        # a veteran out of work is of the veterans' group, the one the resident told of)
        found["training_group"] = "退役军人" if values.get("veteran") is True else "失业人员或转岗职工"
    grade = values.get("disability_grade")
    if grade == "无残疾":
        found["has_disability_certificate"] = False
    elif grade in ("一级", "二级", "三级", "四级") or values.get("has_disability_certificate") is True:
        found["household_has_disabled"] = True
    return {k: v for k, v in found.items() if values.get(k) is None}
