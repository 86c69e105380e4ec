"""The importer end to end: raw readouts in, meeting files and officials.yaml out."""

from __future__ import annotations

import datetime
import re
import shutil
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from conftest import PROJECT, SHARED

from generator import ingest
from generator.documents import decode_text, parse_document, read_yaml_mapping
from generator.ingest import ImportReport, import_sources

FIXTURES = PROJECT / "tests" / "ingest_fixtures"
SEEDS = SHARED / "seeds"
ISSUES = PROJECT / "content" / "issues.yaml"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """An empty content folder holding only the shipped issues vocabulary."""
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(ISSUES, folder / "issues.yaml")
    return folder


def meetings(report: ImportReport) -> dict[str, dict[str, Any]]:
    """Front matter (plus the body under '_body') of every file the import wrote, by source file name."""
    found = {}
    for path in (*report.imported, *report.updated):
        document = parse_document(decode_text(path.read_bytes(), path), path)
        meta = dict(document.meta)
        meta["_body"] = document.body
        found[meta["source"]["file"]] = meta
    return found


def write(folder: Path, name: str, data: bytes | str) -> Path:
    """A raw readout file in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def import_one(content: Path, folder: Path, name: str, text: str) -> dict[str, Any]:
    """Write one raw readout into ``folder``, import it, and return its front matter (body under '_body')."""
    return meetings(import_sources([write(folder, name, text)], content))[name]


LEAD = ("On March 3, 2021, commencing at 4:10 p.m. for approximately 35 minutes, Mr. MOTEGI Toshimitsu, "
        "Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Dmytro Kuleba, Minister for "
        "Foreign Affairs of Ukraine. The overview is as follows.")


def readout(lead: str = LEAD, points: tuple[str, ...] = ("The two ministers confirmed close cooperation.",)) -> str:
    """A small MOFA-style readout."""
    items = "\n".join(f"{n}. {p}" for n, p in enumerate(points, start=1))
    return f"Japan-Ukraine Relations\n\nJapan-Ukraine Foreign Ministers' Telephone Talk\n\n{lead}\n\n{items}\n"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not present")
def test_seed_readouts_import_with_their_metadata(content: Path) -> None:
    report = import_sources(sorted(SEEDS.glob("*.txt")), content)
    assert not report.failed and len(report.imported) == 2
    seoul, washington = (meetings(report)[name] for name in sorted(meetings(report)))
    assert seoul["id"] == "2018-06-14-japan-us-foreign-ministers-meeting"
    assert (seoul["date"], seoul["time"], seoul["duration_minutes"]) == (datetime.date(2018, 6, 14), "12:05", 30)
    assert seoul["location"] == "Seoul, Republic of Korea"
    assert [p["official"] for p in seoul["participants"]] == ["taro-kono", "mike-pompeo"]
    assert set(seoul["mentioned"]) == {"donald-trump", "kim-jong-un"}
    assert {"north-korea", "denuclearization", "abductions-issue", "unsc-resolutions"} <= set(seoul["issues"])
    assert seoul["review"] == []
    assert washington["date"] == datetime.date(2018, 6, 6)
    assert (washington["time"], washington["timezone"], washington["duration_minutes"]) == ("17:00", "local", 25)
    assert washington["location"] == "Washington, D.C., United States"
    assert any("year" in note for note in washington["review"])
    officials = read_yaml_mapping(content / "officials.yaml").data
    assert "Secrtary of State Pompeo" in officials["mike-pompeo"]["aliases"]
    assert {"Minister Kono", "Foreign Minister Kono", "Mr. Taro Kono"} <= set(officials["taro-kono"]["aliases"])


def test_html_page_keeps_the_readout_and_moves_the_navigation_out_of_it(content: Path) -> None:
    report = import_sources([FIXTURES / "mofa_page.html"], content)
    meta = meetings(report)["mofa_page.html"]
    assert meta["title"] == "Japan-Canada Foreign Ministers' Meeting"
    assert meta["section"] == "Japan-Canada Relations"
    assert meta["source"]["url"] == "https://www.mofa.go.jp/na/na2/ca/page9e_000123.html"
    assert meta["source"]["publisher"] == "Ministry of Foreign Affairs of Japan"
    assert meta["date"] == datetime.date(2022, 11, 7) and meta["time"] == "18:30"
    assert [p["official"] for p in meta["participants"]] == ["yoshimasa-hayashi", "melanie-joly"]
    body = meta["_body"]
    for chrome in ("Copyright", "Page Top", "tracking", "Home >", "Related Links"):  # the page's navigation
        assert chrome not in body
    assert body.startswith("<!-- page: Back to Japan-Canada Relations -->\n")  # a trailer in the text: kept aside
    assert body.count("Back to") == 1
    assert "1. Minister Hayashi welcomed" in body and "3. The ministers also agreed" in body
    assert "    - (1) Minister Joly explained Canada's sanctions." in body
    assert {"indo-pacific", "maritime-security", "ukraine", "abductions-issue"} <= set(meta["issues"])


@pytest.mark.parametrize("page", [
    ('<html><body><header class="site-header"><h1 class="logo">The White House</h1><nav><a href="/">Home</a></nav>'
     '</header><main><article><header class="page-header"><ul class="issue-flag"><li>Briefing Room</li></ul>'
     "<h1>Readout of the President's Meeting with Prime Minister Fumio Kishida of Japan</h1>"
     '<div class="entry-date"><time>November 13, 2022</time></div></header><section class="body-content">'
     "<p>President Joseph R. Biden, Jr. met today with Prime Minister Fumio Kishida of Japan in Phnom Penh.</p>"
     "<p>The leaders discussed North Korea.</p></section></article></main></body></html>"),
    ('<html><body><header class="site-header"><nav>Menu</nav></header><div class="page-header-core">'
     '<nav class="breadcrumb">Home &gt; Press material</nav><div class="page-header-core__meta">\n<span>Press release'
     "</span>\n<span>13.11.2022</span>\n</div><h1 class=\"page-header-core__title\">Readout of the President's Meeting"
     ' with Prime Minister Fumio Kishida of Japan</h1></div><main><article><p>President Joseph R. Biden, Jr. met '
     "today with Prime Minister Fumio Kishida of Japan in Phnom Penh.</p><p>The leaders discussed North Korea.</p>"
     "</article></main></body></html>"),
], ids=["header in the article", "heading block above main"])
def test_a_pages_own_heading_and_date_are_read_wherever_the_page_puts_them(content: Path, tmp_path: Path,
                                                                            page: str) -> None:
    meta = import_one(content, tmp_path / "in", "readout.html", page)
    assert meta["title"] == "Readout of the President's Meeting with Prime Minister Fumio Kishida of Japan"
    assert meta["date"] == datetime.date(2022, 11, 13)
    assert "Menu" not in meta["_body"].partition("-->")[2] and "Home" not in meta["_body"].partition("-->")[2]


def test_state_department_readout(content: Path) -> None:
    meta = meetings(import_sources([FIXTURES / "state_readout.txt"], content))["state_readout.txt"]
    assert meta["date"] == datetime.date(2024, 2, 21)
    assert [p["official"] for p in meta["participants"]] == ["antony-blinken", "yoko-kamikawa"]
    assert meta["mentioned"] == ["matthew-miller"]
    assert meta["source"]["publisher"] == "U.S. Department of State"
    assert meta["location"] == "Rio de Janeiro, Brazil"
    assert {"japan-us-alliance", "indo-pacific", "gaza"} <= set(meta["issues"])
    assert "The below is attributable to Spokesperson Matthew Miller:" in meta["_body"]


def test_year_is_inferred_from_terms_of_office_and_flagged(content: Path) -> None:
    meta = meetings(import_sources([FIXTURES / "telephone_no_dateline.txt"], content))
    found = meta["telephone_no_dateline.txt"]
    assert found["date"] == datetime.date(2024, 7, 30)
    assert found["type"] == "telephone talk" and found["duration_minutes"] == 20
    assert any("year" in note and "terms of office" in note for note in found["review"])


def test_year_missing_everywhere_fails_cleanly_or_takes_the_year_option(content: Path, tmp_path: Path) -> None:
    text = readout(lead=LEAD.replace("March 3, 2021", "March 3").replace("MOTEGI Toshimitsu", "SATO Hanako"))
    text = text.replace("Dmytro Kuleba", "Olena Petrenko")
    source = write(tmp_path / "raw", "unknown-year.txt", text)
    report = import_sources([source], content)
    assert len(report.failed) == 1 and "--year" in report.failed[0].message
    untitled = write(tmp_path / "lead", "lead-only.txt", text.split("\n\n", 2)[2])
    message = import_sources([untitled], content).failed[0].message
    assert message.endswith("pass --year") and "title" not in message  # why the date is missing, no other note
    report = import_sources([source], content, year=2021)
    found = meetings(report)["unknown-year.txt"]
    assert found["date"] == datetime.date(2021, 3, 3)
    assert any("--year" in note for note in found["review"])


def test_an_anniversary_of_diplomatic_relations_dates_the_year_or_questions_the_dateline(content: Path,
                                                                                        tmp_path: Path) -> None:
    lead = ("On March 14, from 4:00 p.m. for about 20 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a "
            "telephone talk with H.E. Mr. Luvsannamsrai OYUN-ERDENE, Prime Minister of Mongolia. The overview is as "
            "follows.")
    point = "Prime Minister Kishida stated that this year marks the 50th anniversary of diplomatic relations."
    found = import_one(content, tmp_path / "in", "mn.txt", readout(lead, (point,)))
    assert found["date"] == datetime.date(2022, 3, 14)
    assert any("2022 inferred from the text" in note for note in found["review"])
    dated = ("Japan-France Foreign Ministers' Meeting\n\nApril 22, 2019\n\nOn April 22, commencing at 5:15 p.m. for "
             "approximately 35 minutes, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with H.E. "
             "Mr. Jean-Yves Le Drian, Minister for Europe and Foreign Affairs of the French Republic.")
    point = "Minister Le Drian said that this year, the 160th anniversary of the establishment of diplomatic relations."
    found = import_one(content, tmp_path / "in", "fr.txt", readout(dated, (point,)))
    assert found["date"] == datetime.date(2019, 4, 22)
    assert any("year 2019 conflicts with the text" in note and "gives 2018" in note for note in found["review"])


def test_a_grouping_chaired_this_year_dates_the_year(content: Path, tmp_path: Path) -> None:
    text = ("Japan-Singapore Foreign Ministers' Breakfast Meeting\n\nOn February 12, commencing at 7:50 a.m. for "
            "approximately one hour, Mr. Taro Kono, Minister for Foreign Affairs, held a breakfast meeting with Dr. "
            "Vivian Balakrishnan, Minister for Foreign Affairs of the Republic of Singapore.\n\n1. Minister Kono "
            "said he would work closely with Singapore, which holds the ASEAN Chairmanship this year.\n")
    meta = import_one(content, tmp_path / "in", "singapore.txt", text)
    assert meta["date"] == datetime.date(2018, 2, 12)  # Kono's term allows 2019 too; Singapore chaired ASEAN in 2018
    assert any("ASEAN Chairmanship this year" in note and "check the date" in note for note in meta["review"])


def test_someone_who_joined_later_and_the_counterpart_of_a_second_meeting_take_part(content: Path,
                                                                                     tmp_path: Path) -> None:
    lead = ("On July 10, 2013, commencing at 9:00 a.m. for approximately 60 minutes, Mr. Fumio Kishida, Minister for "
            "Foreign Affairs of Japan, held a meeting with the Honorable John Kerry, Secretary of State of the United "
            "States of America, in Tokyo. The overview of the meeting is as follows.")
    points = ("The two ministers confirmed close cooperation.",
              "Prime Minister Shinzo Abe joined the meeting midway and welcomed Secretary Kerry.",
              "Following the meeting, Minister Kishida held a meeting with H.E. Prof. G. L. Peiris, Minister of "
              "External Affairs of Sri Lanka, for approximately 20 minutes.",
              "The ministers recalled that President Barack Obama had not joined the meeting in April.")
    meta = import_one(content, tmp_path / "in", "us.txt", readout(lead, points))
    assert [p["official"] for p in meta["participants"]] == [
        "fumio-kishida", "john-kerry", "shinzo-abe", "g-l-peiris"]
    assert meta["mentioned"] == ["barack-obama"]


def test_a_surname_in_the_lead_is_the_person_named_in_full_before_it(content: Path, tmp_path: Path) -> None:
    text = ("Visit to Japan by the Minister for Foreign Affairs of Mongolia\n\nOctober 11, 2019\n\nFrom October 9 "
            "to 11, H.E. Mr. Damdin Tsogtbaatar, Minister for Foreign Affairs of Mongolia, is visiting Japan. On "
            "October 10, from 4:50 p.m. for approximately 60 minutes, Mr. MOTEGI Toshimitsu, Minister for Foreign "
            "Affairs, held a Japan-Mongolia Foreign Ministers' Meeting with Minister Tsogtbaatar.\n\n"
            "1. The ministers discussed North Korea.\n")
    meta = import_one(content, tmp_path / "in", "mongolia.txt", text)
    assert meta["date"] == datetime.date(2019, 10, 10)
    assert [p["official"] for p in meta["participants"]] == ["toshimitsu-motegi", "damdin-tsogtbaatar"]
    assert "mentioned" not in meta


def test_a_visits_dates_open_the_paragraph_and_the_meetings_sentence_is_the_lead(content: Path,
                                                                                 tmp_path: Path) -> None:
    text = ("Visit to Japan by the Minister for Foreign Affairs of Mongolia\n\nFrom October 9 to 11, 2019, H.E. Mr. "
            "Damdin Tsogtbaatar, Minister for Foreign Affairs of Mongolia, visited Japan. On October 10, from 4:50 "
            "p.m. for approximately 60 minutes, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs, held a "
            "Japan-Mongolia Foreign Ministers' Meeting with Minister Tsogtbaatar.\n\n"
            "1. The ministers discussed North Korea.\n")
    meta = import_one(content, tmp_path / "in", "mongolia.txt", text)
    assert (meta["date"], meta["time"], meta["location"]) == (datetime.date(2019, 10, 10), "16:50", "Japan")
    assert [p["official"] for p in meta["participants"]] == ["toshimitsu-motegi", "damdin-tsogtbaatar"]
    assert not meta["review"]  # the year is the visit's, stated beside the meeting's day: nothing inferred


def test_a_visits_span_after_an_undated_lead_is_not_the_meeting_day_and_joined_by_takes_part(content: Path,
                                                                                              tmp_path: Path) -> None:
    text = ("Japan-Russia Summit Meeting\n\nMonday, November 21, 2005\n\nPrime Minister Junichiro Koizumi held a "
            "meeting with Mr. Vladimir Putin, President of the Russian Federation, at the Official Residence. "
            "President Putin is paying an official visit to Japan from November 20 to 22.\n\nThe small-group "
            "meeting was followed by an expanded meeting joined by Mr. Taro Aso, Minister for Foreign Affairs, and "
            "Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation.\n\nThe leaders discussed a "
            "peace treaty.\n")
    meta = import_one(content, tmp_path / "in", "kantei.txt", text)
    assert meta["date"] == datetime.date(2005, 11, 21)
    assert [p["official"] for p in meta["participants"]] == [
        "junichiro-koizumi", "vladimir-putin", "taro-aso", "sergey-lavrov"]


def test_a_second_meeting_on_the_same_page_has_both_its_people_take_part(content: Path, tmp_path: Path) -> None:
    text = ("Japan-Russia Summit Meeting and Foreign Ministers' Meeting\n\nNovember 13, 2010\n\n1. Summit Meeting\n\n"
            "On November 13, Mr. Naoto Kan, Prime Minister of Japan, held a meeting with Mr. Dmitry Medvedev, "
            "President of the Russian Federation, in Yokohama.\n\n2. Foreign Ministers' Meeting\n\nOn the same day, "
            "prior to the Summit Meeting, Mr. Seiji Maehara, Minister for Foreign Affairs, held a meeting with Mr. "
            "Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation.\n")
    meta = import_one(content, tmp_path / "in", "two.txt", text)
    assert [p["official"] for p in meta["participants"]] == [
        "naoto-kan", "dmitry-medvedev", "seiji-maehara", "sergey-lavrov"]


_US_BANNERS = {
    "archived": "This is archived content from the U.S. Department of State website. The information here may be "
                "outdated and links may no longer function. Please contact us if you have any questions about the "
                "archive.\n\n",
    "permanent archive": "The State Department web site below is a permanent electronic archive of information "
                         "released online from January 20, 2009 to January 20, 2017. Please see www.state.gov for "
                         "current material from the Department of State.\n",
    "national archives": "National Archives This is historical material \u201cfrozen in time\u201d. The website is no "
                         "longer updated and links to external websites and some internal pages may not work.\n\n",
    "dot gov": "An official website of the United States Government Here's how you know\n\nOfficial websites use "
               ".gov\nA .gov website belongs to an official government organization in the United States.\n\n"
               "Secure .gov websites use HTTPS\nA lock ( ) or https:// means you\u2019ve safely connected to the "
               ".gov website. Share sensitive information only on official, secure websites.\n\n",
}


@pytest.mark.parametrize("banner", sorted(_US_BANNERS))
def test_a_us_government_page_under_its_site_banner_is_read_from_its_heading(
        banner: str, content: Path, tmp_path: Path) -> None:
    text = (_US_BANNERS[banner] + "Secretary Pompeo's Meeting with Japanese Foreign Minister Motegi\n\nReadout\n"
            "Office of the Spokesperson\nIssued on: October 6, 2020\n\nThe below is attributable to Principal "
            "Deputy Spokesperson Cale Brown:\n\nSecretary of State Michael R. Pompeo met today with Japanese Foreign "
            "Minister Toshimitsu Motegi in Tokyo, Japan.  The Secretary and the Foreign Minister reaffirmed the "
            "strength of the U.S.-Japan Alliance.\n")
    meta = import_one(content, tmp_path / "in", "state.txt", text)
    assert meta["date"] == datetime.date(2020, 10, 6)
    assert meta["title"] == "Secretary Pompeo's Meeting with Japanese Foreign Minister Motegi"
    assert [p["official"] for p in meta["participants"]] == ["mike-pompeo", "toshimitsu-motegi"]
    assert meta["mentioned"] == ["cale-brown"]


def test_leaders_named_by_surname_before_a_date_or_as_then_holders_are_mentioned(
        content: Path, tmp_path: Path) -> None:
    text = ("Japan-Kenya Foreign Ministers' Meeting\n\nApril 17, 2023\n\nOn April 17, Mr. HAYASHI Yoshimasa, "
            "Minister for Foreign Affairs of Japan, held a meeting with Dr. Alfred Mutua, Cabinet Secretary for "
            "Foreign and Diaspora Affairs of the Republic of Kenya.\n\n1. Minister Hayashi referred to the visit to "
            "Kyiv by Prime Minister Kishida on March 21.\n\n2. Minister Mutua recalled the vision first announced "
            "by then Prime Minister Abe in Nairobi in 2016.\n")
    meta = import_one(content, tmp_path / "in", "kenya.txt", text)
    assert meta["mentioned"] == ["fumio-kishida", "shinzo-abe"]


def test_us_officials_below_the_secretary_date_a_yearless_call_and_resolve_by_surname(
        content: Path, tmp_path: Path) -> None:
    text = ("Courtesy Call on Foreign Minister Motegi by Mr. Stephen E. Biegun, Deputy Secretary of State\n\n"
            "On July 10, commencing at 9:30 a.m. for approximately 40 minutes, Mr. MOTEGI Toshimitsu, Minister for "
            "Foreign Affairs of Japan, received a courtesy call from Mr. Stephen E. Biegun, Deputy Secretary of "
            "State of the United States of America (attending on the U.S. side was Assistant Secretary of State "
            "for East Asian and Pacific Affairs Stilwell).\n\n1. Minister Motegi welcomed Deputy Secretary "
            "Biegun.\n")
    meta = import_one(content, tmp_path / "in", "biegun.txt", text)
    assert meta["date"] == datetime.date(2020, 7, 10)  # Motegi was also Minister in 2021, Biegun was not
    assert [p["official"] for p in meta["participants"]] == ["toshimitsu-motegi", "stephen-biegun",
                                                             "david-stilwell"]


def test_a_white_house_readout_of_the_unnamed_president_names_him_and_dates_the_call_by_its_page(
        content: Path, tmp_path: Path) -> None:
    text = ("Skip to main content (Press Enter).\nThe White House\nHome | Briefing Room | Statements\n\n"
            "For Immediate Release\nOffice of the Press Secretary\nMarch 16, 2011\n\nStatement by the Press "
            "Secretary\n\nThe President called Prime Minister Naoto Kan of Japan this evening to convey again the "
            "condolences of the American people for the earthquake and tsunami that struck Japan on March 11. The "
            "call followed the decision by Secretary of State Hillary Clinton to send a disaster team.\n\n"
            "The two leaders discussed the situation at the Fukushima Daiichi nuclear power plant.\n")
    meta = import_one(content, tmp_path / "in", "whitehouse.txt", text)
    assert meta["title"] == "Statement by the Press Secretary"
    assert meta["date"] == datetime.date(2011, 3, 16)  # the call was "this evening"; March 11 is the earthquake's
    assert [p["official"] for p in meta["participants"]] == ["barack-obama", "naoto-kan"]
    assert meta["mentioned"] == ["hillary-clinton"]


def test_military_ranks_are_honorifics_and_a_release_that_agreed_following_talks_is_led_by_it(
        content: Path, tmp_path: Path) -> None:
    text = ("Readout of Secretary of Defense Lloyd J. Austin III's Call With Japanese Minister of Defense Hamada "
            "Yasukazu\nOct. 4, 2022\n\nAttributable to Pentagon Press Secretary Brig. Gen. Pat Ryder:\n\n"
            "Secretary of Defense Lloyd J. Austin III and Japanese Minister of Defense Hamada Yasukazu have agreed to "
            "deepen cooperation, following talks by phone today.\n")
    meta = import_one(content, tmp_path / "in", "dod.txt", text)
    assert meta["date"] == datetime.date(2022, 10, 4)
    assert [p["official"][:5] for p in meta["participants"]] == ["lloyd", "hamad"]
    assert meta["mentioned"] == ["pat-ryder"]


def test_a_headline_under_a_site_menu_is_the_title_not_the_menu_item_that_names_a_visit(
        content: Path, tmp_path: Path) -> None:
    text = ("Skip to main content\n\nFederal Foreign Office\n\nMenu\nNewsroom\nTravel & Residence\nVisit & "
            "Explore\nAbout us\n\nForeign Minister Baerbock in Japan: close partners in times of upheaval\n\n"
            "11.07.2022 - Article\n\nForeign Minister Annalena Baerbock met Japanese Foreign Minister Hayashi "
            "Yoshimasa in Tokyo on Monday. The two ministers agreed to work closely together.\n")
    meta = import_one(content, tmp_path / "in", "menu.txt", text)
    assert meta["title"] == "Foreign Minister Baerbock in Japan: close partners in times of upheaval"
    assert meta["date"] == datetime.date(2022, 7, 11)


def test_a_venue_of_a_capital_places_a_meeting_abroad(content: Path, tmp_path: Path) -> None:
    text = ("Prime Minister Justin Trudeau meets with Prime Minister of Japan Shinzo Abe\n\nApril 28, 2019\n\n"
            "Prime Minister Justin Trudeau today met with the Prime Minister of Japan, Shinzo Abe, on Parliament "
            "Hill during Prime Minister Abe's official visit to Canada.\n")
    meta = import_one(content, tmp_path / "in", "ottawa.txt", text)
    assert meta["location"] == "Ottawa, Canada"


@pytest.mark.parametrize(("occasion", "year"), [
    ("who is visiting Beijing to attend the APEC Economic Leaders' Meeting", 2014),
    ("who is in the Philippines to attend the APEC Economic Leaders' Meeting held in Manila", 2015),
    ("on the margins of the G20 Hamburg Summit", 2017),
])
def test_a_yearless_meeting_at_a_groupings_summit_is_dated_by_its_host_that_year(
        occasion: str, year: int, content: Path, tmp_path: Path) -> None:
    text = ("Japan-China Summit Meeting\n\nOn November 10, Mr. Shinzo Abe, Prime Minister of Japan, " + occasion
            + ", held a Japan-China Summit Meeting with Mr. Xi Jinping, President of the People's Republic of "
            "China.\n\n1. The two leaders discussed relations.\n")
    meta = import_one(content, tmp_path / "in", "summit.txt", text)
    assert meta["date"] == datetime.date(year, 11, 10)


def test_one_import_gives_a_new_person_written_in_either_name_order_one_official(
        content: Path, tmp_path: Path) -> None:
    mofa = ("Japan-U.S. Defense Ministerial Meeting\n\nOctober 4, 2022\n\nOn October 4, Mr. HAMADA Yasukazu, "
            "Minister of Defense of Japan, held a meeting with the Honorable Lloyd J. Austin III, Secretary of Defense "
            "of the United States.\n")
    pentagon = ("Readout of Secretary Austin's Call With Japanese Minister of Defense Hamada Yasukazu\n\nOct. 5, 2022"
                "\n\nSecretary of Defense Lloyd J. Austin III spoke today with Japanese Minister of Defense Hamada "
                "Yasukazu.\n")
    found = meetings(import_sources([write(tmp_path, "mofa.txt", mofa), write(tmp_path, "dod.txt", pentagon)],
                                    content))
    assert [p["official"] for p in found["dod.txt"]["participants"]] == [
        p["official"] for p in found["mofa.txt"]["participants"]][::-1]
    officials = read_yaml_mapping(content / "officials.yaml").data
    assert [officials[p["official"]]["name"] for p in found["mofa.txt"]["participants"]] == [
        "Yasukazu Hamada", "Lloyd Austin III"]


def test_a_readout_naming_a_new_person_in_both_name_orders_keeps_them_first_once(
        content: Path, tmp_path: Path) -> None:
    mofa = ("Japan-U.S. Defense Ministerial Meeting\n\nOctober 4, 2022\n\nOn October 4, Mr. HAMADA Yasukazu, "
            "Minister of Defense of Japan, held a meeting with the Honorable Lloyd J. Austin III, Secretary of Defense "
            "of the United States.\n")
    both = ("Readout of a Trilateral Call\n\nOct. 5, 2022\n\nJapanese Minister of Defense Hamada Yasukazu spoke today "
            "with Secretary of Defense Lloyd J. Austin III and Australian Deputy Prime Minister Richard Marles. "
            "Mr. HAMADA Yasukazu, Minister of Defense of Japan, joined the call.\n")
    found = meetings(import_sources([write(tmp_path, "mofa.txt", mofa), write(tmp_path, "both.txt", both)],
                                    content))
    assert [p["official"] for p in found["both.txt"]["participants"]] == [
        "yasukazu-hamada", "lloyd-austin-iii", "richard-marles"]  # the one who spoke, first, under one id


def test_a_reposted_release_is_dated_by_the_release_not_the_repost(content: Path, tmp_path: Path) -> None:
    text = ("Home | News & Events | Readout of President Biden's Meeting with Prime Minister Kishida of Japan\n\n"
            "Readout of President Biden's Meeting with Prime Minister Kishida of Japan\n"
            "By U.S. Mission to ASEAN | 14 November, 2022 | Topics: News, Press Releases\n\nThe White House\n"
            "November 13, 2022\n\nPresident Joseph R. Biden, Jr. met today with Prime Minister Kishida Fumio of "
            "Japan in Phnom Penh, Cambodia. The two leaders condemned the DPRK's launches.\n")
    meta = import_one(content, tmp_path / "in", "repost.txt", text)
    assert meta["date"] == datetime.date(2022, 11, 13)


def test_a_printed_or_mailed_page_loses_its_stamp_and_its_condolences_name_no_guest(
        content: Path, tmp_path: Path) -> None:
    text = ("10/7/22, 9:14 AM Secretary Blinken's Meeting with Japanese Prime Minister Kishida\n\n"
            "07/11/2022 12:37 AM EDT\n\nSecretary of State Antony J. Blinken met today in Tokyo with Japanese Prime "
            "Minister Kishida Fumio to convey profound condolences on the killing of former Prime Minister Abe "
            "Shinzo.\n")
    meta = import_one(content, tmp_path / "in", "print.txt", text)
    assert meta["title"] == "Secretary Blinken's Meeting with Japanese Prime Minister Kishida"
    assert meta["date"] == datetime.date(2022, 7, 11)  # month first, as a U.S. zone's page writes it
    assert meta["mentioned"] == ["shinzo-abe"]


def test_another_governments_headline_beats_a_photo_description_and_its_attendees_take_part(
        content: Path, tmp_path: Path) -> None:
    text = ("Home » News\nPresident Jokowi, Japanese PM Suga Agree to Strengthen Cooperation Amid Pandemic\n"
            "By Humas    Published on 20 October 2020\n\nPresident Jokowi and Japanese PM Yoshihide Suga hold a "
            "bilateral meeting at the Bogor Presidential Palace, West Java, Tuesday (20/10) afternoon. (Photo: "
            "PR/Agung)\n\nPresident Joko Widodo received a visit from Japanese Prime Minister Yoshihide Suga at the "
            "Bogor Presidential Palace, Tuesday (20/10) afternoon.\n\nAt the meeting, the President was accompanied "
            "by Minister of Foreign Affairs Retno L.P. Marsudi.\n\nMr. Thanakorn Wangboonkongchana, Spokesman of the "
            "Office of the Prime Minister, revealed that the talks went well at 16.10 hrs.\n")
    meta = import_one(content, tmp_path / "in", "bogor.txt", text)
    assert meta["title"] == "President Jokowi, Japanese PM Suga Agree to Strengthen Cooperation Amid Pandemic"
    assert meta["date"] == datetime.date(2020, 10, 20)
    assert [p["official"] for p in meta["participants"]] == ["joko-widodo", "yoshihide-suga", "retno-marsudi"]


def test_a_presidency_page_under_a_slash_breadcrumb_with_its_length_said_after_the_lead(
        content: Path, tmp_path: Path) -> None:
    text = ("PRESIDENCY OF THE REPUBLIC OF TÜRKİYE\n\nHome Page  /  News\n\nPresident Erdoğan receives Japanese "
            "Foreign Minister Kōno\n\n28.12.2017\n\nPresident Recep Tayyip Erdoğan received Foreign Minister of "
            "Japan Tarō Kōno at the Presidential Complex.\n\nThe meeting, which was closed to the press, lasted "
            "approximately 40 minutes.\n")
    meta = import_one(content, tmp_path / "in", "ankara.txt", text)
    assert meta["title"] == "President Erdoğan receives Japanese Foreign Minister Kōno"
    assert meta["date"] == datetime.date(2017, 12, 28)
    assert meta["duration_minutes"] == 40


def test_a_weekday_after_a_name_and_a_spanish_dateline(content: Path, tmp_path: Path) -> None:
    text = ("PRESIDENT MACRI RECEIVES JAPANESE PRIME MINISTER ABE\n\nLunes 21 de noviembre de 2016\n\n"
            "President Mauricio Macri Monday at the Casa Rosada held a bilateral meeting with the Prime Minister of "
            "Japan, Shinzo Abe.\n")
    meta = import_one(content, tmp_path / "in", "macri.txt", text)
    assert meta["date"] == datetime.date(2016, 11, 21)
    assert [p["official"] for p in meta["participants"]] == ["mauricio-macri", "shinzo-abe"]


def test_an_archive_notice_and_a_hyphenated_dateline_leave_the_readout_whole(content: Path, tmp_path: Path) -> None:
    text = ("Skip to main content\nYou are viewing ARCHIVED CONTENT released online from January 20, 2009 to "
            "January 20, 2017. Content in this archive site is NOT UPDATED, and external links may not function.\n\n"
            "PM meets Prime Minister of Japan in Vientiane\n07-September-2016 21:14 IST\n\nPrime Minister Justin "
            "Trudeau today welcomed the Prime Minister of Japan, Shinzo Abe, to Vientiane.\n")
    meta = import_one(content, tmp_path / "in", "archived.txt", text)
    assert meta["title"] == "PM meets Prime Minister of Japan in Vientiane"
    assert meta["date"] == datetime.date(2016, 9, 7)
    assert [p["official"] for p in meta["participants"]] == ["justin-trudeau", "shinzo-abe"]


def test_a_first_person_release_is_signed_by_the_name_over_its_role_not_its_last_sentence(
        content: Path, tmp_path: Path) -> None:
    text = ("Julie Bishop\nMinister for Foreign Affairs\n\nAustralia-Japan Foreign Ministers' Meeting\n\n"
            "16 February 2016\n\nOn Monday 15 February I held my eleventh formal meeting with Japan's Minister for "
            "Foreign Affairs, Mr Fumio Kishida, in Tokyo.\n\nWe discussed the meeting with Japan's Minister of "
            "Defense, Nakatani Gen.\n\nThis afternoon I will call on Prime Minister Shinzo Abe.\n")
    meta = import_one(content, tmp_path / "in", "bishop.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["julie-bishop", "fumio-kishida"]
    assert [m[:8] for m in meta["mentioned"]] == ["nakatani", "shinzo-a"]  # his given name written last


_WAYBACK = ("The Wayback Machine - https://web.archive.org/web/20110516084312/http://www.mofa.go.jp/region/uae.html\n"
            "http://www.mofa.go.jp/region/uae.html\nGo\n9 captures\n16 May 2011 - 27 Jan 2022\nAbout this capture\n"
            "COLLECTED BY\nOrganization: Alexa Crawls\nStarting in 1996, Alexa Internet has been donating their crawl "
            "data to the Internet Archive.  Flowing in every day, these data are added to the Wayback Machine.\n"
            "TIMESTAMPS\nloading\n\n")


def test_a_web_archive_capture_and_a_printed_page_import_as_the_page_they_keep(
        content: Path, tmp_path: Path) -> None:
    printed = ("1/7/2016                                  Japan-U.S. Foreign Ministers' Telephone Talk | Ministry of "
               "Foreign Affairs of Japan\n\nJapan-U.S. Foreign Ministers' Telephone Talk\n\nJanuary 6, 2016\n\n"
               "On January 6, commencing at 8:50 a.m. for approximately 20 minutes, Mr. Fumio Kishida, Minister of\n"
               "Foreign Affairs of Japan, and The Honorable John Kerry, Secretary of State of the United States of\n"
               "America, held a telephone talk. The overview of the talk is as follows.\n\n"
               "  1. Minister Kishida stated that he would like to further deepen Japan-U.S. cooperation on global\n"
               "     challenges as well, through the G7 Foreign Ministers' Meeting in Hiroshima and various other\n"
               "     international meetings this year. In response, Secretary Kerry expressed his intention to\n"
               "     further develop his relationship with Minister Kishida, and the two agreed to stay in touch.\n"
               "  2. The two Ministers confirmed that they would continue to cooperate closely on North Korea and\n"
               "     on the regional situation, including in the South China Sea, with like-minded countries.\n\n"
               "http://www.mofa.go.jp/na/na1/us/page3e_000439.html                                      1/2\n")
    meta = import_one(content, tmp_path / "in", "printed.txt", printed)
    assert meta["title"] == "Japan-U.S. Foreign Ministers' Telephone Talk"
    assert meta["date"] == datetime.date(2016, 1, 6)  # the page's dateline, not the day it was printed
    assert meta["duration_minutes"] == 20
    assert [p["official"] for p in meta["participants"]] == ["fumio-kishida", "john-kerry"]
    archived = (_WAYBACK + "Japan-UAE Foreign Ministers' Meeting\n\nApril 30, 2011\n\nOn Saturday, April 30, "
                "commencing at 1:55 pm for approximately 20 minutes, Mr. Takeaki Matsumoto, Minister for Foreign "
                "Affairs, held a meeting with H.E. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs of "
                "the United Arab Emirates.\n")
    meta = import_one(content, tmp_path / "in2", "wayback.txt", archived)
    assert meta["title"] == "Japan-UAE Foreign Ministers' Meeting"
    assert meta["date"] == datetime.date(2011, 4, 30)


def test_a_printed_page_without_a_title_line_takes_its_title_from_a_time_less_print_header(
        content: Path, tmp_path: Path) -> None:
    printed = ("3/28/13                                  Seventh Japan-India Foreign Ministers' Strategic Dialogue | "
               "Ministry of Foreign Affairs of Japan\n\nMarch 25, 2013\n\n"
               "On March 25, commencing at 6:00 p.m. for approximately 90 minutes, Mr. Fumio Kishida, Minister for "
               "Foreign Affairs of Japan, held the Seventh Japan-India Foreign Ministers' Strategic Dialogue with "
               "Mr. Salman Khurshid, Minister of External Affairs of India.\n")
    meta = import_one(content, tmp_path / "in", "printed.txt", printed)
    assert meta["title"] == "Seventh Japan-India Foreign Ministers' Strategic Dialogue"  # not "3/28/13 Seventh ..."
    assert meta["date"] == datetime.date(2013, 3, 25)


def test_participants_listed_by_country_under_a_reference_heading_take_part(content: Path, tmp_path: Path) -> None:
    text = ("G7 Summit Video Teleconference Meeting\n\nMarch 16, 2020\n\nOn Monday, March 16, from 11 p.m. for "
            "approximately 50 minutes, Mr. ABE Shinzo, Prime Minister of Japan, attended the G7 Summit Video "
            "Teleconference Meeting.\n\n1. The leaders exchanged views on the novel coronavirus.\n\n[Reference] G7 "
            "Summit Teleconference Meeting Participants\nJapan: Prime Minister Abe, United States: President Trump, "
            "France: President Macron\n")
    meta = import_one(content, tmp_path / "in", "g7.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["shinzo-abe", "donald-trump", "emmanuel-macron"]


def test_a_kantei_page_is_titled_by_its_headline_not_its_photographs(content: Path, tmp_path: Path) -> None:
    text = ("Home > News > The Prime Minister in Action > January 2022\n\nThe Prime Minister in Action\n\n"
            "January 6, 2022\n\nJapan-Australia Summit Video Teleconference Meeting and Signing Ceremony\n\n"
            "Photograph of the Japan-Australia Summit Video Teleconference Meeting (1)\n"
            "Photograph of the Japan-Australia Summit Video Teleconference Meeting (2)\n\n"
            "On January 6, 2022, Prime Minister Kishida held a Japan-Australia Summit Video Teleconference Meeting "
            "with the Hon. Scott Morrison MP, Prime Minister of Australia.\n")
    meta = import_one(content, tmp_path / "in", "kantei.txt", text)
    assert meta["title"] == "Japan-Australia Summit Video Teleconference Meeting and Signing Ceremony"


def test_washington_is_one_place_however_a_readout_writes_it(content: Path, tmp_path: Path) -> None:
    text = ("Secretary Rubio's Meeting with Japanese Foreign Minister Iwaya\n\nJanuary 21, 2025\n\nSecretary of "
            "State Marco Rubio met with Japanese Foreign Minister Iwaya Takeshi today in Washington.\n")
    meta = import_one(content, tmp_path / "in", "rubio.txt", text)
    assert meta["location"] == "Washington, D.C., United States"


def test_those_who_participated_in_the_discussion_took_part_and_a_bilingual_date_label(
        content: Path, tmp_path: Path) -> None:
    text = ("President Wickremesinghe meets Prime Minister Kishida\n\nTarikh / Date : 25 May 2023\n\nPresident Ranil "
            "Wickremesinghe held bilateral talks with Prime Minister Fumio Kishida today at the State Guest House in "
            "Colombo.\n\nSenior Advisor to the President on Economic Affairs Dr. R.H.S. Samaratunga and the "
            "President's Director of International Affairs Dinuk Colombage also participated in the discussion.\n")
    meta = import_one(content, tmp_path / "in", "colombo.txt", text)
    assert meta["date"] == datetime.date(2023, 5, 25)
    assert meta["location"] == "Colombo, Sri Lanka"  # not Tokyo: Japan's State Guest House is the Akasaka Palace
    assert len(meta["participants"]) == 4


def test_a_two_plus_two_named_as_a_foreign_and_defense_ministerial_meeting(content: Path, tmp_path: Path) -> None:
    text = ("Philippines and Japan Hold Inaugural \u201c2+2\u201d Foreign and Defense Ministerial Meeting in Tokyo\n\n"
            "10 April 2022\n\nForeign Affairs Secretary Teodoro L. Locsin, Jr. and National Defense Secretary Delfin "
            "N. Lorenzana met with Japanese Foreign Minister Hayashi Yoshimasa and Defense Minister Kishi Nobuo in "
            "Tokyo on 9 April.\n")
    meta = import_one(content, tmp_path / "in", "twoplustwo.txt", text)
    assert meta["type"] == "2+2 consultations"


def test_numbered_captions_set_after_the_lead_title_a_page_with_no_title_line(content: Path, tmp_path: Path) -> None:
    text = ("Japan-Philippines Relations\n\nOctober 30, 2017\n\nOn October 30, commencing at around 5:10 p.m. for "
            "approximately two hours, Prime Minister Shinzo Abe held a summit meeting with H.E. Mr. Rodrigo Roa "
            "Duterte, President of the Republic of the Philippines.\n  \u2022 Japan-Philippines Summit Meeting1\n"
            "    Photo: Cabinet Public Relations Office\n  \u2022 Japan-Philippines Summit Meeting2\n"
            "    Photo: Cabinet Public Relations Office\n1 Opening remarks\n")
    meta = import_one(content, tmp_path / "in", "captions_below.txt", text)
    assert meta["title"] == "Japan-Philippines Summit Meeting"


def test_a_page_of_separate_meetings_takes_each_counterpart_the_first_time_and_every_length(
        content: Path, tmp_path: Path) -> None:
    text = ("Foreign Minister Kono Holds Meetings with the Foreign Ministers of Russia and China\n\nAugust 7, 2017\n\n"
            "On August 7, Mr. Taro Kono, Minister for Foreign Affairs, who is visiting Manila, held separate meetings "
            "with the Foreign Ministers of the Russian Federation and the People's Republic of China. The overview "
            "of the meetings is as follows.\n\n1. Japan-Russia Foreign Ministers' Meeting\n\nCommencing at 4:05 "
            "p.m. for approximately 50 minutes, Minister Kono held a meeting with Mr. Sergey Lavrov, Minister of "
            "Foreign Affairs of the Russian Federation.\n\n(1) The two ministers discussed a peace treaty.\n\n"
            "2. Japan-China Foreign Ministers' Meeting\n\nCommencing at 5:50 p.m. for approximately 40 minutes, "
            "Minister Kono held a meeting with H.E. Mr. Wang Yi, Minister of Foreign Affairs of the People's Republic "
            "of China.\n\n(1) The two ministers discussed the East China Sea.\n")
    meta = import_one(content, tmp_path / "in", "manila.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["taro-kono", "sergey-lavrov", "wang-yi"]
    assert (meta["time"], meta["duration_minutes"], meta["type"]) == ("16:05", 90, "foreign ministers' meeting")


def test_a_page_inside_an_aspnet_form_with_its_date_beside_the_share_buttons(content: Path, tmp_path: Path) -> None:
    lead = ("H.E. Mr. Fumio Kishida, Prime Minister of Japan, is on an Official Visit to India from 20-21 March 2023. "
            "Prime Minister Shri Narendra Modi held bilateral talks with Prime Minister Kishida at Hyderabad House in "
            "New Delhi today.")
    page = ("<html><head><title>MEA</title></head><body><form id='form1'><div class='menu'><a>Home</a></div>"
            "<div class='rightPanel' id='maincontent'><h3 class='articleHead'>Prime Minister's meeting with Prime "
            "Minister of Japan</h3><div class='dateShare'><span class='date'>March 20, 2023</span><ul "
            "class='shareIcons'><li><a>Facebook</a></li></ul></div><div class='articleContent'><p>" + lead + "</p>"
            "<p>2. The two leaders reviewed the progress in the India-Japan Special Strategic and Global Partnership, "
            "including in the areas of defence and security.</p></div></div></form></body></html>")
    meta = import_one(content, tmp_path / "in", "mea.html", page)
    assert meta["date"] == datetime.date(2023, 3, 20)
    assert sorted(p["official"] for p in meta["participants"]) == ["fumio-kishida", "narendra-modi"]


def test_links_to_other_stories_and_a_visits_range_do_not_lead_or_date_a_portal_story(
        content: Path, tmp_path: Path) -> None:
    text = ("Viet Nam, Japan agree to bring extensive strategic partnership to new height\n\n24/11/2021 10:12 PM\n\n"
            ">>> Japanese PM hosts official welcome ceremony for PM Pham Minh Chinh\n\n"
            "Following the official welcome ceremony at the Prime Minister's Office, Prime Minister Pham Minh Chinh, "
            "who is paying an official visit to Japan from November 22-25, held talks with Japanese Prime Minister "
            "Kishida Fumio.\n")
    meta = import_one(content, tmp_path / "in", "vgp.txt", text)
    assert meta["date"] == datetime.date(2021, 11, 24)
    assert len(meta["participants"]) == 2


def test_a_meeting_the_lead_recalls_from_earlier_that_day_names_its_people_as_mentioned(
        content: Path, tmp_path: Path) -> None:
    text = ("Courtesy Call on Prime Minister Abe by the Minister of Foreign Affairs of Chile\n\nMarch 4, 2019\n\n"
            "On March 4, commencing at 4:30 p.m. for approximately 20 minutes, Mr. Shinzo Abe, Prime Minister of "
            "Japan, received a courtesy call from H.E. Mr. Roberto Ampuero, Minister of Foreign Affairs of the "
            "Republic of Chile, who is visiting Japan. Earlier in the day, Minister Ampuero held a Japan-Chile "
            "Foreign Ministers' Meeting with Mr. Taro Kono, Minister for Foreign Affairs.\n\n"
            "1. Prime Minister Abe welcomed Minister Ampuero.\n")
    meta = import_one(content, tmp_path / "in", "recalled.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["shinzo-abe", "roberto-ampuero"]
    assert meta["mentioned"] == ["taro-kono"]


def test_a_delegation_listed_at_the_end_takes_part(content: Path, tmp_path: Path) -> None:
    text = ("Courtesy Call on Foreign Minister Kono by a Congressional Delegation\n\nFebruary 26, 2018\n\n"
            "On February 24, "
            "Mr. Taro Kono, Minister for Foreign Affairs, received a courtesy call from a delegation of the United "
            "States Congress, led by Senator James M. Inhofe.\n\n1. Minister Kono welcomed the delegation.\n\n"
            "[Reference] Members of Congress who attended the courtesy call\n(1) Senator James M. Inhofe\n"
            "(2) Senator Dan Sullivan\n(3) Representative Trent Kelly\n")
    meta = import_one(content, tmp_path / "in", "codel.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["taro-kono", "james-inhofe", "dan-sullivan",
                                                             "trent-kelly"]


def test_an_older_page_with_its_label_on_a_line_of_its_own_and_a_us_side(content: Path, tmp_path: Path) -> None:
    text = ("Japan-U.S. Summit Meeting\n(Outline)\n\nNovember 17, 2007\n\nOn November 16, Prime Minister Yasuo "
            "Fukuda held a summit meeting with President George W. Bush at the White House.\n\n(Attendees)\n"
            "U.S. side: Secretary of State Condoleezza Rice, and others\nJapanese side: Ambassador to the U.S. Ryozo "
            "Kato, and others\n\n1. The leaders discussed the Alliance.\n")
    meta = import_one(content, tmp_path / "in", "2007.txt", text)
    assert meta["title"] == "Japan-U.S. Summit Meeting (Outline)"
    assert [p["official"] for p in meta["participants"]] == ["yasuo-fukuda", "george-w-bush", "condoleezza-rice",
                                                             "ryozo-kato"]


def test_a_saved_page_titled_by_its_site_and_without_a_heading(content: Path, tmp_path: Path) -> None:
    page = ("<html><head><title>MOFA: Japan-India Summit Meeting (Summary)</title></head><body><table><tr><td>"
            "<p>On April 29, 2005, Prime Minister Junichiro Koizumi held a summit meeting with Dr. Manmohan Singh, "
            "Prime Minister of India, in New Delhi.</p><p>1. The leaders discussed the economy.</p></td></tr></table>"
            "</body></html>")
    assert import_one(content, tmp_path / "in", "2005.html", page)["title"] == "Japan-India Summit Meeting (Summary)"


def test_a_pages_summary_above_its_readout_is_not_the_lead(content: Path, tmp_path: Path) -> None:
    text = ("Skip to main content\nHome\nInternational\n\nPress release\n\nForeign Secretary’s call with Japanese "
            "Foreign Minister\n\nThe Foreign Secretary spoke to Japan’s Foreign Minister about security and Ukraine."
            "\n\n"
            "Published 18 July 2024\n\nForeign Secretary David Lammy spoke by phone with Japanese Foreign Minister "
            "Kamikawa Yoko on Wednesday 17 July.\n\nThey discussed Russia’s illegal war in Ukraine.\n")
    meta = import_one(content, tmp_path / "in", "uk.txt", text)
    assert meta["title"] == "Foreign Secretary’s call with Japanese Foreign Minister"
    assert (meta["date"], meta["type"]) == (datetime.date(2024, 7, 17), "telephone talk")
    assert [p["official"] for p in meta["participants"]] == ["david-lammy", "yoko-kamikawa"]


def test_a_title_made_from_the_lead_names_each_person_once(content: Path, tmp_path: Path) -> None:
    text = ("On June 14, 2019, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with Mr. Jeppe "
            "Kofod, Minister for Foreign Affairs of Denmark, and Mr. Taro Kono welcomed him to Tokyo.\n\n"
            "1. The two ministers confirmed close cooperation.\n")
    meta = import_one(content, tmp_path / "in", "untitled.txt", text)
    assert meta["title"] == "Foreign ministers' meeting: Taro Kono and Jeppe Kofod"


def test_a_news_style_release_with_a_capitals_dateline_and_a_credited_caption(content: Path, tmp_path: Path) -> None:
    text = ("Home / News / Releases\n\nPH, Japan Foreign Ministers Meet in Washington\n\n12 April 2024\n\n"
            "The two ministers shake hands before their bilateral meeting on 11 April 2024. (DFA photo)\n\n"
            "WASHINGTON, D.C. \u2014 Secretary for Foreign Affairs Enrique A. Manalo and Japanese Minister for "
            "Foreign Affairs KAMIKAWA Yoko held a 45-minute bilateral meeting on 11 April 2024, hours before the "
            "trilateral summit among President Ferdinand R. Marcos Jr., Prime Minister KISHIDA Fumio and President "
            "Joseph R. Biden Jr.\n\nThe two ministers discussed maritime cooperation.  END\n")
    meta = import_one(content, tmp_path / "in", "dfa.txt", text)
    assert meta["title"] == "PH, Japan Foreign Ministers Meet in Washington"
    assert (meta["date"], meta["duration_minutes"]) == (datetime.date(2024, 4, 11), 45)
    assert meta["location"] == "Washington, D.C., United States"
    assert [p["official"] for p in meta["participants"]] == ["enrique-manalo", "yoko-kamikawa"]
    assert sorted(meta["mentioned"]) == ["ferdinand-marcos-jr", "fumio-kishida", "joe-biden"]


def test_a_pages_trailing_furniture_and_a_day_first_dateline_are_kept_out_of_the_readout(content: Path,
                                                                                        tmp_path: Path) -> None:
    text = ("Media release\n\nAustralia-Japan Foreign Ministers' Meeting\n\n5 September 2024\n\nToday the Minister "
            "for Foreign Affairs, Senator the Hon Penny Wong, met Japan's Minister for Foreign Affairs, Kamikawa Yoko, "
            "in Canberra.\n\nThe ministers discussed the Pacific.\n\nMedia enquiries\n\n  \u2022 Minister's "
            "office: (02) 6277 7500\n\nShare this page\n\n  \u2022 Share on Facebook\n")
    meta = import_one(content, tmp_path / "in", "au.txt", text)
    comment, _, readout = meta["_body"].partition("-->")  # the page comment opens the body
    assert "The ministers discussed the Pacific." in readout and "6277" not in readout and "- " not in readout
    assert "5 September 2024" in comment and "6277 7500" in comment and "Share on Facebook" in comment


def test_a_release_under_a_sites_menu_with_a_byline_and_a_share_list(content: Path, tmp_path: Path) -> None:
    text = ("Skip to main content\nBeehive.govt.nz\nThe official website of the New Zealand Government\nSearch\nMenu\n"
            "Releases\n\nRelease\n\nNew Zealand and Japan to deepen strategic partnership\n\nRt Hon Jacinda Ardern\n"
            "Prime Minister\n\n21 April 2022\n\nPrime Minister Jacinda Ardern and Japanese Prime Minister Fumio "
            "Kishida have agreed to step up cooperation, following their first face-to-face meeting in Tokyo "
            "tonight.\n\nThe leaders discussed Ukraine.\n\nPortfolios\nPrime Minister\n\nShare\nFacebook\n"
            "Twitter\nLinkedIn\nEmail\n")
    meta = import_one(content, tmp_path / "in", "nz.txt", text)
    assert (meta["title"], meta["date"]) == ("New Zealand and Japan to deepen strategic partnership",
                                             datetime.date(2022, 4, 21))
    assert [p["official"] for p in meta["participants"]] == ["jacinda-ardern", "fumio-kishida"]
    assert "mentioned" not in meta and "LinkedIn" not in meta["_body"].partition("-->")[2]


def test_captions_credited_after_the_text_and_a_headlines_date_give_way_to_the_readout(content: Path,
                                                                                       tmp_path: Path) -> None:
    text = ("France and Japan\n\nFirst Franco-Japanese 2+2 meeting (Paris, 9 January 2014)\n\n"
            "Foreign Minister Fabius and Foreign Minister Kishida at the Quai d'Orsay\n"
            "Foreign Minister Fabius and Foreign Minister Kishida at the Quai d'Orsay, \u00a9 photothek.net\n\n"
            "Laurent Fabius, Minister of Foreign Affairs, received Mr Fumio Kishida, Minister for Foreign Affairs "
            "of Japan, at the Quai d'Orsay on 9 January. They discussed the situation after the summit between "
            "US President Barack Obama and North Korean leader Kim Jong Un.\n")
    meta = import_one(content, tmp_path / "in", "fr.txt", text)
    assert meta["title"] == "First Franco-Japanese 2+2 meeting (Paris, 9 January 2014)"
    assert meta["date"] == datetime.date(2014, 1, 9) and not any("year" in n for n in meta["review"])
    assert sorted(meta["mentioned"]) == ["barack-obama", "kim-jong-un"]


def test_a_government_that_writes_ha_noi_and_credits_its_photos_in_brackets(content: Path, tmp_path: Path) -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS OF VIET NAM\nHome > Press Center\n\nPM Nguyen Xuan Phuc holds talks with "
            "Japanese PM Suga Yoshihide\n\n19/10/2020\nThe two Prime Ministers at the talks. (Photo: VGP)\n"
            "Prime Minister Nguyen Xuan Phuc held talks with Japanese Prime Minister Suga Yoshihide in Ha Noi on "
            "October 19.\n\nThey discussed the East Sea.\n")
    meta = import_one(content, tmp_path / "in", "vn.txt", text)
    assert meta["title"] == "PM Nguyen Xuan Phuc holds talks with Japanese PM Suga Yoshihide"
    assert (meta["date"], meta["location"]) == (datetime.date(2020, 10, 19), "Hanoi, Viet Nam")


def test_a_wire_story_dated_in_its_lead_with_patronymic_names(content: Path, tmp_path: Path) -> None:
    text = ("Saudi Press Agency\n\nCrown Prince Receives Japanese Prime Minister, Holds Official Talks Session with "
            "Him\n\nJeddah, Dhu al-Hijjah 28, 1444, July 16, 2023, SPA -- His Royal Highness Prince Mohammed bin "
            "Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received Prime Minister of Japan Fumio "
            "Kishida at Al-Salam Palace in Jeddah today.\nPrime Minister Kishida conveyed greetings to the Custodian "
            "of the Two Holy Mosques King Salman bin Abdulaziz Al Saud.\nThe talks session was attended by Prince "
            "Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs; and Minister of Investment Eng. Khalid bin "
            "Abdulaziz Al-Falih.\n")
    meta = import_one(content, tmp_path / "in", "spa.txt", text)
    assert (meta["date"], meta["type"]) == (datetime.date(2023, 7, 16), "summit meeting")
    assert [p["official"] for p in meta["participants"]] == [
        "mohammed-bin-salman-bin-abdulaziz-al-saud", "fumio-kishida", "faisal-bin-farhan-bin-abdullah",
        "khalid-bin-abdulaziz-al-falih"]
    assert meta["mentioned"] == ["salman-bin-abdulaziz-al-saud"]


def test_a_lead_whose_subject_is_he_and_officials_who_were_present(content: Path, tmp_path: Path) -> None:
    text = ("State House Kenya\n\nPresident Ruto, Japanese PM Kishida agree to deepen ties\n\nMay 3, 2023\n\n"
            "Kenya and Japan have agreed to expand trade.\n\nPresident William Ruto said Kenya values Japan's "
            "partnership.\n\nHe spoke at State House, Nairobi, on Wednesday, when he held bilateral talks with "
            "Japanese Prime Minister Fumio Kishida.\n\nPresent were Foreign Affairs Cabinet Secretary Alfred "
            "Mutua.\n")
    meta = import_one(content, tmp_path / "in", "ke.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["william-ruto", "fumio-kishida", "alfred-mutua"]
    assert (meta["type"], meta["location"]) == ("summit meeting", "Nairobi, Kenya")


@pytest.mark.parametrize(("header", "lead", "day"), [
    ("Date  2020-09-24      Hit  1,482", "President Moon Jae-in held a telephone conversation with Prime Minister "
     "Suga Yoshihide of Japan from 11 a.m. today. Prime Minister Suga took office on September 16.", 24),
    ("Wednesday, 31 March 2021", "Foreign Minister Retno L.P. Marsudi held a meeting with Minister for Foreign "
     "Affairs of Japan Motegi Toshimitsu in Tokyo on Tuesday (30/3).", 30),
    ("Mon 17-07-2023 16:25 PM", "ABU DHABI, 17th July, 2023 (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan "
     "today received Fumio Kishida, Prime Minister of Japan.", 17),
    ("2023-07-15 00:36", "On July 14, Director Wang Yi met with Japanese Foreign Minister Yoshimasa Hayashi "
     "in Jakarta.", 14),
])
def test_datelines_as_other_governments_print_them(content: Path, tmp_path: Path, header: str, lead: str,
                                                   day: int) -> None:
    meta = import_one(content, tmp_path / "in", "dated.txt", f"A Meeting with Japan\n\n{header}\n\n{lead}\n")
    assert meta["date"].day == day and not any("year" in note for note in meta["review"])
    assert len(meta["participants"]) == 2


def test_a_series_label_over_the_title_and_a_state_after_the_city(content: Path, tmp_path: Path) -> None:
    text = ("[Prime Minister Abe's Visit to India]\n\nJapan-India Summit Meeting\n\nSeptember 14, 2017\n\nOn September "
            "14, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. Narendra Modi, Prime "
            "Minister of the Republic of India, at Mahatma Mandir in Gandhinagar, State of Gujarat.\n")
    meta = import_one(content, tmp_path / "in", "in.txt", text)
    assert (meta["title"], meta["location"]) == ("Japan-India Summit Meeting", "Gandhinagar, India")


def test_japan_time_stated_first_with_the_local_date_in_brackets(content: Path, tmp_path: Path) -> None:
    text = ("Japan-ROK Foreign Ministers' Meeting\n\nNovember 16, 2023\n\nOn November 16, commencing at 9:05 a.m. "
            "Japan time (4:05 p.m. on November 15, local time) for some 25 minutes, Ms. KAMIKAWA Yoko, Minister for "
            "Foreign Affairs of Japan, held a meeting with H.E. Dr. PARK Jin, Foreign Minister of the ROK.\n")
    meta = import_one(content, tmp_path / "in", "kr.txt", text)
    assert (meta["date"], meta["time"], meta["duration_minutes"]) == (datetime.date(2023, 11, 16), "09:05", 25)


def test_people_of_another_meeting_or_a_funeral_named_in_the_lead_are_mentioned(content: Path,
                                                                                tmp_path: Path) -> None:
    text = ("Readout of Vice President Harris's Meeting with Prime Minister Kishida\n\nJanuary 13, 2023\n\nThis "
            "morning, Vice President Kamala Harris hosted Prime Minister Kishida Fumio of Japan for breakfast, ahead "
            "of the Prime Minister's meeting with President Biden at the White House. The Vice President recalled "
            "that she led the U.S. delegation to the state funeral of former Prime Minister Abe Shinzo.\n")
    meta = import_one(content, tmp_path / "in", "vp.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["kamala-harris", "fumio-kishida"]
    assert sorted(meta["mentioned"]) == ["joe-biden", "shinzo-abe"]


def test_a_gov_uk_release_behind_a_cookie_banner_whose_subject_is_the_prime_minister(content: Path,
                                                                                      tmp_path: Path) -> None:
    text = ("Cookies on GOV.UK\nWe use some essential cookies to make this website work.\nAccept additional cookies\n"
            "Skip to main content\nGOV.UK\nPress release\nPM meeting with Prime Minister Abe of Japan: 5 May 2016\n"
            "The Prime Minister met Prime Minister Abe in Downing Street today to discuss the global economy.\n"
            "From:\nPrime Minister's Office, 10 Downing Street and The Rt Hon David Cameron MP\nPublished\n5 May 2016\n"
            "Share this page\nShare on Facebook (opens in new tab)\nShare on Twitter (opens in new tab)\n"
            "The leaders discussed the forthcoming G7 Summit in Ise-Shima and agreed that Putin's actions in "
            "Ukraine must be met with a firm and united response.\n")
    meta = import_one(content, tmp_path / "in", "uk.txt", text)
    assert meta["title"] == "PM meeting with Prime Minister Abe of Japan: 5 May 2016"
    assert [(p["official"], p.get("title")) for p in meta["participants"]] == [
        ("david-cameron", "Prime Minister"), ("shinzo-abe", "Prime Minister")]
    assert meta["type"] == "summit meeting" and meta["mentioned"] == ["vladimir-putin"]
    assert "G7 Summit in Ise-Shima" in meta["_body"].partition("-->")[2]


def test_numbered_photo_captions_with_an_unbracketed_credit_give_the_title(content: Path, tmp_path: Path) -> None:
    text = ("Countries & Regions\n\nSeptember 21, 2017\nphoto1:Japan-U.S.-ROK Summit Meeting Photo: Cabinet Public "
            "Relations Office\nphoto2: Japan-U.S.-ROK Summit Meeting Photo: Cabinet Public Relations Office\n\nOn "
            "September 21, Mr. Shinzo Abe, Prime Minister of Japan, held a Japan-U.S.-ROK Summit Meeting with the "
            "Honorable Donald J. Trump, President of the United States, and H.E. Mr. Moon Jae-in, President of the "
            "Republic of Korea.\n")
    assert import_one(content, tmp_path / "in", "c.txt", text)["title"] == "Japan-U.S.-ROK Summit Meeting"


def test_an_older_page_dated_first_with_a_summary_title_and_two_sessions(content: Path, tmp_path: Path) -> None:
    text = ("May 7, 2008\n\nJapan-China Summit Meeting (Summary)\n\n(Photo) Japan-China Summit Meeting\n\nOn May 7, "
            "Prime Minister Yasuo Fukuda held a summit meeting with H.E. Mr. Hu Jintao, President of the People's "
            "Republic of China. A small-group meeting was held from 10:40 to 11:25, followed by an expanded meeting "
            "for about 45 minutes.\n")
    meta = import_one(content, tmp_path / "in", "2008.txt", text)
    assert (meta["title"], meta["duration_minutes"]) == ("Japan-China Summit Meeting (Summary)", 90)


def test_news_stories_dated_by_their_opening_dateline_or_below_a_caption(content: Path, tmp_path: Path) -> None:
    jiji = ("(LEAD) Japan, U.S. Agree to Bolster Alliance at 2-Plus-2 Talks\n\n(ATTN: UPDATES with details)\n\n"
            "Politics Jan 12, 2023\n\nWashington, Jan. 11 (Jiji Press)--Japan and the United States agreed Wednesday "
            "to strengthen their alliance.\n\nJapanese Foreign Minister Yoshimasa Hayashi held talks with U.S. "
            "Secretary of State Antony Blinken at the State Department.\n")
    meta = import_one(content, tmp_path / "in", "jiji.txt", jiji)
    assert (meta["title"], meta["date"]) == ("Japan, U.S. Agree to Bolster Alliance at 2-Plus-2 Talks",
                                             datetime.date(2023, 1, 11))
    times = ("Japan and Australia sign new security pact\n\nPrime Minister Fumio Kishida and Australian Prime Minister "
             "Anthony Albanese exchange documents after signing a joint declaration in Perth on Saturday. | POOL\n\n"
             "Oct 22, 2022\n\nPERTH, AUSTRALIA – Prime Minister Fumio Kishida and his Australian counterpart, "
             "Anthony Albanese, signed a new joint declaration on security cooperation on Saturday.\n")
    meta = import_one(content, tmp_path / "in2", "times.txt", times)
    assert meta["date"] == datetime.date(2022, 10, 22)
    assert [p["official"] for p in meta["participants"]] == ["fumio-kishida", "anthony-albanese"]
    assert (meta["type"], meta["location"]) == ("summit meeting", "Perth, Australia")  # a counterpart's rank


def test_a_news_agencys_paraphrase_with_its_date_in_the_second_paragraph_imports(content: Path,
                                                                                 tmp_path: Path) -> None:
    text = ("TOKYO, (Kyodo) - Japanese Prime Minister Fumio Kishida and Philippine President-elect Ferdinand "
            "Marcos Jr. agreed in telephone talks on Friday to further strengthen bilateral ties.\n\nIn the roughly "
            "15-minute call held on the morning of May 20, Kishida congratulated Marcos on his victory.\n")
    meta = import_one(content, tmp_path / "in", "ph.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["fumio-kishida", "ferdinand-marcos-jr"]
    assert (meta["date"].month, meta["date"].day, meta["type"]) == (5, 20, "telephone talk")
    assert meta["duration_minutes"] == 15  # a wire story's second paragraph, "the roughly 15-minute call"
    assert any("paragraph after the lead" in note for note in meta["review"])
    assert any("year" in note and "check the date" in note for note in meta["review"])


def test_bad_files_are_reported_one_line_each_and_the_rest_import(content: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write(raw, "good.txt", readout())
    write(raw, "empty.txt", "")
    write(raw, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    write(raw, "shopping.txt", "Milk\nEggs\nBread\n")
    write(raw, "notes.md", "not a readout")
    write(raw, "nested.html", "<div>" * 3000 + readout() + "</div>" * 3000)
    report = import_sources([raw, tmp_path / "missing.txt"], content)
    assert [p.name for p in report.imported] == ["2021-03-03-japan-ukraine-foreign-ministers-telephone-talk.md"]
    failed = {e.path.name: e.message for e in report.failed}
    assert set(failed) == {"empty.txt", "binary.txt", "shopping.txt", "missing.txt", "nested.html"}
    assert "nests elements too deeply" in failed["nested.html"]
    assert all("\n" not in str(e) for e in report.failed)
    assert any("skipped 1 files" in w for w in report.warnings)


def test_encodings_bom_crlf_and_cp1252(content: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    text = readout(points=("Minister Motegi said Japan’s support would continue.",))
    write(raw, "bom.txt", "\ufeff" + text.replace("\n", "\r\n"))
    write(raw, "legacy.txt", text.replace("2021", "2020").replace("Dmytro", "Dmytro").encode("cp1252"))
    report = import_sources([raw], content)
    assert not report.failed
    assert report.warnings == (f"{raw / 'legacy.txt'}: not UTF-8, read as cp1252",)
    for meta in meetings(report).values():
        assert "Japan’s support" in meta["_body"] and "\r" not in meta["_body"]


def test_a_web_page_is_read_in_the_encoding_it_declares(content: Path, tmp_path: Path) -> None:
    text = readout(points=("Minister Motegi (茂木外務大臣) said Japan’s support would continue.",))
    paragraphs = "".join(f"<p>{part}</p>" for part in text.split("\n\n"))
    raw = tmp_path / "raw"
    write(raw, "sjis.html", f'<html><head><meta charset="Shift_JIS"></head><body>{paragraphs}</body></html>'
          .encode("shift_jis"))
    write(raw, "latin.htm", ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
                             f"</head><body>{paragraphs.replace('2021', '2020').replace('(茂木外務大臣) ', '')}"
                             "</body></html>").encode("cp1252"))
    report = import_sources([raw], content)
    assert not report.failed and not report.warnings
    bodies = {name: meta["_body"] for name, meta in meetings(report).items()}
    assert "(茂木外務大臣) said Japan’s support" in bodies["sjis.html"]
    assert "Motegi said Japan’s support" in bodies["latin.htm"]


def test_reimport_updates_in_place_and_keeps_hand_edits(content: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "raw", "talk.txt", readout())
    first = import_sources([source], content)
    path = first.imported[0]
    again = import_sources([source], content)
    assert again.imported == () and again.unchanged == (path,)
    edited = path.read_text(encoding="utf-8").replace("review: []", "review: []\naliases:\n- /old/url.html")
    path.write_text(edited, encoding="utf-8")
    officials = content / "officials.yaml"
    officials.write_text(officials.read_text(encoding="utf-8").replace(
        "toshimitsu-motegi:\n", "toshimitsu-motegi:\n  wikidata: Q1060990\n"), encoding="utf-8")
    source.write_text(readout(points=("The two ministers confirmed close cooperation.", "A second point.")))
    third = import_sources([source], content)
    assert third.updated == (path,) and third.imported == ()
    meta = meetings(third)["talk.txt"]
    assert meta["id"] == path.stem and meta["aliases"] == ["/old/url.html"]
    assert "2. A second point." in meta["_body"]
    assert read_yaml_mapping(officials).data["toshimitsu-motegi"]["wikidata"] == "Q1060990"


def test_same_title_same_day_gets_a_suffix(content: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write(raw, "a.txt", readout())
    write(raw, "b.txt", readout(points=("A different meeting later that day.",)))
    report = import_sources([raw], content)
    assert sorted(p.stem for p in report.imported) == [
        "2021-03-03-japan-ukraine-foreign-ministers-telephone-talk",
        "2021-03-03-japan-ukraine-foreign-ministers-telephone-talk-2",
    ]


def test_dry_run_writes_nothing(content: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "raw", "talk.txt", readout())
    report = import_sources([source], content, dry_run=True)
    assert len(report.imported) == 1
    assert not (content / "meetings").exists() and not (content / "officials.yaml").exists()


def test_progress_is_reported_per_file(content: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    for n in range(3):
        write(raw, f"{n}.txt", readout(lead=LEAD.replace("March 3", f"March {n + 3}")))
    calls: list[tuple[int, int]] = []
    import_sources([raw], content, on_progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_a_corrected_date_keeps_the_id_and_another_folders_file_of_the_same_name_does_not_overwrite(
        content: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "raw", "001.txt", readout())
    path = import_sources([source], content).imported[0]
    source.write_text(readout(lead=LEAD.replace("March 3, 2021", "March 4, 2021")), encoding="utf-8")
    corrected = import_sources([source], content)
    assert corrected.updated == (path,) and meetings(corrected)["001.txt"]["date"] == datetime.date(2021, 3, 4)
    other = write(tmp_path / "elsewhere", "001.txt", readout(lead=LEAD.replace("March 3", "May 9")).replace(
        "Japan-Ukraine Foreign Ministers' Telephone Talk", "Japan-Ukraine Summit Telephone Talk"))
    report = import_sources([other], content)
    assert [p.name for p in report.imported] == ["2021-05-09-japan-ukraine-summit-telephone-talk.md"]


KONO_POMPEO = ("Japan-U.S. Foreign Ministers' {kind}\n\n{dateline}On June {day}, commencing at 9:00 a.m. for "
               "approximately 20 minutes, Mr. Taro Kono, Minister for Foreign Affairs, held a {what} with the "
               "Honorable Mike Pompeo, Secretary of State of the United States.\n\n1. They discussed North Korea.\n")


def test_a_missing_year_comes_from_readouts_already_in_the_archive(content: Path, tmp_path: Path) -> None:
    dated = write(tmp_path / "one", "dated.txt", KONO_POMPEO.format(
        kind="Meeting", dateline="June 10, 2018\n\n", day=10, what="meeting"))
    assert len(import_sources([dated], content).imported) == 1
    undated = write(tmp_path / "two", "undated.txt", KONO_POMPEO.format(
        kind="Telephone Talk", dateline="", day=20, what="telephone talk"))
    found = meetings(import_sources([undated], content))["undated.txt"]
    assert found["date"] == datetime.date(2018, 6, 20)
    assert any("archive" in note for note in found["review"])


def test_a_two_word_surname_later_in_the_text_is_the_participant_not_someone_new(content: Path, tmp_path: Path) -> None:
    lead = ("On September 21, 2022, commencing at 5:40 p.m. for approximately 20 minutes, Mr. KISHIDA Fumio, Prime "
            "Minister of Japan, held a summit meeting with H.E. Mr. Luis Alberto Lacalle Pou, President of the "
            "Oriental Republic of Uruguay. The overview of the meeting is as follows.")
    path = write(tmp_path / "in", "uy.txt", readout(lead, ("President Lacalle Pou explained Uruguay's interest.",)))
    meta = meetings(import_sources([path], content))["uy.txt"]
    assert [p["official"] for p in meta["participants"]] == ["fumio-kishida", "luis-alberto-lacalle-pou"]
    assert "mentioned" not in meta


@pytest.mark.parametrize(("lead", "day", "kind"), [
    ("Secretary of State Antony J. Blinken spoke yesterday with Japanese Foreign Minister Hayashi Yoshimasa.",
     "2023-03-07", "telephone talk"),
    ("Secretary of State Antony J. Blinken met on Monday with Japanese Foreign Minister Hayashi Yoshimasa in New "
     "Delhi.", "2023-03-06", "foreign ministers' meeting"),
    ("Secretary of State Antony J. Blinken spoke with Japanese Foreign Minister Hayashi Yoshimasa in Tokyo today.",
     "2023-03-08", "foreign ministers' meeting"),
])
def test_days_and_calls_a_state_department_lead_implies(content: Path, tmp_path: Path, lead: str, day: str,
                                                        kind: str) -> None:
    text = f"Secretary Blinken's Meeting\n\nREADOUT\n\nMarch 8, 2023\n\n{lead} They discussed North Korea.\n"
    meta = import_one(content, tmp_path / "in", "state.txt", text)
    assert (str(meta["date"]), meta["type"]) == (day, kind)


def test_people_on_attendee_lines_after_the_lead_take_part(content: Path, tmp_path: Path) -> None:
    lead = ("On May 2, 2023, from 3:00 p.m. for about 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, received "
            "a courtesy call from H.E. Mr. Ali Sabry, Minister of Foreign Affairs of Sri Lanka. The overview is as "
            "follows.\n\nAttendees:\nJapanese side: Mr. KIHARA Seiji, Deputy Chief Cabinet Secretary\nSri Lankan side: "
            "H.E. Mr. Rodney Perera, Ambassador of Sri Lanka to Japan")
    meta = import_one(content, tmp_path / "in", "lk.txt", readout(lead))
    assert [(p["official"], p.get("title")) for p in meta["participants"]] == [
        ("fumio-kishida", "Prime Minister of Japan"), ("ali-sabry", "Minister of Foreign Affairs of Sri Lanka"),
        ("seiji-kihara", "Deputy Chief Cabinet Secretary"), ("rodney-perera", "Ambassador of Sri Lanka to Japan")]
    assert "mentioned" not in meta


def test_surname_mentions_with_a_bare_role_are_resolved_from_the_terms_of_office(content: Path,
                                                                                 tmp_path: Path) -> None:
    lead = ("On March 3, 2023, from 9:00 p.m. for about 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a "
            "telephone talk with H.E. Mr. Dmytro Kuleba, Minister for Foreign Affairs of Ukraine. The overview is as "
            "follows.")
    point = "Prime Minister Kishida said that Secretary Blinken and Ambassador Emanuel had visited Kyiv."
    meta = import_one(content, tmp_path / "in", "ua.txt", readout(lead, (point,)))
    assert meta["mentioned"] == ["antony-blinken", "rahm-emanuel"]


def test_a_leader_named_by_a_bare_surname_in_the_possessive_is_mentioned(content: Path, tmp_path: Path) -> None:
    lead = ("On May 11, 2022, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with H.E. Mr. Dmytro "
            "Kuleba, Minister for Foreign Affairs of Ukraine. The overview is as follows.")
    point = "The two sides condemned Putin’s war of aggression and Russia’s attacks on Kyiv; Japan’s support continues."
    meta = import_one(content, tmp_path / "in", "ua.txt", readout(lead, (point,)))
    assert meta["mentioned"] == ["vladimir-putin"]


def test_people_in_later_sentences_of_a_one_paragraph_readout_are_mentioned_not_present(content: Path,
                                                                                       tmp_path: Path) -> None:
    text = ("Secretary Pompeo's Meeting With Japanese Foreign Minister Kono\n\nReadout\n\nAugust 3, 2018\n\n"
            "Secretary of State Michael R. Pompeo met with Japanese Foreign Minister Taro Kono today in Singapore. "
            "They reaffirmed their commitment to the final, fully verified denuclearization of North Korea, as agreed "
            "to by Chairman Kim Jong Un. Deputy Chief of Mission Joseph Young also attended the meeting.\n")
    meta = import_one(content, tmp_path / "in", "sg.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["mike-pompeo", "taro-kono", "joseph-young"]
    assert meta["mentioned"] == ["kim-jong-un"]


@pytest.mark.parametrize("verb", ["exchanged views for about 30 minutes", "conversed for about 30 minutes"])
def test_a_lead_with_an_unusual_verb_still_imports(content: Path, tmp_path: Path, verb: str) -> None:
    lead = (f"On March 3, 2023, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, and H.E. Mr. Sameh "
            f"Hassan Shoukry, Minister of Foreign Affairs of the Arab Republic of Egypt, {verb} in Cairo.")
    text = f"Japan-Egypt Relations\n\nJapan-Egypt Foreign Ministers' Meeting\n\n{lead}\n\n1. They agreed.\n"
    meta = import_one(content, tmp_path / "in", "eg.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["yoshimasa-hayashi", "sameh-hassan-shoukry"]
    assert (str(meta["date"]), meta["duration_minutes"], meta["location"]) == ("2023-03-03", 30, "Cairo, Egypt")


def test_a_long_menu_above_the_readout_does_not_hide_it(content: Path, tmp_path: Path) -> None:
    menu = "\n".join(["Home", "About Us", "News", "World", "Asia", "Politics", "Business", "Technology", "Sports",
                      "Culture", "Opinion", "Video", "Podcasts", "Newsletters", "Subscribe", "Login", "Search", "Menu"])
    text = f"{menu}\n\nJapan-Ukraine Foreign Ministers' Telephone Talk\n\nMarch 3, 2021\n\n{LEAD}\n\n1. They agreed.\n"
    meta = import_one(content, tmp_path / "in", "menu.txt", text)
    assert meta["title"] == "Japan-Ukraine Foreign Ministers' Telephone Talk"
    assert str(meta["date"]) == "2021-03-03" and "Newsletters" in meta["_body"]


def test_a_large_import_shared_among_the_cores_writes_what_one_process_writes(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    sources = sorted((FIXTURES / "general").glob("*.txt"))
    trees = {}
    for name, parallel_from in (("alone", 10**6), ("shared", 1)):
        monkeypatch.setattr(ingest, "PARALLEL_FROM", parallel_from)
        monkeypatch.setattr(ingest, "CHUNK", 7)  # several rounds of workers, the last one short
        content = tmp_path / name / "content"
        content.mkdir(parents=True)
        shutil.copy(PROJECT / "content" / "issues.yaml", content / "issues.yaml")
        seen: list[tuple[int, int]] = []
        report = import_sources([*sources, tmp_path / "missing.txt"], content, on_progress=partial(_record, seen))
        assert len(report.imported) > 100 and len(report.failed) == 1
        assert seen[-1] == (len(sources), len(sources)) and seen == sorted(seen)
        trees[name] = {path.relative_to(content): path.read_bytes() for path in sorted(content.rglob("*"))
                       if path.is_file()}
    assert trees["shared"] == trees["alone"]


def _record(into: list[tuple[int, int]], done: int, total: int) -> None:
    into.append((done, total))


def test_a_visit_report_is_led_by_its_first_meeting_and_counts_the_later_ones(content: Path, tmp_path: Path) -> None:
    text = ("Visit to Indonesia by Mr. Toshihiro Nikai, Special Envoy of the Prime Minister\n\nJanuary 22, 2018\n\n"
            "From January 18 to 20, Mr. Toshihiro Nikai, Secretary-General of the Liberal Democratic Party, visited "
            "the Republic of Indonesia as Special Envoy of the Prime Minister of Japan. The overview of the visit is "
            "as follows.\n\n1. Courtesy call on President Joko Widodo\n\nOn January 19, Special Envoy Nikai paid a "
            "courtesy call on H.E. Mr. Joko Widodo, President of the Republic of Indonesia, and handed over a letter "
            "from Mr. Shinzo Abe, Prime Minister of Japan.\n\n2. Meeting with Vice President Jusuf Kalla\n\nOn "
            "January 20, Special Envoy Nikai held a meeting with H.E. Mr. Jusuf Kalla, Vice President of the "
            "Republic of Indonesia.\n")
    meta = import_one(content, tmp_path / "in", "visit.txt", text)
    assert (str(meta["date"]), meta["type"], meta["location"]) == ("2018-01-19", "courtesy call", "Indonesia")
    assert [p["official"] for p in meta["participants"]] == ["toshihiro-nikai", "joko-widodo", "jusuf-kalla"]
    assert meta["mentioned"] == ["shinzo-abe"]


def test_a_lead_that_names_the_meeting_before_the_people(content: Path, tmp_path: Path) -> None:
    text = ("The 9th Foreign Ministers' Meeting of the \"Central Asia plus Japan\" Dialogue\n\nDecember 24, 2022\n\n"
            "On December 24, commencing at 10:00 a.m. for approximately two hours, the 9th Foreign Ministers' Meeting "
            "of the \"Central Asia plus Japan\" Dialogue was held at the Iikura House in Tokyo. The meeting was "
            "chaired by Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, and attended by H.E. Mr. "
            "Mukhtar Tileuberdi, Minister of Foreign Affairs of the Republic of Kazakhstan, and H.E. Mr. Jeenbek "
            "Kulubaev, Minister of Foreign Affairs of the Kyrgyz Republic.\n\n1. Opening remarks\n\nMinister "
            "Hayashi welcomed the two Ministers to Tokyo, and held a discussion on regional cooperation.\n")
    meta = import_one(content, tmp_path / "in", "ca.txt", text)
    assert (meta["time"], meta["duration_minutes"], meta["type"]) == ("10:00", 120, "foreign ministers' meeting")
    assert [p["official"] for p in meta["participants"]] == ["yoshimasa-hayashi", "mukhtar-tileuberdi",
                                                             "jeenbek-kulubaev"]
    virtual = text.replace("was held at the Iikura House in Tokyo", "was held in virtual form")
    assert import_one(content, tmp_path / "in2", "ca.txt", virtual)["type"] == "video conference"


def test_a_long_heading_is_the_title_and_junior_foreign_ministers_meet_as_foreign_ministers(
        content: Path, tmp_path: Path) -> None:
    title = ("Meeting between State Minister for Foreign Affairs SUZUKI Keisuke and His Excellency Mr. Kamal "
             "Ismail Saeed, State Minister of Foreign Affairs of the Republic of the Sudan (Overview)")
    text = (f"Press Releases\n\n{title}\n\nApril 20, 2020\n\nOn April 20, commencing at 4:30 p.m. for approximately "
            "30 minutes, Mr. SUZUKI Keisuke, State Minister for Foreign Affairs, held a meeting with H.E. Mr. Kamal "
            "Ismail Saeed, State Minister of Foreign Affairs of the Republic of the Sudan.\n")
    meta = import_one(content, tmp_path / "in", "sd.txt", text)
    assert len(title) > 160 and meta["title"] == title
    assert meta["type"] == "foreign ministers' meeting"


def test_a_white_house_dateline_a_between_range_and_a_name_with_del(content: Path, tmp_path: Path) -> None:
    text = ("BRIEFING ROOM\n\nReadout of President Joseph R. Biden, Jr. Call with Prime Minister Kishida Fumio of "
            "Japan\n\nOCTOBER 04, 2021•STATEMENTS AND RELEASES\n\nPresident Joseph R. Biden, Jr. spoke today with "
            "Prime Minister Kishida Fumio of Japan to congratulate him on his election.\n")
    assert str(import_one(content, tmp_path / "wh", "wh.txt", text)["date"]) == "2021-10-04"
    text = ("Japan-Philippines Foreign Ministers' Meeting\n\nJanuary 10, 2013\n\nOn January 10, between around 6 "
            "p.m. and around 7 p.m., Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held a meeting with "
            "H.E. Mr. Albert F. del Rosario, Secretary of Foreign Affairs of the Republic of the Philippines.\n")
    meta = import_one(content, tmp_path / "ph", "ph.txt", text)
    assert (meta["time"], meta["duration_minutes"]) == ("18:00", 60)
    assert [p["official"] for p in meta["participants"]] == ["fumio-kishida", "albert-del-rosario"]


def test_leaders_of_a_country_and_religious_titles_are_named(content: Path, tmp_path: Path) -> None:
    text = ("Japan-Iran Summit Meeting\n\nJune 12, 2019\n\nOn June 12, Mr. Shinzo Abe, Prime Minister of Japan, who "
            "was visiting Tehran, the Islamic Republic of Iran, held a summit meeting with H.E. Dr. Hassan Rouhani, "
            "President of the Islamic Republic of Iran.\n\n1. Prime Minister Abe explained his talks with President "
            "Trump of the United States, and said he would meet H.E. Ayatollah Seyyed Ali Khamenei, Supreme Leader "
            "of Iran, on June 13.\n")
    meta = import_one(content, tmp_path / "ir", "ir.txt", text)
    assert sorted(meta["mentioned"]) == ["ali-khamenei", "donald-trump"]


def test_a_venue_in_the_paragraph_after_the_lead_places_a_visit(content: Path, tmp_path: Path) -> None:
    text = ("Japan-ROK Summit Meeting and Other Events\n\nMarch 16, 2023\n\nOn March 16, 2023, Prime Minister "
            "Kishida held a Japan-ROK Summit Meeting with H.E. Mr. Yoon Suk Yeol, President of the Republic of "
            "Korea, who was visiting Japan.\n\nThe two leaders attended a guard of honor ceremony at the Prime "
            "Minister’s Office, and then held a summit meeting.\n")
    assert import_one(content, tmp_path / "kr", "kr.txt", text)["location"] == "Tokyo, Japan"


def test_a_part_of_the_meeting_a_photo_session_caption_and_an_accompanied_leader(content: Path,
                                                                                  tmp_path: Path) -> None:
    text = ("Japan-Australia Relations\n\nMay 24, 2022\nPhoto session before the Japan-Australia Summit Meeting "
            "(Photo: Cabinet Public Relations Office)\n(Photo) Japan-Australia Summit Meeting (Photo: Cabinet Public "
            "Relations Office)\n\nOn May 24, commencing at 4:46 p.m. for approximately 75 minutes, Mr. KISHIDA "
            "Fumio, Prime Minister of Japan, held a Japan-Australia Summit Meeting with the Hon. Anthony Albanese MP, "
            "Prime Minister of the Commonwealth of Australia. The first approximately 20 minutes of the meeting were "
            "held between the two leaders only.\n")
    meta = import_one(content, tmp_path / "au", "au.txt", text)
    assert (meta["title"], meta["duration_minutes"]) == ("Japan-Australia Summit Meeting", 75)
    text = ("Japan-Australia Foreign Ministers’ Informal Talk\n\nMay 24, 2022\n\nPrior to the Japan-Australia Summit "
            "Meeting on May 24, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held an informal talk "
            "with Senator the Hon. Penny Wong, Minister for Foreign Affairs of the Commonwealth of Australia, who is "
            "accompanying the Hon. Anthony Albanese MP, Prime Minister of Australia, on his visit to Japan.\n")
    meta = import_one(content, tmp_path / "fm", "fm.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["yoshimasa-hayashi", "penny-wong"]
    assert meta["mentioned"] == ["anthony-albanese"] and meta["type"] == "foreign ministers' meeting"


def test_a_restored_relations_anniversary_dates_the_year_and_an_architect_is_no_official(content: Path,
                                                                                          tmp_path: Path) -> None:
    text = ("Japan-Poland Foreign Ministers’ Meeting\n\nOn April 4, commencing at 10:00 a.m. for approximately 70 "
            "minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a Japan-Poland Foreign "
            "Ministers’ Meeting with H.E. Mr. Zbigniew RAU, Minister of Foreign Affairs of the Republic of Poland.\n\n"
            "1. The two Ministers welcomed that this year marks the 65th anniversary of the restoration of diplomatic "
            "relations between Japan and Poland. Minister Rau praised the late Japanese architect Mr. Kisho Kurokawa."
            "\n")
    meta = import_one(content, tmp_path / "pl", "pl.txt", text)
    assert str(meta["date"]) == "2022-04-04"
    assert not meta.get("mentioned")


def test_a_page_converted_to_markdown_keeps_its_title_without_the_heading_mark(content: Path, tmp_path: Path) -> None:
    text = ("[Home](https://www.mofa.go.jp/) > [Ukraine](https://www.mofa.go.jp/region/europe/ua/)\n\n# Japan-Ukraine "
            "Foreign Ministers’ Meeting\n\nJanuary 7, 2024\n\nOn January 7, Ms. KAMIKAWA Yoko, Minister for Foreign "
            "Affairs of Japan, held a meeting with H.E. Mr. Dmytro Kuleba, Minister for Foreign Affairs of Ukraine.\n")
    assert import_one(content, tmp_path / "md", "md.txt", text)["title"] == "Japan-Ukraine Foreign Ministers’ Meeting"


def test_a_text_browser_dump_leaves_its_link_numbers_footer_and_references_out(content: Path, tmp_path: Path) -> None:
    text = ("   [1]Home [2]Foreign Policy [3]Countries & Regions\n\n   [4]Home > [5]Asia > [6]Philippines\n\n"
            "Japan-Philippines Foreign Ministers' Meeting\n\n   January 10, 2013\n\n   On January 10, commencing at "
            "9:45 a.m. (local time) for approximately one\n   hour and 10 minutes, Mr. Fumio Kishida, Minister for "
            "Foreign Affairs of\n   Japan, held a foreign ministers' meeting with H.E. Mr. Albert F. del Rosario,\n"
            "   Secretary of Foreign Affairs of the Republic of the Philippines.\n\n   1. Bilateral Relations\n\n"
            "   2. Regional Situation\n\n   [7]Back to Asia\n\n   [8]Page Top\n\n   [9]Legal Matters [10]Help\n\n"
            "   Copyright(C):2013 Ministry of Foreign Affairs of Japan\n\nReferences\n\n"
            "   1. https://www.mofa.go.jp/index.html\n   2. https://www.mofa.go.jp/policy/index.html\n")
    meta = import_one(content, tmp_path / "lx", "lx.txt", text)
    body = meta["_body"].split("-->")[-1]
    assert meta["title"] == "Japan-Philippines Foreign Ministers' Meeting" and meta["duration_minutes"] == 70
    assert len(re.findall(r"(?m)^\d+\. ", body)) == 2
    assert "Copyright" not in body and "https://" not in body and "[7]" not in meta["_body"]


def test_those_who_attended_the_meal_after_the_meeting_took_part(content: Path, tmp_path: Path) -> None:
    text = ("Japan-U.S. Summit Meeting\n\nFebruary 10, 2017\n\nOn February 10, commencing at 12:10 p.m. for "
            "approximately 40 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a Japan-U.S. Summit Meeting "
            "with Mr. Donald J. Trump, President of the United States of America, at the White House.\n\n"
            "1. The two leaders confirmed the importance of the Japan-U.S. Alliance.\n\n2. Following the joint press "
            "conference, the two leaders held a working lunch. In addition to the two leaders, the working lunch "
            "was attended on the Japanese side by Mr. Taro Aso, Deputy Prime Minister and Minister of Finance, and "
            "on the U.S. side by the Honorable Michael R. Pence, Vice President of the United States.\n")
    meta = import_one(content, tmp_path / "us", "us.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["shinzo-abe", "donald-trump", "taro-aso", "mike-pence"]
    assert meta["duration_minutes"] == 40


def test_other_ministries_formats_of_names_datelines_and_titles(content: Path, tmp_path: Path) -> None:
    text = ("PRESS RELEASE\n\nVisit to Brazil of the Minister of Foreign Affairs of the Russian Federation, Sergey "
            "Lavrov – Brasília, April 17, 2023\n\nPublished Apr 17, 2023 07h48 PM Updated Apr 18, 2023 10h12 AM\n\n"
            "The Minister of Foreign Affairs, Ambassador Mauro Vieira, received today, April 17, at the Itamaraty "
            "Palace, the Minister of Foreign Affairs of the Russian Federation, Sergey Viktorovich Lavrov.\n")
    meta = import_one(content, tmp_path / "br", "br.txt", text)
    assert str(meta["date"]) == "2023-04-17" and meta["title"].endswith("– Brasília, April 17, 2023")
    text = ("Foreign Minister Mondino met with her Japanese counterpart in Tokyo\n\nThursday 21 March 2024\n\nThe "
            "Minister of Foreign Affairs, International Trade and Worship, Diana Mondino, held a bilateral meeting "
            "today with the Minister for Foreign Affairs of Japan, Yoko Kamikawa in Tokyo.\n")
    meta = import_one(content, tmp_path / "ar", "ar.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["diana-mondino", "yoko-kamikawa"]
    text = ("No:228/24, Press release on the negotiations between the Foreign Ministers of Azerbaijan and Armenia\n\n"
            "11 May 2024\n\nOn May 10, 2024, negotiations were held in Almaty between the delegations of the two "
            "countries headed by the Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov and "
            "the Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan, who had landed at the "
            "Presidential Wing of the Nnamdi Azikiwe International Airport.\n")
    meta = import_one(content, tmp_path / "az", "az.txt", text)
    assert meta["title"].startswith("Press release on the negotiations") and "No:228/24" in meta["_body"]
    assert [p["official"] for p in meta["participants"]] == ["jeyhun-bayramov", "ararat-mirzoyan"]
    assert not meta.get("mentioned")


def test_a_length_in_compound_words_an_ambassador_of_a_country_to_another_and_an_election_dating_the_year(
        content: Path, tmp_path: Path) -> None:
    text = ("Japan-U.S. Foreign Ministerial Meeting\n\nJanuary 12, 2010\n\nOn Tuesday, Foreign Minister Katsuya Okada "
            "held a meeting with Secretary of State Hillary Rodham Clinton for approximately seventy-five minutes "
            "beginning at 10:05 A.M. local time. (Attending on the Japanese side was Ambassador of Japan to the "
            "United States Fujisaki, among others.)\n")
    meta = import_one(content, tmp_path / "us", "us.txt", text)
    assert meta["duration_minutes"] == 75
    assert [p["official"] for p in meta["participants"]] == ["katsuya-okada", "hillary-clinton", "ichiro-fujisaki"]
    text = ("Japan-Australia Summit Meeting\n\nOn May 24, commencing at 4:45 p.m., Mr. KISHIDA Fumio, Prime Minister "
            "of Japan, held a summit meeting with the Hon. Anthony Albanese MP, Prime Minister of Australia.\n\n1. "
            "Prime Minister Kishida congratulated Prime Minister Albanese on the victory of the Australian Labor "
            "Party in the federal election held on May 21 and on his inauguration as Prime Minister.\n")
    assert str(import_one(content, tmp_path / "au", "au.txt", text)["date"]) == "2022-05-24"


def test_an_archived_state_department_page_and_detained_citizens(content: Path, tmp_path: Path) -> None:
    crumbs = " » ".join(["Home", "Under Secretary for Public Diplomacy and Public Affairs", "Bureau of Public Affairs",
                         "Bureau of Public Affairs: Office of Press Relations", "Press Releases: Office of the "
                         "Spokesperson", "2015", "May", "Secretary Kerry's Meeting With Foreign Minister Yun"])
    text = ("This is an archive of information published on the State Department website from January 20, 2009 to "
            "January 20, 2017. Please see www.state.gov for current information.\n\n" + crumbs + "\n\nSecretary "
            "Kerry's Meeting With Republic of Korea Foreign Minister Yun Byung-se\n\nReadout\nOffice of the "
            "Spokesperson\nSeoul, South Korea\nMay 18, 2015\n\nSecretary Kerry met today with Republic of Korea "
            "Foreign Minister Yun Byung-se at the Ministry of Foreign Affairs in Seoul. The Secretary raised the "
            "cases of American citizens Ms Jane Roe and Dr John Doe, who remain detained.\n")
    meta = import_one(content, tmp_path / "st", "st.txt", text)
    assert (str(meta["date"]), meta["title"]) == (
        "2015-05-18", "Secretary Kerry's Meeting With Republic of Korea Foreign Minister Yun Byung-se")
    assert [p["official"] for p in meta["participants"]] == ["john-kerry", "yun-byung-se"]
    assert not meta.get("mentioned")


def test_a_prime_ministers_day_page_and_an_embassys_courtesy_call_page(content: Path, tmp_path: Path) -> None:
    text = ("Home > News > The Prime Minister in Action > July 2014 > Visit to Australia - Second Day\nThe Prime "
            "Minister in Action\nVisit to Australia - Second Day\nTuesday, July 8, 2014\n\nPrime Minister Shinzo Abe, "
            "who is visiting Australia, spent the second day of his visit in Canberra.\n\nIn the morning, the Prime "
            "Minister attended a welcome ceremony at Parliament House.\n\nFollowing this, the Prime Minister held a "
            "Japan-Australia Summit Meeting with the Hon. Tony Abbott MP, Prime Minister of Australia.\n")
    meta = import_one(content, tmp_path / "kt", "kt.txt", text)
    assert (meta["title"], meta["location"]) == ("Visit to Australia - Second Day", "Canberra, Australia")
    assert [p["official"] for p in meta["participants"]] == ["shinzo-abe", "tony-abbott"]
    text = ("Ambassador's Activities\n\nAmbassador SUZUKI Hiroshi's courtesy call on the Chief Minister of Tripura\n\n"
            "2023/4/11\n\nPhoto: The meeting at the Chief Minister's Office\n\nOn April 11, 2023, Mr. SUZUKI "
            "Hiroshi, Ambassador of Japan to India, paid a courtesy call on Prof. (Dr.) Manik Saha, Chief Minister "
            "of Tripura.\n")
    title = import_one(content, tmp_path / "em", "em.txt", text)["title"]
    assert title == "Ambassador SUZUKI Hiroshi's courtesy call on the Chief Minister of Tripura"


def test_releases_dated_between_labels_or_at_their_foot_and_titled_under_a_label(content: Path,
                                                                                 tmp_path: Path) -> None:
    lead = ("Foreign Secretary Marcelo Ebrard met today in Tokyo with the Minister for Foreign Affairs of Japan, "
            "Yoshimasa Hayashi.")
    text = (f"Foreign Secretary Ebrard meets Minister Hayashi\n\nSecretaría de Relaciones Exteriores | September 26, "
            f"2022\n\n{lead}\n")
    assert str(import_one(content, tmp_path / "mx", "mx.txt", text)["date"]) == "2022-09-26"
    text = (f"PRESS RELEASE\n\nCOURTESY CALL BY THE MINISTER\n\n1. {lead}\n\nMINISTRY OF FOREIGN AFFAIRS\nPUTRAJAYA"
            "\n\n11 July 2018\n")
    assert str(import_one(content, tmp_path / "my", "my.txt", text)["date"]) == "2018-07-11"
    text = (f"Ministerio de Asuntos Exteriores y de Cooperación\n\nPRESS RELEASE No. 001\n\n08/01/2014\n\nEbrard and "
            f"Hayashi agree to open a security dialogue\n\n{lead}\n")
    assert import_one(content, tmp_path / "es", "es.txt", text)["title"] == (
        "Ebrard and Hayashi agree to open a security dialogue")


def test_a_visit_with_two_adjectives_places_the_meeting(content: Path, tmp_path: Path) -> None:
    text = ("Japan-Philippines Summit Meeting\n\nSeptember 27, 2011\n\nOn Tuesday, September 27, from 5:50 p.m. for "
            "approximately 65 minutes, Mr. Yoshihiko Noda, Prime Minister of Japan, held a summit meeting with H.E. "
            "Mr. Benigno S. Aquino III, President of the Republic of the Philippines, who is on an Official Working "
            "Visit to Japan.\n")
    assert import_one(content, tmp_path / "ph", "ph.txt", text)["location"] == "Japan"


def test_the_meetings_own_date_over_a_visits_range_and_a_total_over_its_sessions(content: Path,
                                                                                 tmp_path: Path) -> None:
    text = ("The Eighth Japan-India Foreign Ministers' Strategic Dialogue\n\nJanuary 17, 2015\n\nMr. Fumio Kishida, "
            "Minister for Foreign Affairs of Japan, who is visiting the Republic of India from January 16 to 18, held "
            "the Eighth Japan-India Foreign Ministers’ Strategic Dialogue with H.E. Ms. Sushma Swaraj, Minister of "
            "External Affairs of India, at Hyderabad House in New Delhi on Saturday, January 17, for approximately "
            "85 minutes in total. It consisted of a small group meeting (approximately 25 minutes) and an expanded "
            "meeting (approximately 60 minutes).\n")
    meta = import_one(content, tmp_path / "in", "in.txt", text)
    assert (str(meta["date"]), meta["duration_minutes"]) == ("2015-01-17", 85)


def test_a_lead_opened_by_its_city_and_date_is_read_as_a_filed_story(content: Path, tmp_path: Path) -> None:
    text = ("Foreign Minister Ribera meets with his Japanese counterpart\n\n"
            "Nagoya, 22 November 2019.- On the sidelines of the G20 Foreign Ministers’ Meeting, Foreign Minister "
            "Teodoro Ribera held a bilateral meeting this Friday with the Minister for Foreign Affairs of Japan, "
            "Toshimitsu Motegi.\n\nDuring the meeting, which lasted about twenty minutes, Foreign Minister Ribera "
            "informed his counterpart about the situation.\n")
    meta = import_one(content, tmp_path / "cl", "cl.txt", text)
    assert (meta["location"], meta["duration_minutes"]) == ("Nagoya, Japan", 20)


def test_a_visit_the_lead_recalls_in_a_later_sentence_is_another_event(content: Path, tmp_path: Path) -> None:
    text = ("Japan-India Foreign Ministers' Strategic Dialogue\n\nJanuary 17, 2015\n\n"
            "On January 17, Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held the Strategic Dialogue with "
            "H.E. Ms. Sushma Swaraj, Minister of External Affairs of India. This Dialogue was the first to be held "
            "since the partnership was upgraded during the visit to Japan by H.E. Mr. Narendra Modi, Prime Minister "
            "of India, last year.\n")
    meta = import_one(content, tmp_path / "in", "in.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["fumio-kishida", "sushma-swaraj"]
    assert meta["mentioned"] == ["narendra-modi"]


def test_a_whole_broken_down_into_its_parts_and_times_in_the_paragraph_after(content: Path,
                                                                              tmp_path: Path) -> None:
    text = ("Japan-Russia “2+2”\n\nNovember 2, 2013\n\nOn November 2, commencing at 4:00 p.m. for approximately four "
            "hours, Mr. Fumio Kishida, Minister for Foreign Affairs, held the first Japan-Russia “2+2” with H.E. Mr. "
            "Sergey Viktorovich Lavrov, Minister of Foreign Affairs of the Russian Federation, and H.E. Mr. Sergey "
            "Kuzhugetovich Shoigu, Minister of Defence. The ministers first held a small group meeting for "
            "approximately 35 minutes, then a plenary session for approximately two hours. This “2+2” was held in "
            "accordance with the agreement reached between Prime Minister Shinzo Abe and President Vladimir Putin in "
            "April.\n")
    meta = import_one(content, tmp_path / "ru", "ru.txt", text)
    assert meta["duration_minutes"] == 240
    assert [p["official"] for p in meta["participants"]] == ["fumio-kishida", "sergey-lavrov",
                                                             "sergey-shoigu"]
    assert sorted(meta["mentioned"]) == ["shinzo-abe", "vladimir-putin"]
    text = ("Japan-Australia Summit Video Teleconference Meeting\n\nJanuary 6, 2022\n\n"
            "On January 6, Mr. KISHIDA Fumio, Prime Minister of Japan, held a Japan-Australia Summit Video "
            "Teleconference Meeting with the Hon. Scott Morrison MP, Prime Minister of Australia.\n\n"
            "First, from 1:00 p.m. for approximately 15 minutes, the two leaders attended the signing ceremony. "
            "Subsequently, from 1:25 p.m. for approximately 105 minutes, the two leaders held the meeting.\n")
    meta = import_one(content, tmp_path / "au", "au.txt", text)
    assert (meta["time"], meta["duration_minutes"]) == ("13:00", 120)


def test_a_long_menu_before_the_lead_a_filed_date_and_the_people_of_an_event_ahead(content: Path,
                                                                                   tmp_path: Path) -> None:
    menu = "\n".join(f"  • Province {chr(65 + n // 26)}{chr(97 + n % 26)}" for n in range(63))
    text = (f"Viet Nam, Japan agree to deepen ties\n\n{menu}\n\nVGP – Prime Minister Pham Minh Chinh and his Japanese "
            "counterpart Kishida Fumio held talks in Tokyo on November 24, 2021.\n")
    meta = import_one(content, tmp_path / "vn", "vn.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["pham-minh-chinh", "fumio-kishida"]
    text = ("Philippines and Japan Foreign Ministers Meet\n\nPublished: 12 April 2024\n\nWASHINGTON D.C. 11 April 2024 "
            "— Secretary for Foreign Affairs Enrique A. Manalo held a bilateral meeting with Japanese Minister for "
            "Foreign Affairs Kamikawa Yoko this morning, ahead of the Trilateral Leaders’ Summit of President "
            "Ferdinand R. Marcos Jr., Prime Minister Kishida Fumio and President Joseph R. Biden Jr. at the White "
            "House.\n")
    meta = import_one(content, tmp_path / "ph", "ph.txt", text)
    assert str(meta["date"]) == "2024-04-11"
    assert [p["official"] for p in meta["participants"]] == ["enrique-manalo", "yoko-kamikawa"]
    assert sorted(meta["mentioned"]) == ["ferdinand-marcos-jr", "fumio-kishida", "joe-biden"]


def test_a_session_in_brackets_after_the_length_is_part_of_it(content: Path, tmp_path: Path) -> None:
    text = ("Japan-China Foreign Ministers' Meeting\n\nApril 2, 2023\n\n"
            "On April 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. "
            "Qin Gang, Minister of Foreign Affairs of China, for approximately three hours (including a small-group "
            "meeting of approximately one hour), followed by a working lunch for approximately 45 minutes.\n")
    assert import_one(content, tmp_path / "cn", "cn.txt", text)["duration_minutes"] == 225


def test_a_date_in_a_clause_about_a_person_is_not_the_meetings(content: Path, tmp_path: Path) -> None:
    text = ("Outcome of ROK-Japan Foreign Ministers’ Meeting\n\n1. Foreign Minister Kang Kyung-wha held a meeting with "
            "Foreign Minister Taro Kono of Japan, who took office on August 3, at the Philippine International "
            "Convention Center in Manila at 7:45 p.m. on August 7, 2017.\n")
    assert str(import_one(content, tmp_path / "kr", "kr.txt", text)["date"]) == "2017-08-07"


def test_an_anniversary_this_year_after_its_event_and_ambassadors_by_surname(content: Path, tmp_path: Path) -> None:
    text = ("Japan-UAE Foreign Ministers’ Telephone Talk\n\nOn January 28, commencing at 3:15 p.m., Mr. HAYASHI "
            "Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with H.H. Sheikh Abdullah bin "
            "Zayed Al Nahyan, Minister of Foreign Affairs of the United Arab Emirates.\n\n1. The two ministers "
            "confirmed that, on the occasion of the 50th anniversary of the establishment of diplomatic relations "
            "between Japan and the UAE this year, they would promote cooperation.\n")
    assert str(import_one(content, tmp_path / "ae", "ae.txt", text)["date"]) == "2022-01-28"
    text = ("Japan-U.S. Foreign Ministers' Meeting\n\nOctober 27, 2010\n\nOn October 27, Mr. Seiji Maehara, Minister "
            "for Foreign Affairs of Japan, held a meeting with the Honorable Hillary Rodham Clinton, Secretary of "
            "State (attending on the U.S. side was Ambassador to Japan Roos, among others; attending on the Japanese "
            "side was Ambassador to the U.S. Fujisaki, among others).\n")
    meta = import_one(content, tmp_path / "us", "us.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["seiji-maehara", "hillary-clinton", "john-roos",
                                                             "ichiro-fujisaki"]


def test_a_lead_naming_two_meetings_timed_in_their_headings(content: Path, tmp_path: Path) -> None:
    text = ("Courtesy Calls on Prime Minister Sonexay and President Xaysomphone by Foreign Minister Kamikawa\n\n"
            "October 12, 2023\n\nOn October 12, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, paid "
            "courtesy calls on H.E. Mr. Sonexay SIPHANDONE, Prime Minister of the Lao PDR, and H.E. Mr. Xaysomphone "
            "PHOMVIHANE, President of the National Assembly of the Lao PDR.\n\n1. Courtesy call on Prime Minister "
            "Sonexay (commencing at 9:30 a.m. for approximately 35 minutes)\n\n(1) Minister Kamikawa stated her "
            "hopes.\n\n2. Courtesy call on President Xaysomphone (commencing at 11:00 a.m. for approximately 30 "
            "minutes)\n\n(1) President Xaysomphone welcomed the visit.\n")
    meta = import_one(content, tmp_path / "la", "la.txt", text)
    assert (meta["time"], meta["duration_minutes"]) == ("09:30", 65)


def test_each_sides_head_of_a_dialogue_takes_part(content: Path, tmp_path: Path) -> None:
    text = ("The Second Japan-Philippines Vice-Ministerial Strategic Dialogue\n\nJuly 16, 2013\n\nOn July 16, the "
            "Second Japan-Philippines Vice-Ministerial Strategic Dialogue was held at the Ministry of Foreign Affairs "
            "in Tokyo. The Japanese side was headed by Mr. Shinsuke Sugiyama, Deputy Minister for Foreign Affairs, and "
            "attended by Mr. Junichi Ihara, Director-General of the Asian and Oceanian Affairs Bureau. The Philippine "
            "side was headed by Mr. Evan P. Garcia, Undersecretary for Policy, and attended by H.E. Mr. Manuel M. "
            "Lopez, Ambassador of the Republic of the Philippines to Japan.\n\n1. The two sides exchanged views.\n")
    meta = import_one(content, tmp_path / "ph", "ph.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["shinsuke-sugiyama", "junichi-ihara", "evan-garcia",
                                                             "manuel-lopez"]


def test_a_summit_that_took_place_with_each_side_represented_by_its_leaders(content: Path, tmp_path: Path) -> None:
    text = ("EU-Japan summit, 27 May 2021\n\nVideoconference\n27 May 2021\n\nMain results\n\nThe 27th EU-Japan summit "
            "took place by videoconference. The EU was represented by President of the European Council Charles "
            "Michel and President of the European Commission Ursula von der Leyen. Japan was represented by Prime "
            "Minister Yoshihide Suga.\n\nThe leaders agreed that ending the pandemic remains their top priority. "
            "They welcomed the COVAX Advance Market Commitment summit that Japan will co-host on 2 June.\n")
    meta = import_one(content, tmp_path / "eu", "eu.txt", text)
    assert (str(meta["date"]), meta["type"]) == ("2021-05-27", "video conference")
    assert [p["official"] for p in meta["participants"]] == ["charles-michel", "ursula-von-der-leyen",
                                                             "yoshihide-suga"]


def test_the_next_item_of_a_list_of_events_is_no_ones_title(content: Path, tmp_path: Path) -> None:
    text = ("Germany and Japan - partners with a shared responsibility\n\nTuesday, 10 March 2015\n\nOn 9 and 10 March "
            "Chancellor Angela Merkel was in Tokyo for talks with Prime Minister Shinzo Abe, a meeting with Emperor "
            "Akihito and a series of talks with representatives of business.\n")
    meta = import_one(content, tmp_path / "de", "de.txt", text)
    titles = {p["official"]: p.get("title") for p in meta["participants"]}
    assert titles["shinzo-abe"] == "Prime Minister"


def test_a_counterpart_named_after_the_lead_and_a_release_dated_at_its_foot(content: Path, tmp_path: Path) -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS, MALAYSIA\n\nPRESS RELEASE\n\nOFFICIAL VISIT OF THE MINISTER FOR FOREIGN "
            "AFFAIRS OF JAPAN TO MALAYSIA, 14 - 15 AUGUST 2020\n\n1. YB Dato' Seri Hishammuddin Tun Hussein, Minister "
            "of Foreign Affairs, today received his Japanese counterpart for a bilateral meeting at Wisma Putra, "
            "Putrajaya.\n\n2. H.E. Motegi Toshimitsu, Minister for Foreign Affairs of Japan, is on an official visit "
            "to Malaysia from 14 to 15 August 2020.\n\nWISMA PUTRA\nPUTRAJAYA\n14 August 2020\n\n"
            "Share this: Facebook Twitter WhatsApp\n\nCopyright © 2020 Ministry of Foreign Affairs, Malaysia.\n"
            "Last Updated: 15 August 2020\n")
    meta = import_one(content, tmp_path / "my", "my.txt", text)
    assert (str(meta["date"]), meta["type"]) == ("2020-08-14", "foreign ministers' meeting")
    assert [p["official"] for p in meta["participants"]] == ["hishammuddin-hussein", "toshimitsu-motegi"]


def test_each_attendee_of_a_list_keeps_their_own_title(content: Path, tmp_path: Path) -> None:
    text = ("Japan and Sri Lanka resolve to deepen cooperation\n\nPosted on July 30, 2023\n\nForeign Minister Ali "
            "Sabry held bilateral talks with Minister for Foreign Affairs of Japan Hayashi Yoshimasa on 29 July 2023."
            "\n\nThe talks were attended by State Minister of Foreign Affairs Tharaka Balasuriya, Foreign Secretary "
            "Aruni Wijewardane, Ambassador of Japan to Sri Lanka Mizukoshi Hideaki and senior officials of both "
            "sides.\n")
    meta = import_one(content, tmp_path / "lk", "lk.txt", text)
    titles = {p["official"]: p.get("title") for p in meta["participants"]}
    assert titles["tharaka-balasuriya"] == "State Minister of Foreign Affairs"
    assert titles["aruni-wijewardane"] == "Foreign Secretary"


def test_a_meeting_whose_sides_were_led_by_its_ministers(content: Path, tmp_path: Path) -> None:
    text = ("First India-Japan 2+2 Foreign and Defence Ministerial Meeting\n\nNovember 30, 2019\n\nThe first "
            "India-Japan Foreign and Defence Ministerial Meeting (2+2) was held in New Delhi on 30 November 2019. The "
            "Indian side was led by External Affairs Minister Dr. S. Jaishankar and Defence Minister Shri Rajnath "
            "Singh, while the Japanese side was led by Foreign Minister of Japan H.E. Mr. Motegi Toshimitsu and "
            "Defence Minister of Japan H.E. Mr. Kono Taro.\n\n2. The meeting was held in pursuance of the decision "
            "taken by Prime Minister Shri Narendra Modi and Prime Minister Shinzo Abe in October 2018.\n")
    meta = import_one(content, tmp_path / "in", "in.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["subrahmanyam-jaishankar", "rajnath-singh",
                                                             "toshimitsu-motegi", "taro-kono"]
    assert meta["participants"][1].get("title") != "while the Japanese side was led by Foreign Minister of Japan H.E"
    assert meta["mentioned"] == ["narendra-modi", "shinzo-abe"]


def test_people_of_another_visit_or_an_earlier_agreement_in_the_lead_are_mentioned(content: Path,
                                                                                    tmp_path: Path) -> None:
    text = ("Secretary Pompeo's Meeting With Japanese Prime Minister Abe\n\nJuly 8, 2018\n\nSecretary Pompeo met with "
            "Japanese Prime Minister Shinzo Abe today in Tokyo. The Secretary briefed the Prime Minister on his July "
            "6-7 visit to Pyongyang, where he met with Vice Chairman Kim Yong Chol, and the two reaffirmed their "
            "commitment to the denuclearization of North Korea, as agreed to by President Trump and Chairman Kim Jong "
            "Un in Singapore.\n")
    meta = import_one(content, tmp_path / "us", "us.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["mike-pompeo", "shinzo-abe"]
    assert set(meta["mentioned"]) == {"kim-yong-chol", "kim-jong-un", "donald-trump"}


def test_a_lead_dating_only_the_visit_takes_the_day_its_meetings_heading_gives(content: Path, tmp_path: Path) -> None:
    lead = ("Mr. Pranab Mukherjee, Minister of External Affairs of the Republic of India, visited Japan from March 23 "
            "to 26 as a guest of the Ministry of Foreign Affairs. During his stay, Minister Mukherjee held the "
            "Japan-India Strategic Dialogue with Mr. Taro Aso, Minister for Foreign Affairs.")
    text = (f"Visit to Japan by Mr. Pranab Mukherjee, Minister of External Affairs of India (Overview)\n\n"
            f"March 26, 2007\n\n{lead}\n\n1. Japan-India Strategic Dialogue (March 24, 16:00-17:30, followed by a "
            f"dinner hosted by Minister Aso)\n\n(1) The two Ministers welcomed the progress.\n")
    meta = import_one(content, tmp_path / "in", "in.txt", text)
    assert (str(meta["date"]), meta["time"], meta["duration_minutes"]) == ("2007-03-24", "16:00", 90)
    without = import_one(content, tmp_path / "in2", "in2.txt", text.split("\n\n1. ")[0] + "\n")
    assert str(without["date"]) == "2007-03-26"
    assert any(note.startswith("date: the lead dates only the visit") for note in without["review"])


def test_someone_a_point_says_attended_the_meeting_took_part(content: Path, tmp_path: Path) -> None:
    text = ("The Ninth Mekong-Japan Foreign Ministers' Meeting\n\nOn July 25, 2016, Mr. Fumio Kishida, Minister for "
            "Foreign Affairs, co-chaired the Ninth Mekong-Japan Foreign Ministers' Meeting with Mr. Saleumxay "
            "Kommasith, Minister of Foreign Affairs of the Lao PDR.\n\n1. Mekong-Japan Cooperation\n\n(1) The foreign "
            "ministers of the Mekong countries expressed their appreciation. Daw Aung San Suu Kyi, State Counsellor "
            "and Minister of Foreign Affairs of Myanmar, who attended the meeting for the first time, stated that "
            "Myanmar places high importance on Mekong-Japan cooperation.\n")
    meta = import_one(content, tmp_path / "mk", "mk.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["fumio-kishida", "saleumxay-kommasith",
                                                             "aung-san-suu-kyi"]


def test_a_leader_the_kremlin_names_without_a_title_took_part(content: Path, tmp_path: Path) -> None:
    text = ("Telephone conversation with Prime Minister of Japan Fumio Kishida\nOctober 7, 2021\n17:40\n"
            "Vladimir Putin had a telephone conversation with Prime Minister of Japan Fumio Kishida.\n\n"
            "The President of Russia congratulated Fumio Kishida on his election. Wang Yi and others attended.\n")
    meta = import_one(content, tmp_path / "ru", "ru.txt", text)
    assert [p["official"] for p in meta["participants"]][:2] == ["vladimir-putin", "fumio-kishida"]


def test_a_first_person_release_is_signed_by_the_minister_not_its_label(content: Path, tmp_path: Path) -> None:
    text = ("Prime Minister of Australia\nThe Hon Scott Morrison MP\nMedia Release\nAustralia-Japan Reciprocal Access "
            "Agreement\n06 Jan 2022\nPrime Minister\nToday I met with Japanese Prime Minister Kishida Fumio by video "
            "conference and together we signed the landmark Agreement.\n\nMedia Release\n")
    meta = import_one(content, tmp_path / "au", "au.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["scott-morrison", "fumio-kishida"]


@pytest.mark.parametrize("opening", ["On March 21, 2023, Prime Minister Kishida visited Ukraine.",
                                     "On March 21, 2023, Prime Minister Kishida arrived in Kyiv."])
def test_the_prime_minister_of_a_kantei_day_page_took_part(content: Path, tmp_path: Path, opening: str) -> None:
    text = ("Visit to Ukraine\n\nMarch 21, 2023\n\n" + opening + "\n\nNext, the Prime Minister held a Japan-Ukraine "
            "Summit Meeting with H.E. Mr. Volodymyr Zelenskyy, President of Ukraine, at the Mariinskyi Palace.\n\n"
            "At the beginning of the meeting, the Prime Minister expressed his respect.\n")
    meta = import_one(content, tmp_path / "ua", "ua.txt", text)
    assert [p["official"] for p in meta["participants"]] == ["fumio-kishida", "volodymyr-zelenskyy"]


def test_a_footer_menu_after_the_readout_names_no_one(content: Path, tmp_path: Path) -> None:
    menu = ["The Administration", "President Barack Obama", "Vice President Joe Biden", "First Lady Michelle Obama",
            "Dr. Jill Biden", "Cabinet", "Executive Office of the President", "Participate", "Join Us",
            "Tours & Events", "White House Fellows"]
    text = ("Readout of the President's Call with Prime Minister Kan of Japan\n\nMarch 11, 2011\n\nThe President "
            "called Prime Minister Naoto Kan of Japan this evening to express his condolences for the earthquake.\n\n"
            + "\n".join(menu) + "\n")
    meta = import_one(content, tmp_path / "wh", "wh.txt", text)
    assert [p["official"] for p in meta["participants"]][-1:] == ["naoto-kan"]
    assert not meta.get("mentioned")
    assert "Jill Biden" in meta["_body"].split("-->")[0] and "Jill Biden" not in meta["_body"].split("-->")[-1]


def test_the_two_leaders_of_a_storys_second_paragraph_are_those_its_first_named(content: Path,
                                                                                 tmp_path: Path) -> None:
    text = ("Dr Mahathir, Abe agree to take Malaysia-Japan ties to new level\n\n12/06/2018 05:48 PM\n\nTOKYO, June 12 "
            "(Bernama) -- Prime Minister Tun Dr Mahathir Mohamad and his Japanese counterpart Shinzo Abe today agreed "
            "to elevate bilateral cooperation to a new level.\n\nThe two leaders held a bilateral meeting at the "
            "Kantei, the Japanese Prime Minister's Office, here, which began at about 10.25 am and lasted about 70 "
            "minutes.\n\nThe two leaders also exchanged views on the Korean Peninsula, as the summit between United "
            "States President Donald Trump and North Korean leader Kim Jong Un took place in Singapore today.\n")
    meta = import_one(content, tmp_path / "my", "my.txt", text)
    assert (meta["time"], meta["duration_minutes"], meta["location"]) == ("10:25", 70, "Tokyo, Japan")
    assert [p["official"] for p in meta["participants"]] == ["mahathir-mohamad", "shinzo-abe"]


def test_a_leader_named_by_surname_after_his_term_is_the_one_who_held_the_office(content: Path,
                                                                                tmp_path: Path) -> None:
    text = ("Japan-Brazil Summit Meeting\n\nMay 3, 2024\n\nOn May 3, Prime Minister Kishida held a summit meeting with "
            "President Luiz Inácio Lula da Silva at the Palácio do Planalto.\n\n1. President Lula recalled the "
            "partnership the two countries had built since Prime Minister Abe visited Brazil in 2014.\n")
    meta = import_one(content, tmp_path / "br", "br.txt", text)
    assert "shinzo-abe" in meta.get("mentioned", [])


def test_a_day_page_of_a_series_of_meetings_takes_each_counterpart(content: Path, tmp_path: Path) -> None:
    text = ("Meetings with Foreign Dignitaries\n\nOctober 23, 2019\n\nOn October 23, 2019, Prime Minister Shinzo Abe "
            "held a series of meetings at Akasaka Palace State Guest House with foreign dignitaries visiting Japan.\n\n"
            "Japan-Singapore Summit Meeting\n\nFirst, the Prime Minister held a summit meeting with H.E. Madam Halimah "
            "Yacob, President of the Republic of Singapore. The two leaders welcomed the expansion of trade.\n\n"
            "Japan-Pakistan Summit Meeting\n\nFollowing this, the Prime Minister held a summit meeting with H.E. Dr. "
            "Arif Alvi, President of the Islamic Republic of Pakistan. The two leaders concurred.\n")
    meta = import_one(content, tmp_path / "jp", "jp.txt", text)
    assert meta["type"] == "summit meeting"
    assert [p["official"] for p in meta["participants"]] == ["shinzo-abe", "halimah-yacob", "arif-alvi"]


def test_calls_each_timed_under_its_heading_start_with_the_first_and_add_up(content: Path, tmp_path: Path) -> None:
    text = ("Japan-Ecuador and Japan-Mozambique Foreign Ministers’ Telephone Talks\n\nJanuary 24, 2023\n\nOn January "
            "24, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held telephone talks with H.E. Mr. Juan "
            "Carlos Holguín Maldonado, Minister of Foreign Affairs of Ecuador, and with H.E. Ms. Verónica Macamo, "
            "Minister of Foreign Affairs of Mozambique.\n\n1. Japan-Ecuador Foreign Ministers’ Telephone Talk\n\nThe "
            "telephone talk was held from 8:30 a.m. for approximately 20 minutes.\n\n2. Japan-Mozambique Foreign "
            "Ministers’ Telephone Talk\n\nAt the request of the Mozambican side, the telephone talk was held from "
            "5:15 p.m. for approximately 25 minutes.\n")
    meta = import_one(content, tmp_path / "tt", "tt.txt", text)
    assert (meta["time"], meta["duration_minutes"]) == ("08:30", 45)


def test_a_wire_storys_leaders_who_confirmed_something_in_their_talks_took_part(content: Path,
                                                                             tmp_path: Path) -> None:
    text = ("Suga, Biden Confirm Senkakus Covered by Security Treaty\n\nTokyo, Jan. 28 (Jiji Press)--Japanese Prime "
            "Minister Yoshihide Suga and U.S. President Joe Biden confirmed that Article 5 of the Japan-U.S. security "
            "treaty applies to the Senkaku Islands, in their first telephone talks early Thursday.\n\nThe talks, which "
            "started at around 0:45 a.m. and lasted some 30 minutes, came a week after Biden was sworn in.\n")
    meta = import_one(content, tmp_path / "jj", "jj.txt", text)
    assert (str(meta["date"]), meta["type"]) == ("2021-01-28", "telephone talk")
    assert [p["official"] for p in meta["participants"]] == ["yoshihide-suga", "joe-biden"]


def test_a_yonhap_story_whose_minister_sat_down_with_his_counterpart(content: Path, tmp_path: Path) -> None:
    text = ("(LEAD) S. Korea, Japan agree to seek swift solution to wartime forced labor issue\nAll News 22:47 July "
            "18, 2022\n\nBy Kim Eun-jung\n\nTOKYO, July 18 (Yonhap) -- South Korea and Japan agreed Monday to seek a "
            "swift resolution, as their top diplomats held their first formal talks in Tokyo in four years.\n\n"
            "Foreign Minister Park Jin sat down with his Japanese counterpart, Yoshimasa Hayashi, at the Iikura Guest "
            "House in central Tokyo from 6 p.m. The talks lasted about 2 hours and 50 minutes, including a dinner.\n\n"
            "It marked the first visit since December 2017, when then Foreign Minister Kang Kyung-wha traveled to "
            "Tokyo for talks with her then counterpart, Taro Kono.\n")
    meta = import_one(content, tmp_path / "yh", "yh.txt", text)
    assert str(meta["date"]) == "2022-07-18"
    assert [p["official"] for p in meta["participants"]] == ["park-jin", "yoshimasa-hayashi"]


def test_a_reuters_story_is_timed_by_its_second_paragraph(content: Path, tmp_path: Path) -> None:
    text = ("Abe, Putin talk islands at hot spring summit\n\nWorld News | Thu Dec 15, 2016 | 11:41am EST\n\nBy Linda "
            "Sieg | NAGATO, JAPAN\n\n(Reuters) - Japanese Prime Minister Shinzo Abe and Russian President Vladimir "
            "Putin held talks at a hot spring resort in western Japan on Thursday.\n\nPutin, who arrived nearly three "
            "hours late, met Abe at a traditional inn in Nagato for talks that began at around 6:40 p.m. (0940 GMT). "
            "The two leaders talked for about 70 minutes with aides present and then for some 95 minutes.\n")
    meta = import_one(content, tmp_path / "rt", "rt.txt", text)
    assert (str(meta["date"]), meta["time"], meta["duration_minutes"]) == ("2016-12-15", "18:40", 165)
