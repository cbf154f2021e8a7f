"""Titles and common first names: enough to tell a person's name from other capitalised words.

Used to guess a gender for people outside the contest config (so that "he"
and "she" find them) and to see where a person's name starts in a phrase
("the vote Jeremy Corbyn said" names Jeremy Corbyn). Deliberately small: a
miss costs only a guess.
"""
from __future__ import annotations

TITLES = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": None, "lord": "m", "lady": "f", "dame": "f",
    "sir": "m", "sen": None, "senator": None, "rep": None, "representative": None, "gov": None,
    "governor": None, "president": None, "prof": None, "professor": None, "rev": None, "judge": None,
    "justice": None, "baroness": "f", "baron": "m", "king": "m", "queen": "f", "prince": "m",
    "princess": "f", "pope": "m", "mayor": None, "secretary": None, "speaker": None, "chancellor": None,
}
# A few common first names, to guess a gender for people not in the config.
MALE = set("""
james john robert michael william david richard joseph thomas charles chris christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam henry nathan douglas
zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan
juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny bernie ted marco
ben rand jeb mike newt rick bill barack tom owen jeremy dave iain neil ed
boris nigel keir ken tony gordon ed alastair ian dan jim tim nick rob steve jon clive len
""".split())
FEMALE = set("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
charlotte rose alexis kayla hillary carly nikki sarah kezia theresa nicola harriet yvette liz lucy
diane jess caroline margaret ruth jane
""".split())


def looks_like_person(words: list[str]) -> bool:
    """True when capitalised ``words`` start with a title or a common first name."""
    if not words:
        return False
    first = words[0].rstrip(".").lower()
    return first in TITLES or first in MALE or first in FEMALE
