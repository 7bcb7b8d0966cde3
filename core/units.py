"""Amounts of water in the unit the user chose (Settings → water_unit).

The journal and the settings always hold millilitres; only what is shown changes. A
fluid ounce here is the US one (29.5735 ml), the size printed on bottles and glasses
where ounces are used.
"""

from __future__ import annotations

from core.i18n import translate

ML_PER_FL_OZ = 29.5735
ML = "ml"
FL_OZ = "fl oz"


def thousands(number: int) -> str:
    """1 250, with a narrow no-break space between thousands."""
    return f"{number:,}".replace(",", "\u202f")


def in_unit(ml: int, unit: str) -> float:
    """`ml` expressed in `unit` (not rounded)."""
    return ml / ML_PER_FL_OZ if unit == FL_OZ else float(ml)


def to_ml(amount: float, unit: str) -> int:
    """An amount typed in `unit`, as whole millilitres."""
    return round(amount * ML_PER_FL_OZ) if unit == FL_OZ else round(amount)


def number_text(ml: int, unit: str) -> str:
    """The figure alone: "1 250" in millilitres, "8.5" in fluid ounces (one decimal,
    none when it is whole)."""
    if unit != FL_OZ:
        return thousands(ml)
    ounces = round(in_unit(ml, unit), 1)
    return f"{ounces:.0f}" if ounces == int(ounces) else f"{ounces:.1f}"


def unit_text(unit: str) -> str:
    """The unit's short name as shown."""
    return translate("units", "fl oz") if unit == FL_OZ else translate("units", "ml")


def volume_text(ml: int, unit: str) -> str:
    """An amount with its unit: "250 ml", "8.5 fl oz"."""
    return translate("units", "{amount} {unit}").format(
        amount=number_text(ml, unit), unit=unit_text(unit)
    )
