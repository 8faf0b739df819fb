"""Words every VNHG text may use: the municipalities of Noord-Holland and people's names."""

from __future__ import annotations

from collections.abc import Iterable

from vnhg_desk.spelling.tokens import word_spans

#: The 44 municipalities of Noord-Holland (since the 2022 mergers).
MUNICIPALITIES = (
    "Aalsmeer", "Alkmaar", "Amstelveen", "Amsterdam", "Bergen", "Beverwijk", "Blaricum",
    "Bloemendaal", "Castricum", "Den Helder", "Diemen", "Dijk en Waard", "Drechterland",
    "Edam-Volendam", "Enkhuizen", "Gooise Meren", "Haarlem", "Haarlemmermeer", "Heemskerk",
    "Heemstede", "Heiloo", "Hilversum", "Hollands Kroon", "Hoorn", "Huizen", "Koggenland",
    "Landsmeer", "Laren", "Medemblik", "Oostzaan", "Opmeer", "Ouder-Amstel", "Purmerend",
    "Schagen", "Stede Broec", "Texel", "Uitgeest", "Uithoorn", "Velsen", "Waterland",
    "Wijdemeren", "Wormerland", "Zaanstad", "Zandvoort",
)  # fmt: skip


def known_words(*texts: Iterable[str]) -> set[str]:
    """Every word (and every part of a hyphenated word) in the given names, lower case."""
    words: set[str] = set()
    for group in texts:
        for text in group:
            for _start, _end, word in word_spans(text):
                words.add(word.lower())
                words.update(part.lower() for part in word.split("-") if part)
    return words
