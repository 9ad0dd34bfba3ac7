"""Who says a claim in a short text: the attribution of the claim's first occurrence."""

from reviewer.suggest.attribution import Attribution, attribute


def who_says(text: str, claim: str) -> Attribution:
    start = text.index(claim)
    return attribute(text, start, start + len(claim))
