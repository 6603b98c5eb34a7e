"""The time words files: same keys in every language, names as CLDR has them, errors that say where."""

from __future__ import annotations

import pytest
import yaml
from babel.dates import get_day_names, get_month_names

from warta.errors import DataFileError
from warta.time.words import DATA_DIR, KEYS, load_time_words, parse_time_words


@pytest.mark.parametrize("lang", ["id", "en"])
def test_words_data_has_every_key(lang):
    raw = yaml.safe_load((DATA_DIR / lang / "time_words.yaml").read_text(encoding="utf-8"))
    assert set(raw) == KEYS


@pytest.mark.parametrize("lang", ["id", "en"])
def test_words_data_names_agree_with_cldr(lang):
    words = load_time_words(lang)
    for number, name in get_month_names("wide", locale=lang).items():
        assert words.months[name.lower()] == number
    for index, name in get_day_names("wide", locale=lang).items():
        assert words.weekdays[name.lower()] == index + 1  # babel: Monday = 0


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"months": {"januari": 13}}, "month numbers"),
        ({"units": {"hari": "fortnight"}}, "units"),
        ({"numeric_date_order": "YDM"}, "numeric_date_order"),
        ({"ago": "lalu"}, "ago"),
    ],
)
def test_words_data_malformed_file_names_the_problem(patch, message):
    raw = yaml.safe_load((DATA_DIR / "id" / "time_words.yaml").read_text(encoding="utf-8"))
    raw.update(patch)
    with pytest.raises(DataFileError, match=message):
        parse_time_words(raw, lang="id", path="time_words.yaml")


def test_words_data_missing_key_is_reported():
    with pytest.raises(DataFileError, match="missing keys"):
        parse_time_words({"months": {}}, lang="id", path="time_words.yaml")
