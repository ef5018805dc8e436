"""Criterion formulas: arithmetic over the registered variables, checked when a template
is saved and evaluated safely (``simpleeval``: no attribute access, no imports, no
calls but the few functions named here)."""

from __future__ import annotations

import ast
from collections.abc import Mapping

from simpleeval import InvalidExpression, SimpleEval

from accord.scorecards.variables import variables

FUNCTIONS = {"min": min, "max": max, "abs": abs, "round": round}


class FormulaError(ValueError):
    """A formula that cannot be used: bad syntax or names no variable answers to."""


def names_in(formula: str) -> list[str]:
    """The variable names a formula reads, in order of first use."""
    try:
        tree = ast.parse(formula.strip(), mode="eval")
    except SyntaxError as error:
        raise FormulaError(f"The formula is not a valid expression ({error.msg}).") from None
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in FUNCTIONS and node.id not in found:
            found.append(node.id)
    return found


def formula_check(formula: str) -> list[str]:
    """Refuse a formula that reads unknown names or is not an expression; answer the
    variable names it reads."""
    if not formula.strip():
        raise FormulaError("Write a formula.")
    used = names_in(formula)
    known = {v.name for v in variables()}
    unknown = [name for name in used if name not in known]
    if unknown:
        raise FormulaError(
            "Unknown name{} in the formula: {}.".format(
                "s" if len(unknown) > 1 else "", ", ".join(unknown)
            )
        )
    for node in ast.walk(ast.parse(formula.strip(), mode="eval")):
        if isinstance(node, ast.Call) and not (
            isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS
        ):
            raise FormulaError(f"Only these functions may be called: {', '.join(FUNCTIONS)}.")
        if isinstance(node, ast.Attribute | ast.Subscript | ast.Lambda | ast.comprehension):
            raise FormulaError("A formula is arithmetic over variables only.")
    return used


def evaluate(formula: str, values: Mapping[str, float]) -> float:
    """The formula's value from the variables' values (every name must have one)."""
    evaluator = SimpleEval(names=dict(values), functions=FUNCTIONS)
    try:
        result = evaluator.eval(formula.strip())
    except ZeroDivisionError:
        raise FormulaError("The formula divides by zero for these figures.") from None
    except (InvalidExpression, SyntaxError, TypeError) as error:
        raise FormulaError(f"The formula cannot be evaluated: {error}.") from None
    if isinstance(result, bool) or not isinstance(result, int | float):
        raise FormulaError("The formula does not give a number.")
    return float(result)
