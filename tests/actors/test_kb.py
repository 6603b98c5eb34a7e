"""The knowledge base files: schema, codes, no conflicting aliases, same role keys in every language,
generated files current, and user extension without code."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from warta.actors.kb import DATA_DIR, NAME_KINDS, build_kb, load_kb, name_key, read_igos
from warta.errors import DataFileError
from warta.model import SECTORS

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("id", "en")


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


def _build_script():
    spec = importlib.util.spec_from_file_location("build_actor_kb", ROOT / "scripts" / "build_actor_kb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", LANGS)
def test_kb_names_have_no_conflicting_aliases(lang: str) -> None:
    seen: dict[tuple[str, ...], str] = {}
    folder = DATA_DIR / lang / "actors"
    for path in (folder / "countries.csv", folder / "names.csv"):
        for row in _rows(path):
            key = name_key(row["alias"])
            value = row.get("country") or ""
            assert seen.get(key, value) == value, f"{path.name}: {row['alias']!r} also {seen[key]}"
            seen[key] = value


@pytest.mark.parametrize("lang", LANGS)
def test_kb_names_use_valid_codes_kinds_and_sectors(lang: str) -> None:
    igos = read_igos([DATA_DIR / "actors" / "igos.csv"])
    for row in _rows(DATA_DIR / lang / "actors" / "names.csv"):
        assert row["kind"] in NAME_KINDS, row
        code = row["country"]
        assert code == "" or code in igos or (len(code) == 3 and code.isupper()), row
        assert row["sector"] in (*SECTORS, ""), row
        # no country: a location, or a transnational armed group (PETRARCH's IMG codes: ISIS, Al Qaeda)
        assert (row["kind"] == "location" or row["sector"] == "REB") or code != "", row
        assert row["kind"] != "location" or code == "", row


def test_kb_roles_have_the_same_keys_in_every_language() -> None:
    keys = {lang: {r["key"] for r in _rows(DATA_DIR / lang / "actors" / "roles.csv")} for lang in LANGS}
    assert keys["id"] == keys["en"], keys["id"] ^ keys["en"]
    sectors = {
        lang: {r["key"]: r["sector"] for r in _rows(DATA_DIR / lang / "actors" / "roles.csv")}
        for lang in LANGS
    }
    assert sectors["id"] == sectors["en"]


@pytest.mark.parametrize("name", ["people.csv", "people_petrarch.csv"])
def test_kb_people_dates_are_ordered(name: str) -> None:
    for row in _rows(DATA_DIR / "actors" / name):
        if row["start"] and row["end"]:
            assert dt.date.fromisoformat(row["start"]) < dt.date.fromisoformat(row["end"]), row


def test_kb_curated_people_share_no_alias() -> None:
    owner: dict[tuple[str, ...], str] = {}
    for row in _rows(DATA_DIR / "actors" / "people.csv"):
        for alias in (row["name"], *filter(None, row["aliases"].split("|"))):
            assert owner.setdefault(name_key(alias), row["name"]) == row["name"], alias


@pytest.mark.parametrize(
    ("alias", "other"), [("Kim Yung-ho", "kim yung ho"), ("Bangsa-Bangsa", "Bangsa Bangsa")]
)
def test_kb_name_key_ignores_hyphens_and_case(alias: str, other: str) -> None:
    assert name_key(alias) == name_key(other)


@pytest.mark.parametrize(
    ("lang", "alias", "country"), [("id", "Tiongkok", "CHN"), ("id", "China", "CHN"), ("en", "China", "CHN")]
)
def test_kb_country_aliases_across_languages(lang: str, alias: str, country: str) -> None:
    assert load_kb(lang).lookup(alias)[0].country == country


@pytest.mark.parametrize("lang", LANGS)
def test_kb_countries_file_is_current(lang: str) -> None:
    script = _build_script()
    committed = (DATA_DIR / lang / "actors" / "countries.csv").read_text(encoding="utf-8")
    assert committed == script.countries_csv(lang), "run scripts/build_actor_kb.py"


@pytest.mark.shared
def test_kb_petrarch_people_file_is_current() -> None:
    script = _build_script()
    committed = (DATA_DIR / "actors" / "people_petrarch.csv").read_text(encoding="utf-8")
    assert committed == script.people_csv(script.PHOENIX), "run scripts/build_actor_kb.py"


def test_kb_user_directory_extends_without_code(tmp_path: Path) -> None:
    (tmp_path / "actors").mkdir()
    (tmp_path / "id" / "actors").mkdir(parents=True)
    (tmp_path / "actors" / "people.csv").write_text(
        "name,aliases,country,sector,start,end\nBudi Santoso,Pak Budi,IDN,GOV,2020-01-01,\n", encoding="utf-8"
    )
    (tmp_path / "id" / "actors" / "names.csv").write_text(
        "alias,country,sector,kind,name\nPemkot Bandung,IDN,GOV,org,Pemerintah Kota Bandung\n",
        encoding="utf-8",
    )
    kb = build_kb("id", [DATA_DIR, tmp_path])
    assert kb.lookup("Budi Santoso")[0].country == "IDN"
    assert kb.lookup("Pemkot Bandung")[0].name == "Pemerintah Kota Bandung"
    assert kb.lookup("Rusia")[0].country == "RUS"


@pytest.mark.parametrize(
    ("row", "reason"),
    [("Atlantis,ATL1,GOV,country,", "not an ISO"), ("Foo,IGOXYZ,IGO,org,", "unknown IGO"),
     ("Foo,RUS,ABC,org,", "sector"), ("Foo,RUS,GOV,planet,", "kind")],
)  # fmt: skip
def test_kb_bad_rows_raise_with_file_and_line(tmp_path: Path, row: str, reason: str) -> None:
    (tmp_path / "id" / "actors").mkdir(parents=True)
    path = tmp_path / "id" / "actors" / "names.csv"
    path.write_text(f"# comment\nalias,country,sector,kind,name\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=reason) as err:
        build_kb("id", [DATA_DIR, tmp_path])
    assert err.value.line == 3 and str(path) in str(err.value)
