"""People named only by office ('the Iranian foreign minister'): the person named so in the
article, else who held the office at the article's date (resources/offices.json)."""
from __future__ import annotations

from tests.test_report_shapes import events, page, people


def test_an_office_alone_is_its_holder_at_the_articles_date() -> None:
    found = events(page("A Hamas delegation led by Khalil al-Hayya met the Iranian foreign minister in Tehran on Tuesday.",
                        dateline="Wednesday 12 March 2025"))
    assert len(found) == 1 and people(found[0]) == {"Khalil al-Hayya", "Abbas Araghchi"}


def test_the_same_office_in_another_year_is_another_person() -> None:
    found = events(page("Hamas leader Ismail Haniyeh met Iran's foreign minister in Doha on Tuesday.",
                        dateline="Wednesday 10 March 2021"))
    assert len(found) == 1 and "Mohammad Javad Zarif" in people(found[0])


def test_an_office_named_earlier_in_the_article_is_that_person() -> None:
    found = events(page("Foreign Minister Hossein Amir-Abdollahian met Ismail Haniyeh in Doha on Tuesday. "
                        "Later the Iranian foreign minister met Qatar's emir.", dateline="Wednesday 10 March 2021"))
    emir = [m for m in found if "Tamim bin Hamad Al Thani" in people(m)]
    assert len(emir) == 1 and "Hossein Amir-Abdollahian" in people(emir[0])


def test_a_title_before_a_name_or_of_someone_else_is_not_a_second_person() -> None:
    found = events(page("Iran's foreign minister Abbas Araghchi met Mikhail Bogdanov, the Russian president's special "
                        "envoy, and a former Iranian foreign minister in Moscow on Tuesday.",
                        dateline="Wednesday 12 March 2025"))
    assert found and all(people(m) <= {"Abbas Araghchi", "Mikhail Bogdanov"} for m in found)


def test_a_movements_leader_is_its_leader_of_the_day_and_a_leader_is_not() -> None:
    found = events(page("Iran's foreign minister met Hezbollah's leader in Beirut on Friday.",
                        dateline="Saturday 5 October 2024"))
    assert len(found) == 1 and people(found[0]) == {"Abbas Araghchi", "Naim Qassem"}
    assert events(page("A Hamas leader said the talks in Cairo were stalled on Tuesday.")) == []
    found = events(page("The Hamas leader of the Gaza office met Hakan Fidan in Ankara on Tuesday."))
    assert all("Ismail Haniyeh" not in people(m) for m in found)


def test_the_speaker_with_no_country_is_of_the_datelines_country_and_each_office_is_a_meeting() -> None:
    from timeline_app.ingest.extract import extract_document
    found = extract_document("Iran's FM in Beirut\n\nBEIRUT, Oct 4, 2024 (AFP) - Iranian Foreign Minister Abbas Araghchi "
                             "arrived on Friday morning and met the parliament speaker and the prime minister.\n").mentions
    met = sorted(sorted(people(m)) for m in found if len(people(m)) == 2)
    assert met == [["Abbas Araghchi", "Nabih Berri"], ["Abbas Araghchi", "Najib Mikati"]]


def test_former_office_holders_met_together_stay_one_meeting() -> None:
    found = events(page("Mohammed bin Abdulrahman Al Thani also met former President Hamid Karzai and former "
                        "Prime Minister Abdullah Abdullah in Kabul on Tuesday."))
    assert len(found) == 1


def test_the_russian_deputy_foreign_minister_is_the_middle_east_deputy() -> None:
    found = events(page("A PFLP delegation met the Russian deputy foreign minister in Moscow on Monday."))
    assert len(found) == 1 and people(found[0]) == {"Mikhail Bogdanov"}


def test_a_holder_acts_for_his_curated_side_and_kings_are_offices_too() -> None:
    found = events(page("Hamas official Husam Badran met the Palestinian president in Cairo on Tuesday."))
    assert len(found) == 1 and "Mahmoud Abbas" in people(found[0])
    assert {p.actor.name for p in found[0].participants if p.role == "delegation"} & {"Palestine"} == set()
    found = events(page("Jordan's king received Ismail Haniyeh in Amman on Tuesday."))
    assert len(found) == 1 and people(found[0]) == {"Abdullah II", "Ismail Haniyeh"}


def test_the_president_after_a_named_visiting_president_is_that_president() -> None:
    from timeline_app.ingest.extract import extract_document
    found = extract_document("Pezeshkian in Beirut\n\nBEIRUT, Oct 4, 2025 (AFP) - Iranian President Masoud Pezeshkian met "
                             "Naim Qassem on Friday. The president also met the parliament speaker on Friday.\n").mentions
    assert sorted(sorted(people(m)) for m in found) == [["Masoud Pezeshkian", "Nabih Berri"], ["Masoud Pezeshkian", "Naim Qassem"]]


def test_an_office_is_its_holder_of_that_year_and_never_an_alias_of_him() -> None:
    """'Egypt's intelligence chief' in 2017 is Khaled Fawzy, in 2021 Abbas Kamel: the phrase is no
    spelling of either (as a stored alias it would make the two one actor)."""
    for dateline, holder in (("Thursday 14 September 2017", "Khaled Fawzy"), ("Wednesday 10 March 2021", "Abbas Kamel")):
        found = events(page("A Hamas delegation met Egypt's intelligence chief in Cairo on Tuesday.", dateline=dateline))
        assert len(found) == 1 and holder in people(found[0])
        refs = [p.actor for p in found[0].participants if p.actor.name == holder]
        assert all("intelligence chief" not in v for r in refs for v in r.variants)


def test_a_title_someone_held_before_is_not_the_office_now() -> None:
    found = events(page("Sergei Shoigu, who was Russia's defence minister until May, met Ali Akbar Ahmadian in "
                        "Tehran on Monday.", dateline="Tuesday 6 August 2024"))
    assert found and all("Andrei Belousov" not in people(m) for m in found)


def test_every_office_holder_is_a_known_person_with_one_holder_at_a_time() -> None:
    import json
    import re

    from timeline_app.paths import resources_dir

    data = json.loads((resources_dir() / "offices.json").read_text(encoding="utf-8"))
    known = {p["name"] for p in json.loads((resources_dir() / "people.json").read_text(encoding="utf-8"))["people"]}
    known |= {p["name"] for p in json.loads((resources_dir() / "more_people.json").read_text(encoding="utf-8"))}
    month = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")  # a day where a term changed hands mid-month
    terms: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for h in data["holders"]:
        assert h["holder"] in known, h
        assert h["office"] in data["phrases"], h
        assert month.match(h["from"]) and (h["until"] is None or (month.match(h["until"]) and h["from"] <= h["until"])), h
        terms.setdefault((h["of"], h["office"]), []).append((h["from"], h["until"] or "9999-12"))
    for key, spans in terms.items():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), key  # successive, never two at once
