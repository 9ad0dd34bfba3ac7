"""What the attributor hands out (``Attribution``) and what it keeps per reporting cue
(``Cue``): plain records, so the layers share them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

KINDS = ("outlet", "party", "monitor", "local", "social")
STANCES = ("asserts", "denies", "confirms", "intends", "hearsay")


@dataclass(frozen=True)
class Attribution:
    """The speaker of a claim (None: the text's own voice), its kind and the stance."""

    speaker: str | None
    speaker_kind: str
    stance: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    admits: bool = False  # the cue is an admission (أقر، اعترف): against the speaker's side

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "stance": self.stance,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
        }


@dataclass
class Cue:
    first: int  # token index of the cue's first token
    stop: int  # token index after it
    start: int
    end: int
    stance: str
    according: bool
    word: str
    speaker: tuple[int, int] | None = None  # token range of the speaker phrase
    speaker_kind: str | None = None
    own: bool = False  # no speaker by its form (نؤكد، قيل): the text's own voice
    inner: bool = False  # a threat inside an earlier speaker's reported speech: no cue
