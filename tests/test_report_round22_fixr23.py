"""Round 37 (fixr23): classes real23 missed, on sentences written for this file in the shapes news
pages use, never a report's words.

- 'M. Mohamed Yeslem Beissat' (French 'M.' for Monsieur, then a full name): the word after the
  initial is a given name, not the surname of a known 'M.'-initialled person ('Mahathir Mohamad')."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document

HEAD = "Leader receives delegation\n\nTuesday 9 March 2021\n\n"


def _people(page: str) -> list[list[str]]:
    return [[p.actor.name for p in m.participants if p.actor.kind == "person"] for m in extract_document(page).mentions]


def test_monsieur_initial_before_a_full_name_is_no_known_surname() -> None:
    page = (HEAD + "President Brahim Ghali received on Monday a delegation of Spanish lawmakers in Tindouf.\n\n"
            "The meeting was attended by the Minister of Foreign Affairs, M. Mohamed Yeslem Beissat, and other officials.\n")
    people = _people(page)[0]
    assert "Mahathir Mohamad" not in people
    assert "Mohamed Yeslem Beissat" in people


def test_an_initial_and_a_known_surname_alone_still_name_the_person() -> None:
    page = HEAD + "Malaysia's former premier M. Mohamad received a delegation from Japan in Putrajaya on Monday.\n"
    assert "Mahathir Mohamad" in _people(page)[0]
