"""Bytes to text: binary and empty checks, encoding detection (UTF-8 first, then charset-normalizer),
and mojibake repair ("â€œ" -> "“") with ftfy. Errors are InputError naming the source."""

from __future__ import annotations

import codecs
import logging
import re

import ftfy
from charset_normalizer import from_bytes

from warta.errors import InputError

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, vertical tab, form feed, carriage return; and ESC/DEL.
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 11, 12, 13)) + b"\x7f"
_CONTROL_TABLE = bytes.maketrans(_CONTROL, b"\x00" * len(_CONTROL))
BINARY_CONTROL_RATIO = 0.05  # text files have (almost) none; executables and images have many
_SNIFF = 8192
# Legacy single-byte Latin code pages charset-normalizer may pick for Latin-script text: for
# Indonesian and English sources cp1252 is by far the likeliest of them, and they decode alike.
_LATIN_FAMILY = re.compile(r"^(cp125[0-8]|latin_?\d*|iso8859_\d+|mac_\w+|cp850|cp437)$")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def has_bom(data: bytes) -> bool:
    return any(data.startswith(bom) for bom, _ in _BOMS)


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB (files with a Unicode BOM excepted)."""
    head = data[:_SNIFF]
    if not head or has_bom(head):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls / len(head) > BINARY_CONTROL_RATIO


def check_bytes(data: bytes, source: str) -> None:
    """Raise InputError for an empty, whitespace-only or binary input."""
    if not data.strip():
        raise InputError(source, "empty file" if not data else "empty file (only whitespace)")
    if is_binary(data):
        raise InputError(source, "binary file (not text: NUL or control bytes)")


def detect_encoding(data: bytes, source: str = "<bytes>") -> str:
    """The codec name to decode `data` with; raises InputError when no encoding fits."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken sequences (a truncated download, a bad splice): keep UTF-8.
    valid = len(_UTF8_MULTIBYTE.findall(data))
    invalid = len(data.decode("utf-8", errors="replace").split("\ufffd")) - 1
    if valid and invalid * 10 <= valid:
        log.warning("%s: %d invalid UTF-8 sequences replaced by U+FFFD", source, invalid)
        return "utf-8-replace"
    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "undecodable: no text encoding fits these bytes")
    encoding = best.encoding
    if _LATIN_FAMILY.match(encoding) and encoding != "cp1252":
        try:
            data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            pass
    log.info("%s: decoded as %s", source, encoding)
    return encoding


def decode_bytes(data: bytes, source: str = "<bytes>") -> str:
    """Decode with the detected encoding; newlines normalised to "\\n"; no repair (see repair_text)."""
    encoding = detect_encoding(data, source)
    if encoding == "utf-8-replace":
        text = data.decode("utf-8", errors="replace")
    else:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(source, f"undecodable as {encoding}: {exc}") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def repair_text(text: str) -> str:
    """Repair mojibake (UTF-8 read as cp1252/latin-1, "â€œ" -> "“"); text without any is returned
    unchanged (quotes, dashes and ligatures are left as they are)."""
    if text.isascii():
        return text
    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        log.info("repaired mojibake (%d -> %d characters)", len(text), len(fixed))
    return fixed


def read_text_bytes(data: bytes, source: str) -> str:
    """The whole path for a text file: checks, decoding, repair, BOM stripped."""
    check_bytes(data, source)
    text = repair_text(decode_bytes(data, source)).lstrip("\ufeff")
    if not text.strip():
        raise InputError(source, "empty file (only whitespace)")
    return text
