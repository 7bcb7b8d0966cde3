"""Plan verdicts use resting ratings only (issue 17): hand-worked cases for a knot rated
only before holds, only after holds, and both; the numbers behind a knot that got worse."""

from __future__ import annotations

from core.plan import Suggestion, plan_for
from tests.core.test_plan import AFTER, BEFORE, BERLIN, CHECK, days, knot, on, ratings


def test_before_hold_ratings_only_resolve_the_knot() -> None:
    history = ratings((0, 5, BEFORE), (3, 2, BEFORE), (6, 2, BEFORE), (10, 1, BEFORE))
    plan = plan_for(knot(1), history, days(0, 3, 6, 10), on(10), BERLIN)
    assert plan.suggestion is Suggestion.RESOLVED
    assert plan.reason == "the last 3 ratings were 2, 2, 1 over 7 days"


def test_a_knot_rated_only_after_holds_asks_for_a_resting_rating() -> None:
    history = ratings((0, 2, AFTER), (4, 2, AFTER), (9, 1, AFTER))
    plan = plan_for(knot(1), history, days(0, 4, 9), on(9), BERLIN)
    assert plan.suggestion is Suggestion.NO_RESTING_RATING  # not "looks resolved"
    assert plan.reason == "only ratings after a hold so far: 2, 2, 1"
    assert plan.suggestion.headline == (
        "No resting rating yet: rate it before a hold or in a check-in"
    )


def test_low_ratings_after_holds_do_not_resolve_a_tender_knot() -> None:
    history = ratings((0, 6, BEFORE), (0, 2, AFTER), (4, 2, AFTER), (9, 1, AFTER))
    plan = plan_for(knot(1), history, days(0, 4, 9), on(9), BERLIN)
    assert plan.suggestion is Suggestion.NONE  # resting 6: carry on, not "looks resolved"


def test_one_low_rating_after_a_hold_does_not_hide_five_stalled_weeks() -> None:
    chronic = knot(onset_weeks_ago=20)
    history = ratings(*[(7 * w, 6, CHECK) for w in range(5)], (35, 2, AFTER))
    plan = plan_for(chronic, history, days(0, 7, 14, 21, 28, 35), on(37), BERLIN)
    assert plan.suggestion is Suggestion.NOT_IMPROVING  # was "Carry on"
    assert plan.reason == (
        "5 weeks on the plan and tenderness went from 6 to 6 (its tenderness now),"
        " a drop of 0 (less than 2)"
    )


def test_a_knot_that_got_worse_says_it_rose() -> None:
    chronic = knot(onset_weeks_ago=20)
    history = ratings(
        (0, 3, BEFORE), (7, 5, BEFORE), (14, 6, BEFORE), (28, 6, CHECK), (33, 6, CHECK)
    )
    plan = plan_for(chronic, history, days(0, 7, 14), on(33), BERLIN)
    assert plan.suggestion is Suggestion.NOT_IMPROVING
    assert plan.reason == (
        "4 weeks on the plan and tenderness rose by 3, from 3 to 6 (its mean over the last 7 days)"
    )


def test_the_current_figure_of_a_stall_never_reads_as_another_tenderness_now() -> None:
    # Tenderness now is 2 (the newest resting rating), the week's mean 3: the reason names
    # its figure, so that Progress showing "Now 2/10" beside "to 3" is not a contradiction.
    chronic = knot(onset_weeks_ago=20)
    history = ratings(
        (0, 4, BEFORE), (7, 4, BEFORE), (21, 4, CHECK), (30, 4, CHECK), (33, 2, CHECK)
    )
    plan = plan_for(chronic, history, days(0, 7, 14, 21, 28), on(33), BERLIN)
    assert plan.suggestion is Suggestion.NOT_IMPROVING
    assert plan.reason == (
        "4 weeks on the plan and tenderness went from 4 to 3 (its mean over the last 7 days),"
        " a drop of 1 (less than 2)"
    )
