"""A draft tied to the rest of the import: people resolved to ids, the date decided, issues tagged.

The result is the front matter in the content contract's key order (without the id,
which the store mints or keeps) plus the review notes and the officials seen.
"""

from __future__ import annotations

import dataclasses
import datetime
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.ingest.extract import Draft
from generator.ingest.identity import same_person
from generator.ingest.lead import Present, title_after
from generator.ingest.names import HEADS, Mention, canonical_name, slugify
from generator.ingest.offices import holder_in_office, office_kind
from generator.ingest.people import Person, alias_forms, country_from_title, resolve_full, resolve_short
from generator.ingest.registry import Registry, Seen
from generator.ingest.vocabulary import Vocabulary
from generator.ingest.years import DateDecision, DateEvidence

log = logging.getLogger(__name__)

_REMOTE = ("telephone talk", "video conference")


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """One meeting ready to be written, except for its id."""

    draft: Draft
    date: datetime.date | None
    slug: str
    meta: dict[str, Any]
    """Front matter without ``id`` (and without ``aliases``, which only a person writes)."""
    seen: tuple[Seen, ...]
    participants: tuple[str, ...]
    firm: bool


def with_ids(plan: Plan, renamed: Mapping[str, str], names: Mapping[str, str]) -> Plan:
    """The plan with people renamed to the ids kept for them (``registry.same_new_people``); ``names`` gives each
    kept id's canonical name."""
    touched = any(official in renamed for official in plan.participants) or any(s.id in renamed for s in plan.seen)
    if not touched:
        return plan
    meta = dict(plan.meta)
    entries = [{**entry, "official": renamed.get(entry["official"], entry["official"])}
               for entry in meta.get("participants", [])]
    kept: dict[str, dict[str, Any]] = {}
    for entry in entries:  # the first entry of each id, where it stood: the first participant stays first
        kept.setdefault(entry["official"], entry)
    meta["participants"] = list(kept.values())
    if "mentioned" in meta:
        ids = {entry["official"] for entry in entries}
        meta["mentioned"] = [m for m in dict.fromkeys(renamed.get(m, m) for m in meta["mentioned"]) if m not in ids]
        if not meta["mentioned"]:
            del meta["mentioned"]
    seen = tuple(dataclasses.replace(s, id=renamed[s.id], name=names[renamed[s.id]]) if s.id in renamed else s
                 for s in plan.seen)
    participants = tuple(dict.fromkeys(renamed.get(official, official) for official in plan.participants))
    return dataclasses.replace(plan, meta=meta, seen=seen, participants=participants)


def principal_people(draft: Draft, registry: Registry) -> list[Person]:
    """The people the lead names in full (surname references wait for the date)."""
    return [resolve_full(registry, p.mention) for p in draft.present if p.mention.is_full]


def date_evidence(draft: Draft, people: Sequence[Person], year: int | None,
                  sibling_years: tuple[int, ...] = ()) -> DateEvidence:
    """What bears on the draft's date, with the participants' terms of office."""
    kinds = {p.mention.as_written: office_kind(p.title or p.mention.role) for p in draft.present}
    full = [p for p in draft.present if p.mention.is_full]
    holders = tuple((person.holder, kind) for person, present in zip(people, full, strict=False)
                    if person.holder is not None and (kind := kinds.get(present.mention.as_written)) is not None
                    and any(term.office == kind for term in person.holder.terms))
    countries = tuple(dict.fromkeys(
        country for person, present in zip(people, full, strict=False)
        if (country := person.country or country_from_title(present.title or present.mention.role))))
    return DateEvidence(stated=draft.stated, dateline=draft.dateline, holders=holders, text=draft.text,
                        countries=countries, sibling_years=sibling_years, year=year)


def assemble(draft: Draft, registry: Registry, vocabulary: Vocabulary, decision: DateDecision) -> Plan:
    """Resolve everyone, tag issues, and lay out the front matter."""
    participants, unresolved = _participants(draft, registry, decision.date)
    known = [person for person, _ in participants]
    mentioned = _mentioned(draft, registry, known, decision.date)
    ids = tuple(dict.fromkeys(person.id for person, _ in participants))
    review = [*decision.notes, *draft.notes, *_missing_notes(draft, participants, unresolved)]
    meta: dict[str, Any] = {"title": draft.title, "date": decision.date}
    if draft.time:
        meta["time"] = draft.time.hhmm
        if draft.time.zone:
            meta["timezone"] = draft.time.zone
    if draft.duration:
        meta["duration_minutes"] = draft.duration
    if draft.location:  # a call's only when its lead says where a side was
        meta["location"] = draft.location
    meta["type"] = draft.kind
    if draft.section:
        meta["section"] = draft.section
    meta["participants"] = _participant_entries(participants, _roles(mentioned))
    meta["mentioned"] = [p.id for p in dict((p.id, p) for p, _ in mentioned if p.id not in ids).values()]
    meta["issues"] = list(vocabulary.match(f"{draft.title or ''}\n{draft.text}"))
    meta["source"] = _source(draft)
    meta["review"] = review
    seen = _seen(draft, [*participants, *mentioned])
    return Plan(draft=draft, date=decision.date, slug=slugify(draft.title or draft.kind) or "meeting",
                meta={k: v for k, v in meta.items() if v not in (None, [], {}) or k == "review"},
                seen=seen, participants=ids, firm=decision.firm)


def _participants(draft: Draft, registry: Registry, day: datetime.date | None,
                  ) -> tuple[list[tuple[Person, Any]], list[str]]:
    """Everyone present, resolved; surname-only people who cannot be identified are listed apart."""
    found: list[tuple[Person, Any]] = []
    unresolved: list[str] = []
    # by position: a one-paragraph readout can name the same people thousands of times, and looking
    # each one up in a list of all the others was quadratic
    full = {index: resolve_full(registry, p.mention) for index, p in enumerate(draft.present) if p.mention.is_full}
    first: dict[str, Person] = {}
    for resolved in full.values():
        first.setdefault(resolved.id, resolved)
    known = list(first.values())
    if not all(present.mention.is_full for present in draft.present):
        known.extend(_named_elsewhere(draft, registry, first))
    for index, present in enumerate(draft.present):
        person = (full[index] if present.mention.is_full
                  else resolve_short(registry, present.mention, known, day, role=_office_role(present)))
        if person is None:
            unresolved.append(present.mention.as_written)
        elif all(person.id != other.id for other, _ in found):
            found.append((person, present))
    subject = _office_holder(draft, registry, day)
    if subject is not None and all(subject[0].id != other.id for other, _ in found):
        found.insert(0, subject)
    return found, unresolved


_PUBLISHERS = ((re.compile(r"white\s*house|\bstate\.gov\b|department\s+of\s+state", re.IGNORECASE), "United States"),
               (re.compile(r"\bgov\.uk\b|downing\s+street", re.IGNORECASE), "United Kingdom"))
"""Whose government a page is, by its publisher or address: the country whose office an unnamed subject holds."""


def _office_holder(draft: Draft, registry: Registry, day: datetime.date | None) -> tuple[Person, Present] | None:
    """Who held the office the lead's subject names without a name ("The President called ...") on the day, on a
    page whose government the table of terms knows; their name is inferred, so the lead stays their mention."""
    kind = office_kind(draft.subject_office or "")
    source = f"{draft.publisher or ''} {draft.url or ''}"
    country = next((name for pattern, name in _PUBLISHERS if pattern.search(source)), None)
    if day is None or kind is None or country is None:
        return None
    holder = holder_in_office(country, kind, day)
    if holder is None:
        return None
    found = registry.find_person(holder.name)
    person = Person(id=found or slugify(holder.name), name=holder.name, country=holder.country, holder=holder)
    mention = Mention(title="", words=tuple(holder.name.split()), start=0, end=0, honorific=False)
    return person, Present(mention=mention, title=draft.subject_office)


def _named_elsewhere(draft: Draft, registry: Registry, present: dict[str, Person]) -> list[Person]:
    """People the readout names in full outside the lead: whom a surname in the lead may mean ("H.E. Mr. Damdin
    Tsogtbaatar ... is visiting Japan. On October 10, Mr. MOTEGI ... held a meeting with Minister Tsogtbaatar"),
    before any table of office-holders is asked."""
    found: dict[str, Person] = {}
    for mention in draft.mentions:
        if mention.is_full and canonical_name(mention.words) not in found:
            person = resolve_full(registry, mention)
            if person.id not in present:
                found.setdefault(canonical_name(mention.words), person)
    return list({person.id: person for person in found.values()}.values())


def _office_role(present: Present) -> str | None:
    """The role that names the office: the one before the name, else the one after it ("Lord Cameron,
    Secretary of State for Foreign ...")."""
    return present.mention.role if office_kind(present.mention.role) else present.title


_FORMER = re.compile(r"\bformer\s+$", re.IGNORECASE)
""""former President Yudhoyono": the lower-case "former" is outside the titled run, yet it decides whose term
the surname is looked up in (one that ended before the meeting)."""
_THEN = re.compile(r"\bthen\s+$")
""""then Prime Minister Abe": a holder at the time of an earlier event, looked up among former holders when no
holder in office on the day has the surname (else "then" starts the next step: "..., then Prime Minister X said")."""


_CIVILIAN = re.compile(r"\b(?:architect|artist|author|novelist|writer|poet|composer|painter|scholar|scientist"
                       r"|athlete|player|singer|actor|actress|businessman|businesswoman|entrepreneur|journalist"
                       r"|citizens?|nationals?|detainees?|hostages?)s?\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?$")
"""Someone the readout names by a calling or as a private person, not by an office ("the late Japanese architect
Mr. Kisho Kurokawa", "Australian citizens Ms Cheng Lei and Dr Yang Hengjun"): no official, so not among those
mentioned."""


def _civilians(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions ``_CIVILIAN`` describes, and those joined to one of them by "and"."""
    found: list[Mention] = []
    for mention in mentions:
        joined = bool(found) and re.fullmatch(r"[,\s]*(?:and\s+)?", text[found[-1].end:mention.start]) is not None
        if joined or _CIVILIAN.search(text, max(0, mention.start - 30), mention.start):
            found.append(mention)
    return found


def _mentioned(draft: Draft, registry: Registry, known: list[Person],
               day: datetime.date | None) -> list[tuple[Person, Mention]]:
    """Titled people named anywhere in the readout, resolved (participants are filtered out later)."""
    people: list[tuple[Person, Mention]] = []
    civilians = set(_civilians(draft.text, draft.mentions))
    full = [(_known_or_full(registry, m, known), m) for m in draft.mentions if m.is_full and m not in civilians]
    everyone = list({p.id: p for p in [*known, *(p for p, _ in full)]}.values())
    people.extend(full)
    for mention in draft.mentions:
        if not mention.is_full:
            after = title_after(draft.text, mention)
            role = mention.role if after in (None, mention.role) else f"{mention.role} {after}".strip()
            if _FORMER.search(draft.text, max(0, mention.start - 12), mention.start):
                role = f"former {role}"
            person = resolve_short(registry, mention, everyone, day, role=role)
            if person is None and _THEN.search(draft.text, max(0, mention.start - 12), mention.start):
                person = resolve_short(registry, mention, everyone, day, role=f"former {role}")
            if person is not None:
                people.append((person, mention))
    named = {person.id for person in everyone} | {person.id for person, _ in people}
    people.extend(leader for leader in _possessive_leaders(draft.text, registry, everyone, day)
                  if leader[0].id not in named)  # else "Trump's" would add a bare alias to someone already named
    return people


_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)['’]s\b")
_LEADER_ROLES = ("President", "Prime Minister")


def _possessive_leaders(text: str, registry: Registry, known: list[Person],
                        day: datetime.date | None) -> list[tuple[Person, Mention]]:
    """Leaders named by a bare surname in the possessive ("Putin's war of aggression"), as Western readouts
    name one they condemn: only the one head of state or government of that surname in office on the day."""
    found: list[tuple[Person, Mention]] = []
    for match in _POSSESSIVE.finditer(text):
        mention = Mention(title="", words=(match.group(1),), start=match.start(1), end=match.end(1), honorific=False)
        person = next((leader for role in _LEADER_ROLES
                       if (leader := resolve_short(registry, mention, known, day, role=role)) is not None), None)
        if person is not None:
            found.append((person, mention))
    return found


def _known_or_full(registry: Registry, mention: Mention, known: list[Person]) -> Person:
    """A participant when the name is a shorter form of theirs ("President Lacalle Pou" for "Luis Alberto
    Lacalle Pou", a two-word surname that reads as a full name), else the official the name refers to."""
    name = canonical_name(mention.words)
    participant = next((person for person in known if same_person(person.name, name)), None)
    return participant or resolve_full(registry, mention)


def _roles(mentioned: list[tuple[Person, Mention]]) -> dict[str, str]:
    """The first role the readout gives each person anywhere ("Foreign Minister Kono")."""
    roles: dict[str, str] = {}
    for person, mention in mentioned:
        if mention.role and {w.lower() for w in mention.role.split()} & HEADS:
            roles.setdefault(person.id, mention.role)
    return roles


def _participant_entries(participants: list[tuple[Person, Any]], roles: dict[str, str]) -> list[dict[str, str]]:
    """``{official, title}`` per participant: the title the lead gives, else the first one given later."""
    entries = []
    for person, present in participants:
        entry = {"official": person.id}
        title = present.title or roles.get(person.id)
        if title:
            entry["title"] = title
        entries.append(entry)
    return entries


def _source(draft: Draft) -> dict[str, str]:
    """Where the readout came from: file name, hash of its bytes, URL and publisher when known."""
    source = {"file": draft.path.name, "sha256": draft.sha256}
    if draft.url:
        source["url"] = draft.url
    if draft.publisher:
        source["publisher"] = draft.publisher
    return source


def _missing_notes(draft: Draft, participants: list[tuple[Person, Any]], unresolved: list[str]) -> list[str]:
    """A note for every field that could not be determined or was made up from the lead."""
    notes = []
    if draft.title_from_lead:
        notes.append("title: the readout has no title; this one is made from its lead")
    for field, value in (("time", draft.time), ("duration", draft.duration)):
        if value is None:
            notes.append(f"{field}: not stated in the readout")
    if draft.location is None and draft.kind not in _REMOTE:
        notes.append("location: not stated in the readout")
    if not participants:
        notes.append("participants: no participant could be identified in the lead")
    if unresolved:
        notes.append("participants: named without a full name and not identified: " + "; ".join(unresolved))
    if draft.kind == "meeting":
        notes.append("type: nothing more specific than 'meeting' fits the readout")
    return notes


def _seen(draft: Draft, people: list[tuple[Person, Any]]) -> tuple[Seen, ...]:
    """Each official once, with every form of their name this readout uses."""
    forms: dict[str, list[str]] = {}
    first: dict[str, Person] = {}
    titles: dict[str, str | None] = {}
    for person, item in people:
        mention = item if isinstance(item, Mention) else item.mention
        forms.setdefault(person.id, []).extend(alias_forms(mention))
        first.setdefault(person.id, person)
        titles.setdefault(person.id, None if isinstance(item, Mention) else item.title)
    lead_subject = people[0][0].id if people else None
    return tuple(
        Seen(id=official, name=person.name, aliases=tuple(dict.fromkeys(forms[official])),
             country=person.country or country_from_title(titles[official])
             or ("Japan" if official == lead_subject and draft.publisher == "Ministry of Foreign Affairs of Japan"
                 else None))
        for official, person in first.items()
    )
