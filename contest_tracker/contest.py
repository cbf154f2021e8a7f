"""A contest described as a TOML file: its window, people, keywords, key dates and sources.

Everything contest-specific lives in the file, so that another contest needs
nothing but another file. ``load_contest("labour-2016")`` reads
``contests/labour-2016.toml``; a path to any ``.toml`` file works too, and a
file may say ``extends = "labour-2016"`` to take everything but its own keys.
"""
from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CONTESTS_DIR = Path(__file__).resolve().parent.parent / "contests"
DEFAULT_CONTEST = "labour-2016"


class ContestError(Exception):
    """The contest file is missing or malformed."""


@dataclass(frozen=True)
class Role:
    title: str
    start: dt.date | None = None
    until: dt.date | None = None
    descriptors: tuple[str, ...] = ()

    def held_on(self, day: dt.date | None) -> bool:
        """True if the role was held on ``day`` (or if the day is unknown)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    gender: str | None = None
    party: str | None = None
    twitter: str | None = None
    candidate: bool = False
    roles: tuple[Role, ...] = ()

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def role_on(self, day: dt.date | None) -> str | None:
        """The first configured role held on ``day``: the one shown as ``speakers.role``."""
        for role in self.roles:
            if role.held_on(day):
                return role.title
        return None

    def names(self) -> list[str]:
        """Every way of naming this person that is unambiguous within an article."""
        names = [self.name, *self.aliases]
        names += [f"{title} {self.surname}" for title in self.titles]
        if self.twitter:
            names.append("@" + self.twitter)
        return names


@dataclass(frozen=True)
class KeyDate:
    date: dt.date
    type: str
    title: str
    place: str | None = None
    venue: str | None = None
    description: str | None = None
    participants: tuple[str, ...] = ()
    source: str | None = None


@dataclass(eq=False)  # hashable by identity, so per-contest caches can key on it
class Contest:
    slug: str
    name: str
    start: dt.date
    end: dt.date
    description: str = ""
    party: str | None = None
    keywords: list[str] = field(default_factory=list)
    min_relevance: int = 2
    people: list[Person] = field(default_factory=list)
    key_dates: list[KeyDate] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    path: Path | None = None

    def in_window(self, day: dt.date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def person_by_handle(self, handle: str | None) -> Person | None:
        handle = (handle or "").lstrip("@").lower()
        return next((p for p in self.people if p.twitter and p.twitter.lower() == handle), None)

    def descriptor_holders(self, day: dt.date | None) -> dict[str, Person]:
        """Map each lower-cased descriptor ("the labour leader") to who held it on ``day``."""
        holders: dict[str, Person] = {}
        for person in self.people:
            for role in person.roles:
                if role.held_on(day):
                    for descriptor in role.descriptors:
                        holders.setdefault(descriptor.lower(), person)
        return holders

    def source(self, name: str) -> dict:
        for source in self.sources:
            if source["name"] == name:
                return source
        raise ContestError(
            f"No source named {name!r} in {self.slug}; choose from: "
            + ", ".join(s["name"] for s in self.sources)
        )


def _date(value, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ContestError(f"{where}: {value!r} is not a YYYY-MM-DD date") from exc


def _resolve_path(name_or_file: str | Path) -> Path:
    path = Path(name_or_file)
    if path.suffix == ".toml" or path.exists():
        if not path.exists():
            raise ContestError(f"Contest file not found: {path}")
        return path
    candidate = CONTESTS_DIR / f"{name_or_file}.toml"
    if not candidate.exists():
        known = ", ".join(sorted(p.stem for p in CONTESTS_DIR.glob("*.toml")))
        raise ContestError(f"Unknown contest {name_or_file!r}; known contests: {known}")
    return candidate


def read_contest_data(name_or_file: str | Path = DEFAULT_CONTEST, _seen: tuple = ()) -> tuple[dict, Path]:
    """The raw TOML of a contest, with ``extends`` applied (its own keys win)."""
    path = _resolve_path(name_or_file)
    if path.resolve() in _seen:
        raise ContestError(f"{path}: 'extends' loops back on itself")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ContestError(f"{path}: {exc}") from exc
    parent = data.pop("extends", None)
    if parent:
        base, _ = read_contest_data(parent, _seen + (path.resolve(),))
        base.update(data)
        data = base
    return data, path


def load_contest(name_or_file: str | Path = DEFAULT_CONTEST) -> Contest:
    """Read and check a contest file; raise ContestError with the reason if it is wrong."""
    data, path = read_contest_data(name_or_file)
    where = str(path)
    for key in ("name", "start", "end"):
        if key not in data:
            raise ContestError(f"{where}: missing required key {key!r}")
    people = []
    for raw in data.get("people", []):
        if "name" not in raw:
            raise ContestError(f"{where}: a [[people]] entry has no name")
        roles = tuple(
            Role(
                title=r["title"],
                start=_date(r.get("from"), where),
                until=_date(r.get("until"), where),
                descriptors=tuple(r.get("descriptors", ())),
            )
            for r in raw.get("roles", ())
        )
        people.append(
            Person(
                id=raw.get("id") or slugify(raw["name"]),
                name=raw["name"],
                aliases=tuple(raw.get("aliases", ())),
                titles=tuple(raw.get("titles", ())),
                gender=raw.get("gender"),
                party=raw.get("party"),
                twitter=(raw.get("twitter") or "").lstrip("@") or None,
                candidate=bool(raw.get("candidate", False)),
                roles=roles,
            )
        )
    key_dates = [
        KeyDate(
            date=_date(k["date"], where),
            type=k["type"],
            title=k["title"],
            place=k.get("place"),
            venue=k.get("venue"),
            description=k.get("description"),
            participants=tuple(k.get("participants", ())),
            source=k.get("source"),
        )
        for k in data.get("key_dates", [])
    ]
    sources = []
    for raw in data.get("sources", []):
        missing = [k for k in ("name", "kind", "url") if k not in raw]
        if missing:
            raise ContestError(f"{where}: a [[sources]] entry lacks {', '.join(missing)}")
        sources.append(dict(raw))
    return Contest(
        slug=data.get("slug") or path.stem,
        name=data["name"],
        start=_date(data["start"], where),
        end=_date(data["end"], where),
        description=data.get("description", ""),
        party=data.get("party"),
        keywords=list(data.get("keywords", [])),
        min_relevance=int(data.get("min_relevance", 2)),
        people=people,
        key_dates=key_dates,
        sources=sources,
        path=path,
    )


def slugify(text: str) -> str:
    """A stable id for a name: "Mr Dave Anderson" -> "mr-dave-anderson"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
