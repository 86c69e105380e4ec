"""The importer's parts on the shapes readouts take: dates, times, durations, names, places, types, lists."""

from __future__ import annotations

import datetime
import re

import pytest

from generator.ingest.body import render_body
from generator.ingest.clean import Line, normalise_lines, split_layout, unwrap
from generator.ingest.dates import find_dates, find_duration, find_time, parse_dateline
from generator.ingest.identity import same_person
from generator.ingest.kinds import classify_meeting
from generator.ingest.lead import find_lead, find_location, present_people
from generator.ingest.names import canonical_name, find_mentions, slugify
from generator.ingest.offices import office_kind
from generator.ingest.places import country_of


@pytest.mark.parametrize(("text", "minutes"), [
    ("for approximately 30 minutes", 30), ("for one hour and twenty minutes from 8:30 a.m.", 80),
    ("approximately an hour and 40 minutes from 9 a.m.", 100), ("for approximately two hours", 120),
    ("for one and a half hours", 90), ("for half an hour", 30), ("for an hour and a half", 90),
    ("for about one hour and a quarter", 75),
    ("for approximately 20 to 30 minutes", 25), ("for approx. 45 minutes", 45),
    ("for 30 minutes, followed by a working lunch for approximately 60 minutes", 90),
    ("from 3:00 p.m. to 3:45 p.m.", 45), ("on the 70th anniversary", None), ("from 15:30 to 16:10", 40),
    ("from 9:30 a.m. to 10:15 a.m.", 45), ("from 10:00 a.m. to 12:30 p.m. (local time)", 150),
    ("from 4:00 p.m. to 5:30 p.m., which was followed by a working dinner from 5:40 p.m. to 7:00 p.m.", 170),
    ("from 10:00 a.m. to 11:00 a.m. (local time; from 5:00 p.m. to 6:00 p.m. Japan time)", 60),
    ("from around 6:00 p.m. to around 7:00 p.m., Prime Minister Abe held", 60),
    ("1. Japan-India Strategic Dialogue (March 24, 16:00-17:30, followed by a dinner)", 90),
    ("Putin, who arrived nearly three hours late, met Abe for talks. The two leaders talked for about 70 minutes "
     "with aides present and then for some 95 minutes one-on-one.", 165),
    ("for approximately one hour and 40 minutes, Mr. Shinzo Abe held a Summit Meeting. The meeting, which took the "
     "form of a working lunch, included a one-on-one meeting of approximately 30 minutes attended only by "
     "interpreters.", 100),
])
def test_durations(text: str, minutes: int | None) -> None:
    assert find_duration(text) == minutes


@pytest.mark.parametrize(("text", "hhmm", "zone"), [
    ("commencing at around 11 p.m. for", "23:00", None), ("at 3:40p.m.(Japan Time) for", "15:40", "Japan"),
    ("from 3:45 p.m. (EST), during", "15:45", "America/New_York"),
    ("at 6:00 p.m. (local time; 7:00 a.m. on September 19 JST)", "18:00", "local"),
    ("from 12 a.m.", "00:00", None), ("at 15:30 (local time)", "15:30", "local"),
    ("from 9 to 10 a.m. (local time)", "09:00", "local"), ("from 11:30 a.m. to 12:15 p.m.", "11:30", None),
])
def test_times(text: str, hhmm: str, zone: str | None) -> None:
    found = find_time(text)
    assert found is not None and (found.hhmm, found.zone) == (hhmm, zone)


def test_dates_and_datelines() -> None:
    assert parse_dateline("June 14, 2018") == datetime.date(2018, 6, 14)
    assert parse_dateline("MARCH 3, 2023") == datetime.date(2023, 3, 3)
    assert parse_dateline("Monday, July 9, 2012") == datetime.date(2012, 7, 9)
    assert parse_dateline("14 June 2018") == datetime.date(2018, 6, 14)
    assert parse_dateline("On June 14, 2018, the ministers met.") is None
    assert parse_dateline("October 11, 2022 - Tokyo, Japan - Global Affairs Canada") == datetime.date(2022, 10, 11)
    assert parse_dateline("9 January 2023 - Subject: International relations") == datetime.date(2023, 1, 9)
    assert parse_dateline("15 January 2025 – Secretary for Foreign Affairs Enrique A. Manalo") is None  # a lead
    assert parse_dateline("KYODO NEWS - Jul 8, 2024 - 21:14 | World, All") == datetime.date(2024, 7, 8)
    assert parse_dateline("World News | Thu Dec 15, 2016 | 11:41am EST") == datetime.date(2016, 12, 15)
    assert parse_dateline("Publication date 9.1.2024 17.05 | Published in English on 9.1.2024 at 17.40") == (
        datetime.date(2024, 1, 9))
    assert parse_dateline("วันที่ปรับปรุงข้อมูล 3 May 2022") == datetime.date(2022, 5, 3)
    first = find_dates("from 9 a.m. on April 10 (Wednesday local time) during")[0]
    assert (first.month, first.day, first.year, first.weekday) == (4, 10, None, 2)
    assert find_dates("On April 16th, commencing")[0].day == 16
    assert [(d.day, d.month) for d in find_dates("On 9 and 10 March she was in Tokyo for talks")] == [(9, 3)]


@pytest.mark.parametrize(("text", "dates"), [
    ("From October 9 to 11, 2019, H.E. Mr. X visited Japan.", [(2019, 10, 9)]),
    ("From Wednesday, October 9 to Friday, October 11, 2019, he", [(2019, 10, 9), (2019, 10, 11)]),
    ("from December 30 to January 2, 2020, the minister", [(2019, 12, 30), (2020, 1, 2)]),
    ("On March 17 (local time; March 18 Japan time), 2020, commencing", [(2020, 3, 17), (None, 3, 18)]),
    ("On March 17, commencing at 2019 hours", [(None, 3, 17)]),
])
def test_a_range_or_a_bracket_before_the_year_still_gives_the_first_date_its_year(
        text: str, dates: list[tuple[int | None, int, int]]) -> None:
    assert [(d.year, d.month, d.day) for d in find_dates(text)] == dates


def test_japanese_datelines_with_an_era_year() -> None:
    assert parse_dateline("令和2年8月24日") == datetime.date(2020, 8, 24)
    assert parse_dateline("令和元年5月1日") == datetime.date(2019, 5, 1)
    assert parse_dateline("平成30年1月5日（金）") == datetime.date(2018, 1, 5)
    assert parse_dateline("2020年８月２４日") == datetime.date(2020, 8, 24)
    assert parse_dateline("平成31年2月30日") is None


@pytest.mark.parametrize(("text", "name"), [
    ("Mr. KISHIDA Fumio, Prime Minister", "Fumio Kishida"), ("H.E. Mr. Israel KATZ, Minister", "Israel Katz"),
    ("H.E. Dr. Seyyed Abbas ARAGHCHI, Minister", "Abbas Araghchi"),  # "Seyyed" is a religious honorific
    ("the Hon. Peter O'Neill CMG MP, Prime Minister", "Peter O'Neill"),
    ("the Hon Julie Bishop MP, Minister", "Julie Bishop"), ("Rt. Hon. William Hague, Secretary", "William Hague"),
    ("U.S. Ambassador to Japan Ms. Caroline Kennedy.", "Caroline Kennedy"),
    ("Minister for Foreign Affairs Fumio Kishida held", "Fumio Kishida"),
    ("H.E. Mr. Adel bin Ahmed Al-Jubeir, Minister", "Adel bin Ahmed Al-Jubeir"),
    ("H.E. Amb. Raychelle Awour Omamo, SC, EGH, Cabinet Secretary", "Raychelle Awour Omamo"),
    ("Mr. KIM Sung-han, Director", "Kim Sung-han"), ("H.E. Mr. WANG Yi, State Councilor", "Wang Yi"),
    ("H.E. Mr. YUN Duk-min, Ambassador Extraordinary and Plenipotentiary of the Republic of Korea", "Yun Duk-min"),
    ("Her Excellency Smt. Sushma Swaraj, Minister", "Sushma Swaraj"),
    ("H.E. Mr. BUI Thanh Son, Minister", "Bui Thanh Son"),
    ("a message from Governor-General David Hurley", "David Hurley"),
    ("met State Councilor Wang Yi today", "Wang Yi"), ("Taoiseach Micheál Martin said", "Micheál Martin"),
    ("a courtesy call on Samdech Moha Borvor Thipadei Hun Manet, Prime Minister", "Hun Manet"),
    ("met Dato Seri Anwar Ibrahim, Prime Minister", "Anwar Ibrahim"),
    ("with His Majesty King Tupou VI of the Kingdom of Tonga", "Tupou VI"),
    ("Prime Minister Theresa May held a bilateral meeting", "Theresa May"),
    ("substantive dialogue with Daw Aung San Suu Kyi and", "Aung San Suu Kyi"),
    ("a working lunch with Mrs. Emel DERİNÖZ TEKİN, Counsellor", "Emel Derinöz Tekin"),
    ("a meeting with H.E. U Wunna Maung Lwin, Minister", "Wunna Maung Lwin"),
    ("Foreign Minister Kono May 5 said", "Kono"),
    ("with His Majesty King Abdullah II ibn Al Hussein, King of Jordan", "Abdullah II"),
    ("an audience with His Majesty King Carl XVI Gustaf of Sweden", "Carl XVI Gustaf"),
])
def test_names_lose_honorifics_and_capitals(text: str, name: str) -> None:
    mentions = find_mentions(text)
    assert [canonical_name(m.words) for m in mentions] == [name]


def test_royal_is_a_title_only_between_honorifics() -> None:
    found = find_mentions("His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud received guests at "
                          "the Royal Court, then visited the Royal Thai Embassy.")
    assert [(m.title, canonical_name(m.words)) for m in found] == [
        ("His Royal Highness Prince", "Mohammed bin Salman bin Abdulaziz Al Saud")]


def test_a_bare_name_counts_when_a_role_follows_it() -> None:
    found = find_mentions("held a telephone talk with Hossein Amir-Abdollahian, Minister of Foreign Affairs of Iran.")
    assert [canonical_name(m.words) for m in found] == ["Hossein Amir-Abdollahian"]
    assert [m.words for m in find_mentions("the situation in the Gaza Strip, President Biden said")] == [("Biden",)]


def test_surname_mentions_keep_their_role_and_typos_still_count() -> None:
    mentions = find_mentions("Foreign Minister Kono coordinated with Secrtary of State Pompeo, who spoke.")
    assert [(m.role, m.words) for m in mentions] == [("Foreign Minister", ("Kono",)),
                                                   ("Secrtary of State", ("Pompeo",))]
    assert find_mentions("the Director-General of the Asian Affairs Bureau attended") == []


def test_malay_titles_are_titles_and_a_fathers_tun_is_no_ones_name() -> None:
    lead = "YB Dato' Seri Hishammuddin Tun Hussein, Minister of Foreign Affairs, today received his counterpart."
    assert [canonical_name(m.words) for m in find_mentions(lead)] == ["Hishammuddin Hussein"]
    greeting = "Minister Motegi conveyed greetings to YAB Tan Sri Dato' Muhyiddin Yassin, Prime Minister of Malaysia."
    assert [canonical_name(m.words) for m in find_mentions(greeting)] == ["Motegi", "Muhyiddin Yassin"]
    assert find_mentions(greeting)[1].title == "YAB Tan Sri Dato'"
    assert [m.words for m in find_mentions("Mr. Tan See Leng, Minister for Manpower")] == [("Tan", "See", "Leng")]


def test_a_prefecture_before_a_titled_name_is_no_person() -> None:
    text = "held the previous day in Nagato City, Yamaguchi Prefecture, Prime Minister Shinzo Abe held a meeting"
    assert [canonical_name(m.words) for m in find_mentions(text)] == ["Shinzo Abe"]


def test_a_given_name_that_is_also_part_of_a_city_is_still_a_name() -> None:
    text = "The Minister of Foreign Affairs and Cooperation, José Manuel García-Margallo, met yesterday in Madrid"
    assert [canonical_name(m.words) for m in find_mentions(text)] == ["José Manuel García-Margallo"]


def test_a_short_surname_in_capitals_after_the_given_name() -> None:
    text = "held a talk with Ambassador Sung KIM, U.S. Special Representative, and Mr. NOH Kyu-duk, Special Envoy"
    assert [canonical_name(m.words) for m in find_mentions(text)] == ["Sung Kim", "Noh Kyu-duk"]
    assert find_mentions("the U.S. and the UN agreed") == []


def test_same_person_despite_order_initials_and_nicknames() -> None:
    assert same_person("Michael R. Pompeo", "Mike Pompeo")
    assert same_person("KONO Taro", "Taro Kono")
    assert same_person("Sergey Viktorovich Lavrov", "Sergey Lavrov")
    assert not same_person("Taro Kono", "Yohei Kono")
    assert same_person("Ferdinand Marcos Jr.", "Ferdinand Romualdez Marcos")
    assert same_person("Masahiko Koumura", "Masahiko Komura") and same_person("Sergey Shoygu", "Sergei Shoigu")
    assert not same_person("Taro Kouno", "Yohei Kono") and same_person("Y. Kamikawa", "Yoko Kamikawa")
    assert same_person("Javad Zarif", "Mohammad Javad Zarif") and same_person("Prabowo Subianto",
                                                                              "Prabowo Subianto Djojohadikusumo")
    assert not same_person("Manuel M. Lopez", "Andrés Manuel López Obrador")  # the middle of a longer name


@pytest.mark.parametrize(("lead", "location"), [
    ("On October 9, Prime Minister Shinzo Abe held a telephone talk with President George W. Bush of the United "
     "States from the Embassy of Japan in Seoul.", "Seoul, Republic of Korea"),
    ("On October 9, Prime Minister Shinzo Abe held a telephone talk with President George W. Bush of the United "
     "States in Tokyo, where the talk had been requested.", None),
    ("Mr. Koichiro Gemba, who is visiting Ningbo, Zhejiang Province, the People's Republic of China, attended the "
     "meeting.", "Ningbo, China"),
    ("Today the Minister for Foreign Affairs, Senator the Hon Penny Wong, welcomed Japan's Minister for Foreign "
     "Affairs, Kamikawa Yoko, to Queenscliff, Victoria, for the eleventh 2+2.", "Queenscliff, Australia"),
    ("Secretary of State Antony J. Blinken met today in Washington with Saudi Foreign Minister Prince Faisal.",
     "Washington, D.C., United States"),
    ("Mr. Fumio Kishida, who is visiting Germany, held a meeting with H.E. Dr. Frank-Walter Steinmeier at the "
     "Federal Foreign Office.", "Berlin, Germany"),
    ("Minister Kishida held a meeting with Mr. Sasae, Japanese Ambassador in Washington.", None),
    ("Minister Kishida held a meeting with Mr. Yun at the Embassy of Japan in Washington, D.C.",
     "Washington, D.C., United States"),
    ("Secretary of State Michael R. Pompeo met with Japanese Foreign Minister Taro Kono today in Singapore on the "
     "margins of the ASEAN Regional Forum.", "Singapore"),
    ("General Prayut Chan-o-cha, Prime Minister, held a bilateral meeting with H.E. Mr. KISHIDA Fumio, Prime Minister "
     "of Japan, at Government House, on the occasion of the Official Visit to Thailand of the Prime Minister of Japan.",
     "Bangkok, Thailand"),
    ("On August 6, Special Envoy Yamaguchi paid a courtesy call on Ms. Marta Lucía Ramírez, Vice President-elect of "
     "the Republic of Colombia, for approximately 30 minutes at a hotel in Bogotá.", "Bogotá, Colombia"),
    ("NATO Secretary General Anders Fogh Rasmussen and Japanese Prime Minister Shinzo Abe signed a programme during "
     "the Prime Minister's visit to NATO Headquarters.", "Brussels, Belgium"),
    ("Mr. KISHIDA Fumio held a summit meeting with H.E. Mr. Ranil Wickremesinghe at the Hotel Okura Tokyo.",
     "Tokyo, Japan"),
    ("Mr. KISHIDA Fumio held a summit meeting with H.E. Mr. Ranil Wickremesinghe on the margins of the G7 "
     "Hiroshima Summit.", "Hiroshima, Japan"),
    ("Secretary of State Antony J. Blinken met today with Foreign Minister Cho Tae-yul on the margins of the G20 "
     "Foreign Ministers’ Meeting hosted by Brazil.", "Brazil"),
    ("Foreign Secretary James Cleverly met Japan’s Foreign Minister Hayashi Yoshimasa in the British capital today.",
     "London, United Kingdom"),
    ("Mr. Taro Kono held a meeting with H.E. Dr. Mohammad Javad Zarif, who is visiting Japan, at the Ministry of "
     "Foreign Affairs.", "Tokyo, Japan"),
    ("External Affairs Minister Dr. S. Jaishankar and Foreign Minister of Japan Mr. Hayashi Yoshimasa held the "
     "15th India-Japan Foreign Ministers' Strategic Dialogue in the national capital today.", "New Delhi, India"),
    ("Minister Kishida held a meeting with Mr. Yun in the capital of the Republic of Korea.", None),
])
def test_places_from_the_lead_and_its_venue(lead: str, location: str | None) -> None:
    found = find_lead([lead])
    assert found is not None and find_location(found, lead)[0] == location


def test_a_generational_suffix_is_not_the_start_of_a_role() -> None:
    lead = ("President Joseph R. Biden, Jr. met today with Prime Minister Kishida Fumio of Japan in Hiroshima ahead of "
            "the G7 Leaders’ Summit.")
    found = find_lead([lead])
    assert found is not None
    present = present_people(found, lead, find_mentions(lead))
    assert [(canonical_name(p.mention.words), p.title) for p in present][0] == ("Joseph Biden", "President")


@pytest.mark.parametrize(("lead", "people"), [
    ("Foreign Minister Hayashi met with his Australian counterpart Penny Wong in Canberra for about an hour.",
     [("Hayashi", "Foreign Minister"), ("Penny Wong", "Australian counterpart")]),
    ("On April 2, Rt Hon James Cleverly MP, Foreign Secretary, met with Japanese Foreign Minister Yoshimasa Hayashi.",
     [("James Cleverly", "Foreign Secretary"), ("Yoshimasa Hayashi", "Japanese Foreign Minister")]),
    ("On April 2, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, met with Mr. Ali Sabry, P.C., Minister "
     "of Foreign Affairs of Sri Lanka.", [("Yoko Kamikawa", "Minister for Foreign Affairs of Japan"),
                                          ("Ali Sabry", "Minister of Foreign Affairs of Sri Lanka")]),
    ("On November 28, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with His Majesty King Abdullah "
     "II ibn Al Hussein, King of the Hashemite Kingdom of Jordan.", [("Shinzo Abe", "Prime Minister of Japan"), (
         "Abdullah II", "King of the Hashemite Kingdom of Jordan")]),
    ("Mr. MOTEGI Toshimitsu held a telephone talk with H.E. Amb. Raychelle Awour Omamo, SC, EGH, Cabinet Secretary "
     "for Foreign Affairs of the Republic of Kenya.", [("Toshimitsu Motegi", None), (
         "Raychelle Awour Omamo", "Cabinet Secretary for Foreign Affairs of the Republic of Kenya")]),
])
def test_people_in_the_lead_with_the_role_after_post_nominals(lead: str, people: list[tuple[str, str | None]]) -> None:
    found = find_lead([lead])
    assert found is not None
    present = present_people(found, lead, find_mentions(lead))
    assert [(canonical_name(p.mention.words), p.title) for p in present] == people


@pytest.mark.parametrize(("words", "name"), [
    (("Antony", "J.", "Blinken"), "Antony Blinken"),
    (("Gilberto", "C.", "Teodoro", "Jr."), "Gilberto Teodoro"),
    (("S.", "Jaishankar"), "S. Jaishankar"),
    (("K.", "P.", "Sharma"), "K. P. Sharma"),
    (("KISHIDA", "Fumio"), "Fumio Kishida"),
])
def test_a_canonical_name_leaves_out_a_middle_initial_but_not_an_initial_given_name(words: tuple[str, ...],
                                                                                  name: str) -> None:
    assert canonical_name(words) == name


def test_every_country_is_known_yet_its_words_can_still_be_names() -> None:
    assert country_of("Minister of Foreign Affairs and European Integration of the Republic of Moldova") == "Moldova"
    assert [country_of(text) for text in ("Guinea-Bissau", "Papua New Guinea", "the Syrian Arab Republic")] == [
        "Guinea-Bissau", "Papua New Guinea", "Syria"]
    assert [m.words for m in find_mentions("Prime Minister António Costa met Mr. Vincent Lee.")] == [
        ("António", "Costa"), ("Vincent", "Lee")]
    assert [m.words for m in find_mentions("Minister Louis Vincent met H.E. Mr. Jean-Louis Marc.")] == [
        ("Louis", "Vincent"), ("Jean-Louis", "Marc")]
    found = find_lead(["On November 4, Ms. KAMIKAWA Yoko, who is visiting Ramallah, held a meeting with H.E. Dr. "
                       "Riyad Al-Maliki."])
    assert found is not None and find_location(found, found.paragraph) == ("Ramallah, Palestine", None)


@pytest.mark.parametrize(("role", "kind"), [
    ("Minister for Foreign Affairs of Japan", "fm"), ("Japanese Foreign Minister", "fm"), ("Secretary of State", "fm"),
    ("Prime Minister", "hog"), ("President", "hos"), ("Vice Minister for Foreign Affairs", None),
    ("Director of the Office of the Central Foreign Affairs Commission", None),
    ("Chair of the Foreign Affairs Committee", None),
])
def test_the_office_a_role_names(role: str, kind: str | None) -> None:
    assert office_kind(role) == kind


@pytest.mark.parametrize(("lead", "place"), [
    ("On August 27, Mr. Shinzo Abe, who is visiting the Republic of Kenya, held a summit meeting with H.E. Mr. Uhuru "
     "Kenyatta, President of the Republic of Kenya, at State House, Nairobi.", "Nairobi, Kenya"),
    ("On May 22, Mr. Shinzo Abe held a summit meeting with H.E. Mr. Tommy Remengesau, President of Palau, who is "
     "visiting Iwaki City, Fukushima Prefecture, to attend PALM7.", "Iwaki, Japan"),
])
def test_a_venue_before_its_city_and_a_city_in_a_prefecture_are_places(lead: str, place: str) -> None:
    found = find_lead([lead])
    assert found is not None and find_location(found, lead)[0] == place


def test_people_on_an_attendees_line_in_brackets_take_part() -> None:
    lead = ("On May 22, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. Tommy Remengesau, "
            "President of the Republic of Palau. The overview of the meeting is as follows.")
    attendees = ("(Attendees) Japanese side: Mr. Katsunobu Kato, Deputy Chief Cabinet Secretary, and others; Palauan "
                 "side: Mr. Billy Kuartei, Minister of State, and others")
    text = f"{lead}\n{attendees}\nPrime Minister Abe welcomed President Remengesau."
    found = find_lead(text.split("\n"))
    assert found is not None
    present = present_people(found, text, find_mentions(text))
    assert [canonical_name(p.mention.words) for p in present] == [
        "Shinzo Abe", "Tommy Remengesau", "Katsunobu Kato", "Billy Kuartei"]


def test_only_the_counterpart_of_a_second_meeting_takes_part_not_whom_the_sentence_names_before() -> None:
    lead = ("On July 10, 2013, Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held a meeting with the "
            "Honorable John Kerry, Secretary of State.")
    later = ("2. Following the meeting with President Barack Obama, Minister Kishida held a meeting with H.E. Prof. "
             "G. L. Peiris, Minister of External Affairs of Sri Lanka.")
    text = f"{lead}\n{later}"
    found = find_lead(text.split("\n"))
    assert found is not None
    present = present_people(found, text, find_mentions(text))
    assert [canonical_name(p.mention.words) for p in present] == ["Fumio Kishida", "John Kerry", "G. L. Peiris"]


def test_slugs() -> None:
    assert slugify("Japan-U.S. Foreign Ministers’ Meeting") == "japan-us-foreign-ministers-meeting"
    assert slugify("Mélanie Joly") == "melanie-joly"


@pytest.mark.parametrize(("clause", "title", "roles", "kind"), [
    ("held a telephone conference with", None, [], "telephone talk"),
    ("spoke with the new Japanese Foreign Minister today", "Secretary Pompeo’s Phone Call With ...", [],
     "telephone talk"),
    ("the Ministerial Meeting was held in virtual form", None, ["Minister"], "video conference"),
    ("held a breakfast meeting with", None, [], "breakfast meeting"),
    ("discussed Gaza in a phone conversation", None, [], "telephone talk"),
    ("held a summit web conference with", None, [], "video conference"),
    ("received a courtesy call from", None, [], "courtesy call"),
    ("held a summit meeting with", None, [], "summit meeting"),
    ("chaired the Second Japan-Australia-India-U.S. Foreign Ministers' Meeting and the subsequent dinner in Tokyo",
     None, [], "foreign ministers' meeting"),
    ("held a summit meeting followed by a dinner with", None, [], "summit meeting"),
    ("received a courtesy call from", None, ["Crown Prince and Prime Minister", "Prime Minister of Japan"],
     "courtesy call"),
    ("received", None, ["Crown Prince and Prime Minister", "Prime Minister of Japan"], "summit meeting"),
    ("held a meeting with", None, ["Minister for Foreign Affairs of Japan", "Secretary of State"],
     "foreign ministers' meeting"),
    ("held a talk with", None, ["Prime Minister of Japan", "President of Chile"], "summit meeting"),
    ("held a meeting with", None, ["Director-General", "Ambassador"], "meeting"),
    ("held a meeting with", None, ["Prime Minister of Japan", "Vice President of the United States"],
     "summit meeting"),
    ("held a meeting with", None, ["Prime Minister of Japan", "Minister of Foreign Affairs of Chile"],
     "courtesy call"),
    ("met for about 30 minutes with", None, ["Foreign Minister", "Director of the Office of the Commission"],
     "foreign ministers' meeting"),
    ("Mr. Taro Kono attended the 12th Mekong-Japan Foreign Ministers' Meeting in Bangkok, which he co-chaired with",
     None, ["Minister for Foreign Affairs of Japan", "Minister of Foreign Affairs"], "multilateral session"),
    ("Mr. KISHIDA Fumio, who is visiting New York to attend the UN General Assembly, held a summit meeting with",
     None, [], "summit meeting"),
    ("held a Japan-Russia Foreign Ministers’ Meeting in Moscow with H.E. Mr. Sergey Lavrov, for approximately three "
     "hours in total including the working lunch", None, [], "foreign ministers' meeting"),
    ("Japan and the United States held \"two-plus-two\" security talks in Washington", None, [], "2+2 consultations"),
    ("Mr. Yoshihiko Noda, Prime Minister of Japan, held a summit meeting, which included a working lunch, with the Rt "
     "Hon David Cameron MP", None, [], "summit meeting"),
    ("Secretary for Foreign Affairs Enrique A. Manalo welcomed Japanese Foreign Minister IWAYA Takeshi to Manila for a "
     "bilateral meeting and working lunch today", None, ["Secretary for Foreign Affairs", "Foreign Minister"],
     "foreign ministers' meeting"),
    ("Ms. KAMIKAWA Yoko, who is visiting Busan, attended the Japan-China-ROK Foreign Ministers’ Meeting with H.E. Mr. "
     "PARK Jin, who chaired the meeting, and H.E. Mr. WANG Yi", None, [], "foreign ministers' meeting"),
    ("the Second Japan-Philippines Vice-Ministerial Strategic Dialogue was held in a morning session and an afternoon "
     "session, with a working lunch hosted by the Japanese side in between", None, [], "strategic dialogue"),
])
def test_meeting_types(clause: str, title: str | None, roles: list[str], kind: str) -> None:
    assert classify_meeting(clause, title, roles) == kind


def test_layout_separates_furniture_from_the_readout() -> None:
    text = ("Japan-Brazil Relations\n\nSeptember 18, 2023\nTwo Ministers who shake hands\n"
            "Two Ministers who have a talk after having a seat\n\nOn September 18, commencing at 6:00 p.m. for "
            "approximately 30 minutes, Ms. KAMIKAWA Yoko held a meeting with H.E. Mr. Mauro Vieira.\n\n"
            "Back to Japan-Brazil Relations\n")
    layout = split_layout(normalise_lines(text))
    assert layout.section == "Japan-Brazil Relations" and layout.title is None
    assert layout.dateline == datetime.date(2023, 9, 18)
    assert layout.captions == ("Two Ministers who shake hands", "Two Ministers who have a talk after having a seat")
    assert [line.text for line in layout.body] == [text.split("\n")[6]]


def test_a_page_printed_with_its_layout_is_unwrapped_by_its_texts_width_not_its_footers() -> None:
    body = ("On December 9, from 3:30 p.m. to 5:10 p.m., the Tenth Japan-Australia Foreign and Defence Ministerial "
            "Consultations (“2+2”) was held in Tokyo. The meeting was attended by Mr. HAYASHI Yoshimasa, Minister for "
            "Foreign Affairs, and Mr. HAMADA Yasukazu, Minister of Defense, from the Japanese side, and by the Hon "
            "Richard Marles MP, Deputy Prime Minister and Minister for Defence, and Senator the Hon Penny Wong, "
            "Minister for Foreign Affairs, from the Australian side. Following the meeting, the four Ministers "
            "issued a Joint Statement. The overview is as follows.")
    lines, line = [], ""
    for word in body.split():
        if len(line) + len(word) + 1 > 92:
            lines.append("  " + line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append("  " + line)
    text = "\n".join(["  Japan-Australia Relations", "", " " * 86 + "December 9, 2022", "", *lines, "",
                      "https://www.mofa.go.jp/a_o/ocn/au/page4e_001329.html" + " " * 51 + "1/2",
                      " " * 74 + "Back to Japan-Australia Relations",
                      "https://www.mofa.go.jp/a_o/ocn/au/page4e_001329.html" + " " * 51 + "2/2"])
    joined = [line.text for line in unwrap(normalise_lines(text)) if line.text]
    assert body in joined


def test_a_wayback_toolbar_copied_from_its_capture_count_is_set_aside() -> None:
    text = ("5 captures\n26 Jul 2012 - 03 Mar 2016\nFeb\tMAR\tApr\n14\n2012\t2013\t2014\nsuccess\nfail\nAbout this "
            "capture\nCOLLECTED BY\nOrganization: Alexa Crawls\nStarting in 1996, Alexa Internet has been donating "
            "their crawl data to the Internet Archive.\nTIMESTAMPS\nloading\nMinistry of Foreign Affairs of Japan\n"
            "Courtesy Call on Minister for Foreign Affairs Koichiro Gemba by Assistant Secretary of State Kurt M. "
            "Campbell\nJuly 25, 2012\nOn Tuesday, July 24, Mr. Koichiro Gemba received a courtesy call from Mr. Kurt "
            "M. Campbell.\n")
    layout = split_layout(normalise_lines(text))
    assert layout.title is not None and layout.title.startswith("Courtesy Call on Minister for Foreign Affairs")


def test_a_heading_wrapped_above_a_sentence_opening_with_thereafter_stays_a_heading() -> None:
    prose = ("The two leaders concurred on strengthening bilateral economic relations, including through the "
             "promotion of investment by Japanese companies in Pakistan, and exchanged views on Afghanistan.")
    lines = [prose[:70], prose[71:141], prose[142:],
             "Meeting with the Vice President of the People’s Republic of China",
             "Thereafter, the Prime Minister held a meeting with H.E. Mr. Wang Qishan,",
             "Vice President of the People’s Republic of China. The Prime Minister stated that relations have",
             "returned to a normal track, and that he would like to make the visit a success."]
    joined = [line.text for line in unwrap(normalise_lines("\n".join(lines))) if line.text]
    assert "Meeting with the Vice President of the People’s Republic of China" in joined
    assert any(text.startswith("Thereafter, the Prime Minister held a meeting with H.E. Mr. Wang Qishan, Vice")
               for text in joined)


def test_a_news_pages_headline_under_its_date_is_the_title() -> None:
    text = ("World News | Thu Dec 15, 2016 | 11:41am EST\nAbe, Putin talk islands at hot spring summit, but "
            "breakthrough unlikely\nBy Linda Sieg | NAGATO, JAPAN\n(Reuters) - Japanese Prime Minister Shinzo Abe and "
            "Russian President Vladimir Putin held talks at a hot spring resort in Japan on Thursday.\n")
    layout = split_layout(normalise_lines(text))
    assert layout.title == "Abe, Putin talk islands at hot spring summit, but breakthrough unlikely"


def test_the_publishers_name_over_the_date_is_not_the_headline() -> None:
    text = ("Finnish Government\nMenu\n\nForeign Minister Valtonen and Japanese Foreign Minister Kamikawa: Finland "
            "and Japan will deepen their strategic partnership\n\nMinistry for Foreign Affairs\nPublication date "
            "9.1.2024 17.05 | Published in English on 9.1.2024 at 17.40\n\nMinister for Foreign Affairs Elina "
            "Valtonen and Minister for Foreign Affairs of Japan Yoko Kamikawa met in Helsinki on Tuesday 9 January.\n")
    layout = split_layout(normalise_lines(text))
    assert layout.title is not None and layout.title.startswith("Foreign Minister Valtonen and Japanese")
    assert layout.dateline == datetime.date(2024, 1, 9)


def test_breadcrumbs_and_a_labelled_dateline_leave_the_body_but_keep_their_words() -> None:
    text = ("Home » Europe » UK\n\nPress release\n\nForeign Secretary call with Japanese Foreign Minister\n\n"
            "Foreign Secretary David Lammy spoke to Japanese Foreign Minister Iwaya Takeshi today.\n\nFrom:\n"
            "Foreign, Commonwealth & Development Office\nPublished\n3 December 2024\n\n"
            "The Foreign Secretary congratulated Foreign Minister Iwaya on his appointment.\n")
    layout = split_layout(normalise_lines(text))
    assert layout.dateline == datetime.date(2024, 12, 3)
    assert layout.furniture == ("Home » Europe » UK", "From:", "Foreign, Commonwealth & Development Office",
                                "Published", "3 December 2024")
    assert [line.text for line in layout.body if line.text] == [text.split("\n")[6], text.split("\n")[-2]]
    assert "<!-- page: Home » Europe » UK | From:" in render_body(layout.body, (), layout.furniture).markdown


def test_a_site_name_above_the_dateline_is_not_the_title() -> None:
    text = ("Embassy of Japan in Kenya\n\n令和2年8月24日\n\nJapan-Kenya Foreign Ministers’ Telephone Talk\n\n"
            "On August 24, Mr. MOTEGI Toshimitsu held a telephone talk with H.E. Amb. Raychelle Omamo.\n")
    layout = split_layout(normalise_lines(text))
    assert layout.title == "Japan-Kenya Foreign Ministers’ Telephone Talk"
    assert layout.dateline == datetime.date(2020, 8, 24)


def test_a_sites_press_statement_label_is_no_part_of_the_title() -> None:
    text = ("Home > Newsroom\n\nMFA Press Statement: Minister for Foreign Affairs Dr Vivian Balakrishnan's call on "
            "Japanese Prime Minister Shinzo Abe, 25 April 2016\n\nMinister for Foreign Affairs Dr Vivian Balakrishnan "
            "called on Japanese Prime Minister Shinzo Abe this morning.\n")
    layout = split_layout(normalise_lines(text))
    assert layout.title == ("Minister for Foreign Affairs Dr Vivian Balakrishnan's call on Japanese Prime Minister "
                            "Shinzo Abe, 25 April 2016")


def test_a_long_cookie_notice_is_no_part_of_the_readout() -> None:
    text = ("Skip to main content\nTell us whether you accept cookies\nWe use cookies to collect information about how "
            "you use GOV.UK. We use this information to make the website work as well as possible and improve "
            "government services.\nAccept all cookies\nPress release\nPM call with Prime Minister Suga of Japan: 23 "
            "September 2020\nPrime Minister Boris Johnson spoke to Japanese Prime Minister Yoshihide Suga today.\n")
    layout = split_layout(normalise_lines(text))
    assert layout.title == "PM call with Prime Minister Suga of Japan: 23 September 2020"


def test_caption_lines_give_the_title() -> None:
    text = ("Countries & Regions\n\nApril 11, 2013\nJapan-U.K. Foreign Ministers' meeting (1)\n"
            "Japan-U.K. Foreign Ministers' meeting (2)\n\nMinister Kishida held a talk with Rt. Hon. William Hague.")
    layout = split_layout(normalise_lines(text))
    assert (layout.title, layout.title_source) == ("Japan-U.K. Foreign Ministers' meeting", "caption")
    assert layout.captions == ()


def test_photo_captions_numbered_after_a_space_give_the_title() -> None:
    text = ("Japan-Indonesia Relations\n\nJanuary 15, 2017\n(Photo) Prime Minister Abe and President Joko shaking "
            "hands\n(Photo) Japan-Indonesia Summit Meeting 1\n(Photo) Japan-Indonesia Summit Meeting 2\n\n"
            "On January 15, Mr. Shinzo Abe held a summit meeting with H.E. Mr. Joko Widodo.")
    layout = split_layout(normalise_lines(text))
    assert (layout.title, layout.title_source) == ("Japan-Indonesia Summit Meeting", "caption")


def test_the_meetings_of_a_visit_are_the_visitors() -> None:
    paragraphs = ["External Affairs Minister Dr. S. Jaishankar paid an official visit to Japan from 06-08 March 2024 "
                  "at the invitation of the Foreign Minister of Japan, H.E. Ms. Yoko Kamikawa.",
                  "On 7 March 2024, EAM met Foreign Minister Kamikawa in Tokyo, where the two Ministers co-chaired the "
                  "16th India-Japan Foreign Ministers’ Strategic Dialogue."]
    found = find_lead(paragraphs)
    assert found is not None and found.paragraph == paragraphs[1]
    text = "\n".join(paragraphs)
    present = present_people(found, text, find_mentions(text))
    assert [canonical_name(p.mention.words) for p in present] == ["S. Jaishankar", "Kamikawa"]
    assert classify_meeting(found.clause, None, []) == "strategic dialogue"


def test_numbered_captions_with_a_credit_give_the_title_and_keep_the_credit() -> None:
    text = ("Japan-Sri Lanka Summit Meeting-1 (Photo: Cabinet Public Relations Office)\n"
            "Japan-Sri Lanka Summit Meeting-2 (Photo: Cabinet Public Relations Office)\nMay 2, 2023\n\n"
            "On May 2, Mr. KISHIDA Fumio held a summit meeting with H.E. Mr. Ranil Wickremesinghe.")
    layout = split_layout(normalise_lines(text))
    assert (layout.title, layout.title_source) == ("Japan-Sri Lanka Summit Meeting", "caption")
    assert len(layout.captions) == 2


def test_no_break_spaces_and_runs_of_spaces_are_normalised() -> None:
    assert normalise_lines("  1. Minister\u00a0Kono  said\u200b so.\u00a0") == [Line(indent=2,
                                                                                   text="1. Minister Kono said so.")]


def _body(*texts: str) -> str:
    return render_body(tuple(normalise_lines("\n".join(texts)))).markdown


def test_points_become_an_ordered_list_with_sub_points_nested() -> None:
    markdown = _body("Lead sentence of the readout.", "1. Overall relations", "(1) First sub-point.",
                     "(2) Second sub-point.", "2. Specific issues", "Paragraph of the second point.",
                     "(* The foregoing is a provisional translation.)")
    assert markdown == ("Lead sentence of the readout.\n\n1. Overall relations\n\n    - (1) First sub-point.\n\n"
                        "    - (2) Second sub-point.\n\n2. Specific issues\n\n    Paragraph of the second point."
                        "\n\n(\\* The foregoing is a provisional translation.)\n")


def test_odd_numbering_is_repaired_in_markup_only() -> None:
    markdown = _body("Lead.", "  1. 1. Opening remarks", "  2. Bilateral relations", "  • (1) A sub-point.",
                     "  1. Cooperation")
    assert "1. Opening remarks" in markdown and "1. 1." not in markdown
    assert "3. Cooperation" in markdown and "    - (1) A sub-point." in markdown


def test_dash_bullets_and_an_empty_item_count_as_points() -> None:
    markdown = _body("Lead.", "- This meeting is the first.", "-", "- (1) At the beginning.", "- (2) Then.")
    assert len(re.findall(r"(?m)^(?:\d+\.|[-*])\s", markdown)) == 2
    assert "    - (1) At the beginning." in markdown


def test_a_sign_off_date_written_day_first_is_not_a_point() -> None:
    markdown = _body("Lead.", "1. The Ministers met.", "2. They agreed.", "", "Tokyo", "08 March 2024")
    assert re.findall(r"(?m)^\d+\. .*$", markdown) == ["1. The Ministers met.", "2. They agreed."]
    assert "08 March 2024" in markdown


def test_full_width_and_circled_numbers_are_points() -> None:
    assert re.findall(r"(?m)^\d+\. .*$", _body("Lead.", "１．The two ministers met.", "２．They agreed.")) == [
        "1. The two ministers met.", "2. They agreed."]
    assert re.findall(r"(?m)^\d+\. .*$", _body("Lead.", "① The two ministers met.", "② They agreed.")) == [
        "1. The two ministers met.", "2. They agreed."]


def test_markdown_characters_in_prose_are_escaped() -> None:
    markdown = _body("2015 is the year. 1. this line must not become a list", "* starred <b>bold</b> _x_")
    assert "1\\. this line" not in markdown or markdown.startswith("2015")
    assert "&lt;b>" in markdown and "\\_x\\_" in markdown


def test_the_meeting_date_is_the_one_the_lead_opens_with() -> None:
    from pathlib import Path

    from generator.ingest.extract import draft_readout
    from generator.ingest.sources import RawText

    text = ("Japan-U.S. Foreign Ministers' Meeting\n\nFollowing the telephone talk on June 12, on June 14, commencing "
            "at 3 p.m., Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with the Honorable Mike Pompeo, "
            "Secretary of State of the United States.")
    draft = draft_readout(RawText(path=Path("x.txt"), text=text, sha256="0" * 64, is_html=False))
    assert draft.stated is not None and (draft.stated.month, draft.stated.day) == (6, 14)


def test_people_only_spoken_of_in_the_lead_are_not_present() -> None:
    lead = ("Foreign Secretary James Cleverly met Japan’s Foreign Minister Hayashi Yoshimasa today, ahead of Prime "
            "Minister Kishida’s visit next month, according to Spokesperson Jane Doe.")
    found = find_lead([lead])
    assert found is not None
    present = present_people(found, lead, find_mentions(lead))
    assert [p.mention.words for p in present] == [("James", "Cleverly"), ("Hayashi", "Yoshimasa")]


def test_a_surname_travelling_to_a_place_is_still_a_name() -> None:
    mentions = find_mentions("They looked forward to the visit of Prime Minister Kishida to India next year.")
    assert [(m.role, m.words) for m in mentions] == [("Prime Minister", ("Kishida",))]


def test_the_i_of_a_first_person_release_is_the_minister_who_signs_it() -> None:
    text = ("Today I welcomed Japan's Foreign Minister to Parliament House.\nWe discussed the region.\n"
            "Senator the Hon Penny Wong\nMinister for Foreign Affairs")
    found = find_lead(text.split("\n"))
    assert found is not None
    present = present_people(found, text, find_mentions(text))
    assert [(p.mention.words, p.title) for p in present] == [(("Penny", "Wong"), "Minister for Foreign Affairs")]


def test_the_i_of_a_release_signed_above_its_title_is_the_minister_of_the_byline() -> None:
    header = ("Skip to main content", "Minister for Foreign Affairs", "Senator the Hon Penny Wong", "Media release")
    text = "Today I met with my Indonesian counterpart, Foreign Minister Retno Marsudi, in Jakarta."
    found = find_lead([text])
    assert found is not None
    present = present_people(found, text, find_mentions(text), header)
    assert [(canonical_name(p.mention.words), p.title) for p in present] == [
        ("Penny Wong", "Minister for Foreign Affairs"), ("Retno Marsudi", "Foreign Minister")]
    assert [p.mention.words for p in present_people(found, text, find_mentions(text))] == [("Retno", "Marsudi")]


def test_a_rank_after_mr_is_a_given_name() -> None:
    mentions = find_mentions("a courtesy call from Mr. Baron Waqa, Secretary General of the Forum")
    assert [(m.title, m.words) for m in mentions] == [("Mr.", ("Baron", "Waqa"))]


def test_a_name_between_commas_after_its_role_is_a_mention() -> None:
    mentions = find_mentions("Today I welcomed Japan's Minister for Foreign Affairs, Yoko Kamikawa, to Canberra.")
    assert [m.words for m in mentions] == [("Yoko", "Kamikawa")]
    assert find_mentions("Trade, Industry and Energy, Climate Change, Education and Science.") == []
