"""The muscles of the body map: id, plain name, which views show them, how deep they
lie, where to find them, and a caution where pressing needs care.

Ids are stable (they are stored with every knot); names and texts may be reworded.
The list covers where desk workers' knots usually are (../shared/EVIDENCE.md), head to
foot. Caution texts repeat the safety text's "do not press" places (core/safety.py)
where a muscle lies next to one.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.records import Depth, Side, View

FRONT = (View.FRONT,)
BACK = (View.BACK,)
BOTH_VIEWS = (View.FRONT, View.BACK)

_NECK_CAUTION = (
    "Do not press into the front or side of the neck (the carotid area). Use gentle "
    "stretches here, or ask a professional."
)
_SPINE_CAUTION = "Press the muscle beside the spine, never the spine itself."
_KNEE_CAUTION = "Keep off the back of the knee."


@dataclass(frozen=True)
class Muscle:
    """One muscle (or group) of the catalogue."""

    id: str
    name: str
    views: tuple[View, ...]
    layer: Depth
    where: str
    caution: str = ""

    def label(self, side: Side) -> str:
        """'Right upper trapezius'; a muscle on the midline keeps its own name."""
        if side in (Side.LEFT, Side.RIGHT):
            return f"{side.value.capitalize()} {self.name[0].lower()}{self.name[1:]}"
        return self.name


_S, _D = Depth.SUPERFICIAL, Depth.DEEP

MUSCLES: tuple[Muscle, ...] = (
    Muscle("temporalis", "Temporalis", FRONT, _S, "The temple, above and in front of the ear."),
    Muscle("masseter", "Masseter", FRONT, _S, "The jaw muscle in front of the ear lobe."),
    Muscle(
        "suboccipitals",
        "Suboccipitals",
        BACK,
        _D,
        "Under the base of the skull, either side of the neck's midline.",
        _SPINE_CAUTION,
    ),
    Muscle(
        "sternocleidomastoid",
        "Sternocleidomastoid",
        FRONT,
        _S,
        "The diagonal cord at the side of the neck, from behind the ear to the collarbone.",
        _NECK_CAUTION,
    ),
    Muscle(
        "scalenes",
        "Scalenes",
        FRONT,
        _D,
        "Deep in the side of the neck, above the collarbone.",
        _NECK_CAUTION,
    ),
    Muscle(
        "upper_trapezius",
        "Upper trapezius",
        BOTH_VIEWS,
        _S,
        "The top of the shoulder, from the neck to the shoulder tip.",
    ),
    Muscle(
        "levator_scapulae",
        "Levator scapulae",
        BACK,
        _D,
        "Back of the neck's side, down to the upper inner corner of the shoulder blade.",
    ),
    Muscle(
        "middle_trapezius",
        "Middle trapezius",
        BACK,
        _S,
        "Between the spine and the top of the shoulder blade.",
    ),
    Muscle(
        "lower_trapezius",
        "Lower trapezius",
        BACK,
        _S,
        "From the lower shoulder blade down towards the middle of the back.",
    ),
    Muscle(
        "rhomboids",
        "Rhomboids",
        BACK,
        _D,
        "Between the spine and the inner edge of the shoulder blade.",
        _SPINE_CAUTION,
    ),
    Muscle(
        "supraspinatus",
        "Supraspinatus",
        BACK,
        _D,
        "Above the ridge of the shoulder blade, under the upper trapezius.",
    ),
    Muscle(
        "infraspinatus",
        "Infraspinatus",
        BACK,
        _S,
        "The flat of the shoulder blade, below its ridge.",
    ),
    Muscle(
        "teres_minor",
        "Teres minor",
        BACK,
        _S,
        "The outer edge of the shoulder blade, just below the back of the shoulder.",
    ),
    Muscle(
        "teres_major",
        "Teres major",
        BACK,
        _S,
        "The lower outer corner of the shoulder blade, towards the armpit.",
    ),
    Muscle("deltoid", "Deltoid", BOTH_VIEWS, _S, "The cap of the shoulder."),
    Muscle(
        "pectoralis_major",
        "Pectoralis major",
        FRONT,
        _S,
        "The broad chest muscle, from the breastbone to the front of the armpit.",
    ),
    Muscle(
        "pectoralis_minor",
        "Pectoralis minor area",
        FRONT,
        _D,
        "Under the chest muscle, just below the outer end of the collarbone.",
    ),
    Muscle(
        "latissimus_dorsi",
        "Latissimus dorsi",
        BACK,
        _S,
        "The wide muscle of the side of the back, from below the armpit to the low back.",
    ),
    Muscle(
        "erector_spinae",
        "Erector spinae",
        BACK,
        _S,
        "The long columns either side of the spine.",
        _SPINE_CAUTION,
    ),
    Muscle(
        "quadratus_lumborum",
        "Quadratus lumborum",
        BACK,
        _D,
        "Deep in the low back, between the lowest rib and the top of the hip bone.",
        _SPINE_CAUTION,
    ),
    Muscle("biceps", "Biceps", FRONT, _S, "The front of the upper arm."),
    Muscle("triceps", "Triceps", BACK, _S, "The back of the upper arm."),
    Muscle(
        "wrist_flexors",
        "Wrist flexors",
        FRONT,
        _S,
        "The palm side of the forearm, below the elbow.",
    ),
    Muscle(
        "wrist_extensors",
        "Wrist extensors",
        BACK,
        _S,
        "The back of the forearm below the elbow: the side that faces up at a mouse.",
    ),
    Muscle(
        "gluteus_medius",
        "Gluteus medius",
        BACK,
        _S,
        "The upper outer buttock, just below the rim of the hip bone.",
    ),
    Muscle("gluteus_maximus", "Gluteus maximus", BACK, _S, "The bulk of the buttock."),
    Muscle(
        "piriformis",
        "Piriformis",
        BACK,
        _D,
        "Deep in the middle of the buttock, under the gluteus maximus.",
    ),
    Muscle(
        "tensor_fasciae_latae",
        "Tensor fasciae latae",
        FRONT,
        _S,
        "The front of the hip's outer side, just below the hip bone.",
    ),
    Muscle("quadriceps", "Quadriceps", FRONT, _S, "The front of the thigh."),
    Muscle(
        "hamstrings",
        "Hamstrings",
        BACK,
        _S,
        "The back of the thigh.",
        _KNEE_CAUTION,
    ),
    Muscle("calves", "Calves", BACK, _S, "The back of the lower leg.", _KNEE_CAUTION),
    Muscle("sole_of_foot", "Sole of the foot", BACK, _S, "The underside of the foot."),
)

MUSCLES_BY_ID: dict[str, Muscle] = {muscle.id: muscle for muscle in MUSCLES}
