"""The muscles of the body map: id, plain name, which views show them, how deep they
lie, where to find them, and a caution where pressing needs care.

Ids are stable (they are stored with every knot); names and texts may be reworded.
The list covers where desk workers' knots usually are (../shared/EVIDENCE.md), head to
foot. Caution texts repeat the safety text's "do not press" places (core/safety.py)
where a muscle lies next to one.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.records import Depth, Side, View

FRONT = (View.FRONT,)
BACK = (View.BACK,)
BOTH_VIEWS = (View.FRONT, View.BACK)

_NECK_CAUTION = QT_TRANSLATE_NOOP(
    "muscles",
    "Do not press into the front or side of the neck (the carotid area). Use gentle "
    "stretches here, or ask a professional.",
)
_SPINE_CAUTION = QT_TRANSLATE_NOOP(
    "muscles", "Press the muscle beside the spine, never the spine itself."
)
_KNEE_CAUTION = QT_TRANSLATE_NOOP("muscles", "Keep off the back of the knee.")
_LEFT = QT_TRANSLATE_NOOP("muscles", "Left {muscle}")
_RIGHT = QT_TRANSLATE_NOOP("muscles", "Right {muscle}")


def in_sentence(name: str, template: str, source: str) -> str:
    """`name` as it goes into `template`, the translation of `source`: English writes a
    name inside a sentence with a small first letter ('Right upper trapezius'); a
    translation gets it as it is (German nouns keep their capital)."""
    return name[:1].lower() + name[1:] if template == source else name


@dataclass(frozen=True)
class Muscle:
    """One muscle (or group) of the catalogue. The `source_` texts are the English as
    written here; `name`, `where` and `caution` are them in the user's language."""

    id: str
    source_name: str
    views: tuple[View, ...]
    layer: Depth
    source_where: str
    source_caution: str = ""

    @property
    def name(self) -> str:
        """Its plain name, e.g. 'Upper trapezius'."""
        return translate("muscles", self.source_name)

    @property
    def where(self) -> str:
        """Where to find it."""
        return translate("muscles", self.source_where)

    @property
    def caution(self) -> str:
        """Where pressing needs care ('' when nothing special)."""
        return translate("muscles", self.source_caution) if self.source_caution else ""

    def label(self, side: Side) -> str:
        """'Right upper trapezius'; a muscle on the midline keeps its own name."""
        if side not in (Side.LEFT, Side.RIGHT):
            return self.name
        source = _LEFT if side is Side.LEFT else _RIGHT
        template = translate("muscles", source)
        return template.format(muscle=in_sentence(self.name, template, source))

    def source_label(self, side: Side) -> str:
        """label() as written in the source, in English: the name a knot keeps."""
        if side not in (Side.LEFT, Side.RIGHT):
            return self.source_name
        source = _LEFT if side is Side.LEFT else _RIGHT
        return source.format(muscle=in_sentence(self.source_name, source, source))


_S, _D = Depth.SUPERFICIAL, Depth.DEEP

MUSCLES: tuple[Muscle, ...] = (
    Muscle(
        "temporalis",
        QT_TRANSLATE_NOOP("muscles", "Temporalis"),
        FRONT,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The temple, above and in front of the ear."),
    ),
    Muscle(
        "masseter",
        QT_TRANSLATE_NOOP("muscles", "Masseter"),
        FRONT,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The jaw muscle in front of the ear lobe."),
    ),
    Muscle(
        "suboccipitals",
        QT_TRANSLATE_NOOP("muscles", "Suboccipitals"),
        BACK,
        _D,
        QT_TRANSLATE_NOOP(
            "muscles", "Under the base of the skull, either side of the neck's midline."
        ),
        _SPINE_CAUTION,
    ),
    Muscle(
        "sternocleidomastoid",
        QT_TRANSLATE_NOOP("muscles", "Sternocleidomastoid"),
        FRONT,
        _S,
        QT_TRANSLATE_NOOP(
            "muscles",
            "The diagonal cord at the side of the neck, from behind the ear to the collarbone.",
        ),
        _NECK_CAUTION,
    ),
    Muscle(
        "scalenes",
        QT_TRANSLATE_NOOP("muscles", "Scalenes"),
        FRONT,
        _D,
        QT_TRANSLATE_NOOP("muscles", "Deep in the side of the neck, above the collarbone."),
        _NECK_CAUTION,
    ),
    Muscle(
        "upper_trapezius",
        QT_TRANSLATE_NOOP("muscles", "Upper trapezius"),
        BOTH_VIEWS,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The top of the shoulder, from the neck to the shoulder tip."),
    ),
    Muscle(
        "levator_scapulae",
        QT_TRANSLATE_NOOP("muscles", "Levator scapulae"),
        BACK,
        _D,
        QT_TRANSLATE_NOOP(
            "muscles",
            "Back of the neck's side, down to the upper inner corner of the shoulder blade.",
        ),
    ),
    Muscle(
        "middle_trapezius",
        QT_TRANSLATE_NOOP("muscles", "Middle trapezius"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP("muscles", "Between the spine and the top of the shoulder blade."),
    ),
    Muscle(
        "lower_trapezius",
        QT_TRANSLATE_NOOP("muscles", "Lower trapezius"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP(
            "muscles", "From the lower shoulder blade down towards the middle of the back."
        ),
    ),
    Muscle(
        "rhomboids",
        QT_TRANSLATE_NOOP("muscles", "Rhomboids"),
        BACK,
        _D,
        QT_TRANSLATE_NOOP("muscles", "Between the spine and the inner edge of the shoulder blade."),
        _SPINE_CAUTION,
    ),
    Muscle(
        "supraspinatus",
        QT_TRANSLATE_NOOP("muscles", "Supraspinatus"),
        BACK,
        _D,
        QT_TRANSLATE_NOOP(
            "muscles", "Above the ridge of the shoulder blade, under the upper trapezius."
        ),
    ),
    Muscle(
        "infraspinatus",
        QT_TRANSLATE_NOOP("muscles", "Infraspinatus"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The flat of the shoulder blade, below its ridge."),
    ),
    Muscle(
        "teres_minor",
        QT_TRANSLATE_NOOP("muscles", "Teres minor"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP(
            "muscles", "The outer edge of the shoulder blade, just below the back of the shoulder."
        ),
    ),
    Muscle(
        "teres_major",
        QT_TRANSLATE_NOOP("muscles", "Teres major"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP(
            "muscles", "The lower outer corner of the shoulder blade, towards the armpit."
        ),
    ),
    Muscle(
        "deltoid",
        QT_TRANSLATE_NOOP("muscles", "Deltoid"),
        BOTH_VIEWS,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The cap of the shoulder."),
    ),
    Muscle(
        "pectoralis_major",
        QT_TRANSLATE_NOOP("muscles", "Pectoralis major"),
        FRONT,
        _S,
        QT_TRANSLATE_NOOP(
            "muscles", "The broad chest muscle, from the breastbone to the front of the armpit."
        ),
    ),
    Muscle(
        "pectoralis_minor",
        QT_TRANSLATE_NOOP("muscles", "Pectoralis minor area"),
        FRONT,
        _D,
        QT_TRANSLATE_NOOP(
            "muscles", "Under the chest muscle, just below the outer end of the collarbone."
        ),
    ),
    Muscle(
        "latissimus_dorsi",
        QT_TRANSLATE_NOOP("muscles", "Latissimus dorsi"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP(
            "muscles",
            "The wide muscle of the side of the back, from below the armpit to the low back.",
        ),
    ),
    Muscle(
        "erector_spinae",
        QT_TRANSLATE_NOOP("muscles", "Erector spinae"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The long columns either side of the spine."),
        _SPINE_CAUTION,
    ),
    Muscle(
        "quadratus_lumborum",
        QT_TRANSLATE_NOOP("muscles", "Quadratus lumborum"),
        BACK,
        _D,
        QT_TRANSLATE_NOOP(
            "muscles", "Deep in the low back, between the lowest rib and the top of the hip bone."
        ),
        _SPINE_CAUTION,
    ),
    Muscle(
        "biceps",
        QT_TRANSLATE_NOOP("muscles", "Biceps"),
        FRONT,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The front of the upper arm."),
    ),
    Muscle(
        "triceps",
        QT_TRANSLATE_NOOP("muscles", "Triceps"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The back of the upper arm."),
    ),
    Muscle(
        "wrist_flexors",
        QT_TRANSLATE_NOOP("muscles", "Wrist flexors"),
        FRONT,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The palm side of the forearm, below the elbow."),
    ),
    Muscle(
        "wrist_extensors",
        QT_TRANSLATE_NOOP("muscles", "Wrist extensors"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP(
            "muscles", "The back of the forearm below the elbow: the side that faces up at a mouse."
        ),
    ),
    Muscle(
        "gluteus_medius",
        QT_TRANSLATE_NOOP("muscles", "Gluteus medius"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP(
            "muscles", "The upper outer buttock, just below the rim of the hip bone."
        ),
    ),
    Muscle(
        "gluteus_maximus",
        QT_TRANSLATE_NOOP("muscles", "Gluteus maximus"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The bulk of the buttock."),
    ),
    Muscle(
        "piriformis",
        QT_TRANSLATE_NOOP("muscles", "Piriformis"),
        BACK,
        _D,
        QT_TRANSLATE_NOOP(
            "muscles", "Deep in the middle of the buttock, under the gluteus maximus."
        ),
    ),
    Muscle(
        "tensor_fasciae_latae",
        QT_TRANSLATE_NOOP("muscles", "Tensor fasciae latae"),
        FRONT,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The front of the hip's outer side, just below the hip bone."),
    ),
    Muscle(
        "quadriceps",
        QT_TRANSLATE_NOOP("muscles", "Quadriceps"),
        FRONT,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The front of the thigh."),
    ),
    Muscle(
        "hamstrings",
        QT_TRANSLATE_NOOP("muscles", "Hamstrings"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The back of the thigh."),
        _KNEE_CAUTION,
    ),
    Muscle(
        "calves",
        QT_TRANSLATE_NOOP("muscles", "Calves"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The back of the lower leg."),
        _KNEE_CAUTION,
    ),
    Muscle(
        "sole_of_foot",
        QT_TRANSLATE_NOOP("muscles", "Sole of the foot"),
        BACK,
        _S,
        QT_TRANSLATE_NOOP("muscles", "The underside of the foot."),
    ),
)

MUSCLES_BY_ID: dict[str, Muscle] = {muscle.id: muscle for muscle in MUSCLES}
