"""Finding article text in saved pages: captions, menus, headline lists, several articles."""
from __future__ import annotations

from timeline_app.ingest.pubdate import publication_date
from timeline_app.ingest.segment import segment

CAPTION = "Russia Deputy Foreign Minister Mikhail Bogdanov arrives for a meeting on Syria at the United Nations European headquarters in Geneva June 5, 2013. REUTERS/Denis Balibouse"

TWO_ARTICLES = f"""Hamas Delegation Visits Russia to Discuss Elections

{CAPTION}
{CAPTION}
TT

Hamas Delegation Visits Russia to Discuss Elections

Mikhail Bogdanov met with Hamas political bureau member Mousa Abu Marzouq in Moscow to discuss upcoming elections, the ministry said.

The Hamas delegation briefed its Russian counterpart on the latest political developments.


UK PM Tells Netanyahu Peace Process Should Lead to Palestinian State

British Prime Minister Keir Starmer holds a press conference in London, Britain, 21 January 2025. (EPA)
British Prime Minister Keir Starmer holds a press conference in London, Britain, 21 January 2025. (EPA)

UK PM Tells Netanyahu Peace Process Should Lead to Palestinian State

UK premier Keir Starmer told Israeli leader Benjamin Netanyahu on Tuesday that any peace process should pave the way for a state.

The two leaders held a call that focused on the fragile ceasefire, a spokesperson said.
"""

FOOTER_PAGE = """Home  |  News  |  Palestine  |  Opinion

Hamas team holds consultations at Russian Foreign Ministry

Friday 19-January-2024

MOSCOW – A delegation of the Hamas Movement held political consultations on Friday with Mikhail Bogdanov at the ministry.

The delegation also included Dr. Bassem Naim, a member of the political bureau based in Gaza.

MOST READ
07:55  Markets open higher as energy prices ease
07:31  Senior diplomats to gather in Riyadh next week, sources say
"""


def test_repeated_captions_are_not_article_text() -> None:
    articles = segment(TWO_ARTICLES)
    body = " ".join(p.text for a in articles for p in a.paragraphs)
    assert "Geneva" not in body and "press conference" not in body


def test_two_articles_in_one_file_are_split_with_their_headlines() -> None:
    articles = segment(TWO_ARTICLES)
    assert len(articles) == 2
    assert articles[0].headline is not None and articles[0].headline.text.startswith("Hamas Delegation")
    assert articles[1].headline is not None and articles[1].headline.text.startswith("UK PM")
    assert articles[1].paragraphs[0].text.startswith("UK premier Keir Starmer")


def test_headline_list_with_clock_times_is_not_article_text() -> None:
    articles = segment(FOOTER_PAGE)
    assert len(articles) == 1
    body = " ".join(p.text for p in articles[0].paragraphs)
    assert "Riyadh" not in body and "Markets" not in body
    assert "Bassem Naim" in body


def test_dateline_after_headline_beats_site_header_date() -> None:
    page = "Sat 20-April-2025\n\n" + FOOTER_PAGE
    (article,) = segment(page)
    pub = publication_date(article, page)
    assert pub.day is not None and pub.day.isoformat() == "2024-01-19"
    assert pub.span is not None and page[pub.span[0]:pub.span[1]] == "Friday 19-January-2024"


def test_date_above_headline_is_used_when_nothing_follows_it() -> None:
    page = "Thursday 20 June 2024 | 16:50\n\nHaniyeh receives Iran's acting foreign minister in Doha\n\nThe head of the Hamas political bureau received the Iranian minister in the Qatari capital last night, Hamas said.\n"
    (article,) = segment(page)
    assert publication_date(article, page).day.isoformat() == "2024-06-20"  # type: ignore[union-attr]


def test_lede_dateline_gives_the_date_of_a_second_article() -> None:
    page = (
        "First story about talks in Doha today\n\nFriday 5-February-2021\n\nThe envoy met the delegation in Doha on Friday to discuss the truce.\n\n---\n\n"
        "Shtayyeh hands government's resignation to Abbas\n\n"
        "RAMALLAH, Monday 26 February 2024 – Palestinian Prime Minister Mohammad Shtayyeh announced that he had resigned.\n"
    )
    articles = segment(page)
    assert len(articles) == 2
    assert publication_date(articles[1], page).day.isoformat() == "2024-02-26"  # type: ignore[union-attr]
    assert publication_date(articles[1], page).how == "lede"


def test_no_dateline_means_unknown_publication_date() -> None:
    (article,) = segment(TWO_ARTICLES.split("\n\n\n")[0])
    assert publication_date(article, TWO_ARTICLES).day is None


def test_hard_wrapped_paragraphs_are_joined() -> None:
    page = (
        "Envoy meets Taliban delegation in Moscow\n\n"
        "Published 3 October 2024\n\n"
        "Russia's special envoy Zamir Kabulov met a Taliban delegation led by\n"
        "Amir Khan Muttaqi in Moscow on Thursday to discuss trade and security,\n"
        "the Russian Foreign Ministry said.\n"
    )
    (article,) = segment(page)
    assert len(article.paragraphs) == 1
    assert "Muttaqi in Moscow" in article.paragraphs[0].text


def test_a_caption_printed_once_is_known_by_its_photographer_and_agency_credit() -> None:
    """A print-to-PDF keeps a figure's caption once (no repetition to go by); the credit at its
    end, photographer then agency in parentheses, marks it."""
    page = (
        "Fidan visits Damascus\n\n"
        "Foreign Minister Hakan Fidan attends a meeting of guarantor countries in Doha, Qatar, on "
        "December 7, 2024. ( Cem Genco - Anadolu Agency )\n\n"
        "ANKARA\n\nTurkish Foreign Minister Hakan Fidan met on Sunday in Damascus with the new leadership.\n"
    )
    body = " ".join(p.text for a in segment(page) for p in a.paragraphs)
    assert "guarantor countries" not in body and "met on Sunday in Damascus" in body


def test_a_dateline_with_the_agency_between_slashes() -> None:
    from timeline_app.ingest.extract import extract_document
    result = extract_document("Hamas delegation in Moscow\n\nMOSCOW, October 26, 2023. /TASS/. Mikhail Bogdanov "
                              "received a Hamas delegation led by Mousa Abu Marzouk on Thursday, the Russian Foreign "
                              "Ministry said. The sides discussed the release of hostages held in Gaza.\n")
    assert result.articles[0].published == "2023-10-26"
    assert [m.date for m in result.mentions] == ["2023-10-26"]


def test_a_digest_entry_that_names_its_city_with_a_colon_has_that_place() -> None:
    from timeline_app.ingest.extract import extract_document
    found = extract_document("Digest\n\nMonday 11 March 2024\n\n- Doha: Qatar's emir received Ismail Haniyeh on Sunday.\n"
                             "- Cairo: Egypt's intelligence chief met a Fatah delegation on Sunday.\n").mentions
    assert sorted(m.location or "" for m in found) == ["Cairo", "Doha"]
