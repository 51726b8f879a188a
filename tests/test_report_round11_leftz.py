"""Round 11 (leftz): the extractor's known leftovers and trap classes, each a general rule tested on
sentences written for this file in the shapes real reports use (never a test set's words)."""
from __future__ import annotations

import pytest

from tests.helpers.reports import events, people, sides

# the dateline of `events` is Wednesday 10 March 2021: Mon 8, Tue 9, Sun 7, Sat 6 March


# ---- one denial layer: what a denial denies, and where its scope ends
DENIED: list[tuple[str, str, list[str]]] = [
    ("of-phrase-then-met", "Houthi negotiator Mohammed Abdulsalam denied reports of a split with Riyadh and met Omani Foreign Minister Badr Albusaidi in Muscat on Monday.", ["2021-03-08"]),
    ("that-state-then-met", "Taliban Foreign Minister Amir Khan Muttaqi denied that there was a rift with Islamabad and met Pakistani envoy Mohammad Sadiq in Kabul on Tuesday.", ["2021-03-09"]),
    ("rejected-claims-then-received", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani rejected claims of bias and received Hamas leader Khalil al-Hayya in Doha on Sunday.", ["2021-03-07"]),
    ("bare-clause", "Hezbollah denied its officials had met Iraqi militia leaders in Damascus on Monday.", []),
    ("bare-clause-ever", "The ministry denies Sergei Lavrov has ever met Houthi envoys in Moscow.", []),
    ("gerund-having", "Hamas official Osama Hamdan denied having visited Tehran on Sunday.", []),
    ("noun-took-place", "The Taliban denied any meeting with Indian diplomats took place in Dubai on Sunday.", []),
    ("that-report-and-report", "Egypt denied on Tuesday that its intelligence chief had met Israeli officials and held talks with them in Tel Aviv.", []),
    ("hearsay-that", "Iran flatly rejected reports that its envoy had visited Sanaa on Sunday.", []),
    ("report-denied-by", "Abbas Kamel met Israeli officials in Tel Aviv on Sunday, a report denied by Cairo.", []),
    ("there-had-been", "Ankara denied there had been any contact between Hakan Fidan and Taliban envoys in Doha on Monday.", []),
]


@pytest.mark.parametrize("body,expected", [(b, e) for _, b, e in DENIED], ids=[c[0] for c in DENIED])
def test_a_denial_denies_its_own_object_and_no_more(body: str, expected: list[str]) -> None:
    assert sorted(m.date for m in events(body)) == expected


# ---- a counterpart named by a title alone is still a counterpart: its side takes part
UNNAMED: list[tuple[str, str, str]] = [
    ("met-the-ambassador", "Taliban Foreign Minister Amir Khan Muttaqi met the Chinese ambassador in Kabul on Monday.", "China"),
    ("received-the-envoy", "Houthi negotiator Mohammed Abdulsalam received the Omani envoy in Sanaa on Tuesday.", "Oman"),
    ("hosted-a-diplomat", "Hezbollah deputy leader Naim Qassem hosted a Russian diplomat in Beirut on Sunday.", "Russia"),
    ("met-the-charge", "Hamas official Mousa Abu Marzouk met the Egyptian chargé d'affaires in Doha on Monday.", "Egypt"),
]


@pytest.mark.parametrize("body,side", [(b, s) for _, b, s in UNNAMED], ids=[c[0] for c in UNNAMED])
def test_a_titled_counterpart_without_a_name_makes_a_meeting_with_its_side(body: str, side: str) -> None:
    found = events(body)
    assert len(found) == 1 and side in sides(found[0])


def test_an_unnamed_ambassador_who_only_speaks_is_no_counterpart() -> None:
    assert events("The Chinese ambassador said on Monday that Beijing backed the talks in Doha.") == []
