"""What the codes the ledger stores are called on screen: commodities, site kinds,
lot shapes, tank roofs and shells, the commodity groups of API MPMS 11.1, in the
application's language.

The ledger, files and signatures keep the codes ("crude-oil", "tank-farm"); only
what a person reads is a name. The English names are marked for `lupdate` with
`QT_TRANSLATE_NOOP` (the empty context of `i18n.tr`), so that the `.ts` carries them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.gui.i18n import tr

NAMES = {
    # metals
    "gold": QT_TRANSLATE_NOOP("", "gold"), "silver": QT_TRANSLATE_NOOP("", "silver"),
    "copper": QT_TRANSLATE_NOOP("", "copper"), "aluminium": QT_TRANSLATE_NOOP("", "aluminium"),
    "aluminium-alloy": QT_TRANSLATE_NOOP("", "aluminium alloy"),
    "lead": QT_TRANSLATE_NOOP("", "lead"), "zinc": QT_TRANSLATE_NOOP("", "zinc"),
    "nickel": QT_TRANSLATE_NOOP("", "nickel"), "tin": QT_TRANSLATE_NOOP("", "tin"),
    "cobalt": QT_TRANSLATE_NOOP("", "cobalt"),
    # oil and gas
    "crude-oil": QT_TRANSLATE_NOOP("", "crude oil"), "gasoline": QT_TRANSLATE_NOOP("", "gasoline"),
    "jet-fuel": QT_TRANSLATE_NOOP("", "jet fuel"), "diesel": QT_TRANSLATE_NOOP("", "diesel"),
    "fuel-oil": QT_TRANSLATE_NOOP("", "fuel oil"), "lube-oil": QT_TRANSLATE_NOOP("", "lube oil"),
    "refined-product": QT_TRANSLATE_NOOP("", "refined product"),
    "natural-gas": QT_TRANSLATE_NOOP("", "natural gas"), "lng": QT_TRANSLATE_NOOP("", "LNG"),
    # site kinds
    "vault": QT_TRANSLATE_NOOP("", "vault"), "warehouse": QT_TRANSLATE_NOOP("", "warehouse"),
    "tank-farm": QT_TRANSLATE_NOOP("", "tank farm"),
    "gas-storage": QT_TRANSLATE_NOOP("", "gas storage"),
    "lng-terminal": QT_TRANSLATE_NOOP("", "LNG terminal"),
    # lot shapes
    "cathode": QT_TRANSLATE_NOOP("", "cathode"), "ingot": QT_TRANSLATE_NOOP("", "ingot"),
    "t-bar": QT_TRANSLATE_NOOP("", "T-bar"), "sow": QT_TRANSLATE_NOOP("", "sow"),
    "slab": QT_TRANSLATE_NOOP("", "slab"), "briquette": QT_TRANSLATE_NOOP("", "briquette"),
    "pellet": QT_TRANSLATE_NOOP("", "pellet"), "plate": QT_TRANSLATE_NOOP("", "plate"),
    "other": QT_TRANSLATE_NOOP("", "other"),
}


#: The commodity groups of API MPMS 11.1 (`petroleum.VcfGroup`), by their codes: the
#: code is what the ledger and the CLI's `--commodity` keep.
GROUPS = {
    "crude": QT_TRANSLATE_NOOP("", "crude oils"),
    "gasoline": QT_TRANSLATE_NOOP("", "gasolines"),
    "transition": QT_TRANSLATE_NOOP("", "transition zone"),
    "jet": QT_TRANSLATE_NOOP("", "jet fuels"),
    "fuel-oil": QT_TRANSLATE_NOOP("", "fuel oils"),
    "products": QT_TRANSLATE_NOOP("", "generalized products"),
    "lube": QT_TRANSLATE_NOOP("", "lubricating oils"),
}


def name(code: str) -> str:
    """The name of `code` as shown; an unknown code is shown as it is."""
    english = NAMES.get(code)
    return tr(english) if english is not None else code


def capitalised(code: str) -> str:
    """The name at the start of a label ("Crude oil"); scripts without case are unchanged."""
    text = name(code)
    return text[:1].upper() + text[1:]


def group(code: str) -> str:
    """The name of an API MPMS 11.1 commodity group ("crude" → "crude oils"); an unknown
    code is shown as it is."""
    english = GROUPS.get(code)
    return tr(english) if english is not None else code
