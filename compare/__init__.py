"""Plans compared across years: task alignment, topics, agencies, series.

Public verbs::

    comparison = compare_plans(store, "1369/QĐ-UBND", "năm 2024")   # a Comparison
    comparison.to_dict()                                            # what `vnlegal compare --format json` prints
    plan = read_plan(store, resolve_plan(store, "1369/QĐ-UBND"))    # a plan's tasks and duties
    tag("Triển khai Đề án truyền thông về quyền con người")         # topics with their trigger words

``compare.derive.derive(store)`` writes what the comparison knows into the graph (topics, agency
successions, plan series and the alignment of consecutive plans of a series); the loader runs it
after each load.
"""

from compare.comparison import Comparison, compare_plans
from compare.plans import Plan, read_plan, resolve_plan
from compare.topics import tag

__all__ = ["Comparison", "Plan", "compare_plans", "read_plan", "resolve_plan", "tag"]
