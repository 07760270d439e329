"""Plans compared across years: task alignment, topics, agencies, series.

Public verbs::

    plan = read_plan(store, resolve_plan(store, "1369/QĐ-UBND"))
    comparison = compare_plans(store, "1369/QĐ-UBND", "năm 2024")   # a Comparison
    comparison.to_dict()                                            # what `vnlegal compare --format json` prints
    tag("Triển khai Đề án truyền thông về quyền con người")         # topics with their trigger words

``derive(store)`` writes what the comparison knows into the graph (topics, agency successions,
plan series and the alignment of consecutive plans of a series); the loader runs it after each load.
"""

from compare.align import align
from compare.plans import Plan, read_plan, resolve_plan
from compare.topics import tag

__all__ = ["Plan", "align", "read_plan", "resolve_plan", "tag"]
