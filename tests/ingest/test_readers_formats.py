"""One case per input format: what comes out of read_paths for each fixture."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import shutil
import sys
from pathlib import Path

import pytest

from warta.ingest import IngestFailure, read_paths
from warta.ingest.readers import expected_count
from warta.model import Document, offset_errors
from warta.options import ExtractOptions

D = dt.date


def read(paths: list, options: ExtractOptions | None = None) -> list:
    return list(read_paths([str(p) for p in paths], options or ExtractOptions()))


@pytest.mark.parametrize(
    ("name", "count", "first_text", "lang", "published"),
    [
        ("article.txt", 1, "Menteri Luar Negeri Retno Marsudi mengatakan", "id", None),
        ("article.html", 1, "Menlu RI bertemu Menlu Jepang bahas", "id", D(2024, 5, 8)),
        ("articles.jsonl", 3, "Dewan Perwakilan Rakyat menyetujui", "id", D(2024, 6, 12)),
        ("articles.csv", 2, "Gubernur Jawa Tengah meresmikan", "id", D(2024, 2, 20)),
        ("feed.rss", 2, "Presiden Joko Widodo bertemu dengan", "id", D(2024, 7, 4)),
        ("feed.atom", 1, "Foreign ministers of the Association", "en", D(2024, 3, 11)),
        ("pages.warc.gz", 2, "Menlu RI bertemu Menlu Jepang bahas", "id", D(2024, 5, 8)),
        ("latin1.txt", 1, "Presiden Prancis Emmanuel Macron tiba di Nouméa", "id", None),
        ("mojibake.txt", 1, "Juru bicara Kemlu mengatakan bahwa Indonesia “sangat prihatin”", "id", None),
    ],
)
def test_readers_format_yields_documents(fixtures: Path, name, count, first_text, lang, published) -> None:
    docs = read([fixtures / name])
    assert all(isinstance(d, Document) for d in docs), docs
    assert len(docs) == count
    assert docs[0].text.startswith(first_text)
    assert (docs[0].lang, docs[0].published) == (lang, published)
    assert all(offset_errors(d) == [] for d in docs)


def test_readers_html_metadata(fixtures: Path) -> None:
    (doc,) = read([fixtures / "article.html"])
    assert doc.title == "Menlu RI bertemu Menlu Jepang bahas kerja sama maritim"
    assert doc.url == "https://kabar-nusantara.example/internasional/2024/05/08/menlu-ri-jepang"
    assert "Berita terkait" not in doc.text and "Hak cipta" not in doc.text  # page furniture left out
    assert "“Indonesia dan Jepang memiliki kepentingan yang sama" in doc.text


def test_readers_records_keep_fields_and_sources(fixtures: Path) -> None:
    docs = read([fixtures / "articles.jsonl"])
    assert [d.doc_id for d in docs[:2]] == ["kn-2024-0001", "kn-2024-0002"]
    assert docs[0].title == "DPR setujui RUU Penyiaran"
    assert docs[0].url.endswith("/ruu-penyiaran")
    assert docs[1].published == D(2024, 6, 12)  # "12 Juni 2024" through dateparser
    assert docs[2].lang == "en" and docs[2].published is None
    assert [d.source for d in docs] == [f"{fixtures / 'articles.jsonl'}:{n}" for n in (1, 2, 3)]


def test_readers_feed_entries_have_link_title_and_artefacts(fixtures: Path) -> None:
    first, second = read([fixtures / "feed.rss"])
    assert first.url.endswith("/presiden-australia") and first.title.startswith("Presiden bertemu")
    assert first.text.endswith("Kedua pemimpin sepakat mempercepat kerja sama kendaraan listrik.")
    assert [second.text[s:e] for s, e in second.removed] == ["Baca juga: Harga minyak dunia turun"]
    assert second.lang == "id"


def test_readers_forced_lang_and_fallback_date(fixtures: Path) -> None:
    options = ExtractOptions(lang="en", published=D(2024, 1, 1))
    (doc,) = read([fixtures / "article.txt"], options)
    assert (doc.lang, doc.published) == ("en", D(2024, 1, 1))
    (html,) = read([fixtures / "article.html"], options)
    assert html.published == D(2024, 5, 8)  # the page's own date wins over the fallback


def test_readers_auto_lang_identifies(fixtures: Path) -> None:
    (doc,) = read([fixtures / "feed.atom"], ExtractOptions(lang="auto"))
    assert doc.lang == "en"


def test_readers_json_array_and_gzip(tmp_path: Path) -> None:
    array = tmp_path / "berita.json"
    array.write_text('[{"id": 7, "text": "Presiden melantik menteri baru di Istana Negara pada Senin."}]')
    packed = tmp_path / "berita.jsonl.gz"
    packed.write_bytes(gzip.compress(b'{"text": "Gubernur meninjau banjir di Semarang pada Selasa."}\n'))
    docs = read([array, packed])
    assert [d.doc_id for d in docs][0] == "7"
    assert docs[1].text == "Gubernur meninjau banjir di Semarang pada Selasa."
    assert docs[1].source == f"{packed}:1"


def test_readers_warc_records(fixtures: Path) -> None:
    page, text = read([fixtures / "pages.warc.gz"])  # the request and the image are skipped
    assert page.source == f"{fixtures / 'pages.warc.gz'}#2" and page.title.startswith("Menlu RI")
    assert page.url.endswith("/menlu-ri-jepang")
    assert (text.url, text.source) == (
        "https://kabar-nusantara.example/ringkas.txt",
        f"{fixtures / 'pages.warc.gz'}#4",
    )


def test_readers_json_pretty_printed_object(tmp_path: Path) -> None:
    path = tmp_path / "satu.json"
    path.write_text(
        '{\n  "title": "Rapat kabinet",\n  "text": "Presiden memimpin rapat kabinet di Bogor."\n}\n'
    )
    (doc,) = read([path])
    assert (doc.title, doc.text) == ("Rapat kabinet", "Presiden memimpin rapat kabinet di Bogor.")


def test_readers_sniff_unknown_extension(tmp_path: Path, fixtures: Path) -> None:
    shutil.copy(fixtures / "feed.rss", tmp_path / "kanal")
    shutil.copy(fixtures / "article.html", tmp_path / "halaman.php")
    docs = read([tmp_path / "kanal", tmp_path / "halaman.php"])
    assert [type(d).__name__ for d in docs] == ["Document"] * 3
    assert docs[2].title.startswith("Menlu RI")


def test_readers_stdin(monkeypatch: pytest.MonkeyPatch, fixtures: Path) -> None:
    data = (fixtures / "articles.jsonl").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs = read(["-"])
    assert len(docs) == 3 and docs[0].source == "-:1"


def test_readers_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Perdana Menteri Jepang tiba di Jakarta pada Minggu malam untuk kunjungan dua hari.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    (doc,) = read(["-"])
    assert doc.text == text and doc.source == "-"


def test_readers_directory_recursive_sorted_skips_hidden(tmp_path: Path, fixtures: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    shutil.copy(fixtures / "article.txt", tmp_path / "b" / "satu.txt")
    shutil.copy(fixtures / "latin1.txt", tmp_path / "a.txt")
    shutil.copy(fixtures / "mojibake.txt", tmp_path / ".cache" / "x.txt")
    shutil.copy(fixtures / "mojibake.txt", tmp_path / ".tersembunyi.txt")
    (tmp_path / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    docs = read([tmp_path])
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in docs] == ["a.txt", "b/satu.txt"]
    assert read([tmp_path]) == docs  # deterministic


def test_readers_failures_are_values_not_exceptions(fixtures: Path) -> None:
    items = read([fixtures / "empty.txt", fixtures / "article.txt"])
    assert isinstance(items[0], IngestFailure) and isinstance(items[1], Document)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_readers_wide_encodings_in_records(tmp_path: Path, encoding: str) -> None:
    """Spreadsheet exports ("Unicode text") are UTF-16 with a BOM; every record survives, with its line."""
    bom = "\ufeff" if encoding == "utf-16-le" else ""
    jsonl = tmp_path / "berita.jsonl"
    jsonl.write_bytes(
        (
            bom + '{"text": "Menlu Retno bertemu Menlu Jepang di Tokyo pada Senin."}\n'
            '{"text": "Gubernur meninjau banjir di Semarang pada Selasa."}\n'
        ).encode(encoding)
    )
    table = tmp_path / "berita.csv"
    table.write_bytes(
        (
            bom
            + 'id,text\r\n1,"Presiden melantik menteri, lalu pulang."\r\n2,Polisi menangkap dua orang.\r\n'
        ).encode(encoding)
    )
    docs = read([jsonl, table])
    assert [d.text for d in docs] == [
        "Menlu Retno bertemu Menlu Jepang di Tokyo pada Senin.",
        "Gubernur meninjau banjir di Semarang pada Selasa.",
        "Presiden melantik menteri, lalu pulang.",
        "Polisi menangkap dua orang.",
    ]
    assert docs[1].source == f"{jsonl}:2"


def test_readers_stdin_utf16_jsonl(monkeypatch: pytest.MonkeyPatch, fixtures: Path) -> None:
    data = (fixtures / "articles.jsonl").read_text(encoding="utf-8").encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs = read(["-"])
    assert len(docs) == 3 and docs[0].source == "-:1"
    assert docs[0].text.startswith("Dewan Perwakilan Rakyat menyetujui")


def test_readers_expected_count_matches_what_is_read(tmp_path: Path, fixtures: Path) -> None:
    """The progress bar's total: one per text file, one per JSONL record (blank lines not), one per CSV
    record (a quoted line break inside a field is one record), skipped file types not at all."""
    folder = tmp_path / "berita"
    folder.mkdir()
    (folder / "a.txt").write_text("Presiden melantik menteri baru di Istana Negara pada Senin.")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "b.jsonl").write_text(
        '{"text": "Gubernur meninjau banjir di Semarang."}\n\n{"text": "Polisi menangkap dua orang."}\n'
    )
    (folder / "c.csv").write_text('id,text\n1,"Menteri tiba.\nIa disambut."\n2,Presiden pulang.\n')
    items = [folder, tmp_path / "hilang.txt"]
    assert expected_count(items) == 6 == len(read(items))
    assert expected_count([fixtures / "feed.rss"]) is None
    assert expected_count(["-"]) is None
