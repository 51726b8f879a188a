"""Spelling variants of one name fold to one key; different people stay apart."""
from __future__ import annotations

import pytest

from timeline_app.names import compact_key


@pytest.mark.parametrize(
    "variants",
    [
        ["Mousa Abu Marzouq", "Musa Abu Marzuq", "Mousa Abu Marzook", "Musa Abu Marzouk", "Mussa Abu Marzuk"],
        ["Ismail Haniyeh", "Ismail Haniya", "Ismail Haniyah", "Ismail Hanieh"],
        ["Maria Zakharova", "Maria Zaharova"],
        ["Sergey Lavrov", "Sergei Lavrov"],
        ["Saleh al-Arouri", "Saleh Arouri", "Saleh al-Aruri"],
        ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"],
        ["İbrahim Kalın", "Ibrahim Kalin"],
        ["Mohammed Abdul Salam", "Mohammed Abdulsalam"],
        ["Hossein Amir-Abdollahian", "Hossein Amirabdollahian"],
    ],
)
def test_variants_share_a_key(variants: list[str]) -> None:
    assert len({compact_key(v) for v in variants}) == 1


@pytest.mark.parametrize(("a", "b"), [("Wang Yi", "Wang Kejian"), ("Mahmoud Abbas", "Abbas Kamel"), ("Mikhail Bogdanov", "Mikhail Galuzin")])
def test_different_people_keep_different_keys(a: str, b: str) -> None:
    assert compact_key(a) != compact_key(b)
