"""warta's errors cross process boundaries whole: a batch worker's error reaches the parent with its
file, line and reason (an error that cannot be unpickled breaks the whole process pool)."""

from __future__ import annotations

import pickle

from warta.errors import DataFileError, InputError


def test_errors_survive_pickling_with_their_place_and_reason() -> None:
    for error in (
        DataFileError("lexicon.yaml", "bad key", line=3),
        InputError("news.jsonl", "not JSON", line=7),
    ):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and str(back) == str(error)
        assert back.line == error.line and back.reason == error.reason
