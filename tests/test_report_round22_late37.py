"""Round 37 (late37): blind37 recall classes, on sentences written for this file in the shapes news
pages use, never a report's words.

- A minister named only by office ("Thailand's foreign minister", "Ukraine's foreign minister") is
  the holder of that office at the article's date: resources/offices.json now lists Thailand's and
  Ukraine's foreign ministers, so "X's foreign minister said he met <leader> during a visit to <city>"
  is a meeting of that minister."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document


def _events(page: str) -> list[tuple[str, str | None, list[str]]]:
    return [(m.type, m.date, [p.actor.name for p in m.participants if p.actor.kind == "person"])
            for m in extract_document(page).mentions]


def test_thai_foreign_minister_by_office_meets_a_leader_during_a_visit() -> None:
    page = ("Minister says he saw the general\n\nFriday 14 April 2023\n\n"
            "Thailand's foreign minister said on Friday that he met Lao President Thongloun Sisoulith "
            "during a visit to Vientiane on Tuesday.\n")
    events = _events(page)
    assert any(d == "2023-04-11" and "Don Pramudwinai" in people and "Thongloun Sisoulith" in people for _t, d, people in events)


def test_ukrainian_foreign_minister_by_office_is_the_holder_of_the_article_date() -> None:
    page = ("Talks in Warsaw\n\nFriday 10 June 2022\n\n"
            "Ukraine's foreign minister met Polish President Andrzej Duda in Warsaw on Wednesday.\n")
    events = _events(page)
    assert any(d == "2022-06-08" and "Dmytro Kuleba" in people for _t, d, people in events)


def test_a_former_thai_foreign_minister_is_not_the_office_holder() -> None:
    page = ("Former minister speaks\n\nFriday 14 April 2023\n\n"
            "Thailand's former foreign minister met Cambodian Prime Minister Hun Sen in Phnom Penh on Tuesday.\n")
    for _t, _d, people in _events(page):
        assert "Don Pramudwinai" not in people


def test_both_sides_named_by_office_and_counterpart_name_both_ministers() -> None:
    page = ("Ministers meet\n\nFriday 10 June 2022\n\n"
            "Ukraine's foreign minister and his Russian counterpart held talks in Istanbul on Wednesday, "
            "their first meeting in months.\n")
    events = _events(page)
    assert any(d == "2022-06-08" and {"Dmytro Kuleba", "Sergey Lavrov"} <= set(people) for _t, d, people in events)


def test_a_leader_whose_family_name_spells_an_abbreviated_title_is_a_counterpart() -> None:
    # "Hun Sen": the last word also spells "Sen." (Senator) without its point, which ended the name after
    # "Hun" and left the meeting without a counterpart; the person is in resources/more_people.json
    page = ("Border talks\n\nThursday 7 March 2019\n\n"
            "Thai Foreign Minister Don Pramudwinai met Cambodian Prime Minister Hun Sen in Siem Reap on Tuesday "
            "to discuss the reopening of border crossings.\n")
    events = _events(page)
    assert any(d == "2019-03-05" and {"Don Pramudwinai", "Hun Sen"} <= set(people) for _t, d, people in events)
