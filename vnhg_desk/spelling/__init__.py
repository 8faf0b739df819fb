"""Spell checking without Qt: Hunspell dictionaries, the library's word list, known names.

``SpellChecker`` answers "is this word right?" (cached) and "what might it be?";
``misspelled_spans`` finds the wrong words in a piece of text. The GUI underlines them.
"""

from vnhg_desk.spelling.checker import SpellChecker, dictionary_files, load_engine
from vnhg_desk.spelling.known import MUNICIPALITIES, known_words
from vnhg_desk.spelling.tokens import word_spans

__all__ = [
    "MUNICIPALITIES",
    "SpellChecker",
    "dictionary_files",
    "known_words",
    "load_engine",
    "word_spans",
]
