"""Plain-text reader: bytes → text, detecting the encoding.

Order: BOM (UTF-8, UTF-32 LE/BE, UTF-16 LE/BE — UTF-32 first, since its LE BOM
begins with the UTF-16 one); UTF-32 without BOM (two or three NULs in every
four bytes); strict UTF-8; UTF-16 without BOM (many NULs in alternate bytes);
then the single-byte Vietnamese encodings — Windows-1258, TCVN3, VNI —
whichever reads as Vietnamese (:mod:`.legacy`); when none does, the encoding
charset-normalizer detects, if its text is less garbled. Binary data (NUL
bytes that are not UTF-16) is refused.

Example::

    >>> read_txt("Kế hoạch".encode("utf-16"))
    ('Kế hoạch', 'utf-16')
"""

from __future__ import annotations

import codecs

from . import ReadError
from .legacy import decode_single_byte, vietnamese_score


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_utf32(data: bytes) -> str | None:
    """``K\\0\\0\\0ế\\x1e\\0\\0`` → ``utf-32-le``: every 4-byte unit a code point below U+110000
    (its high byte NUL), the low byte rarely NUL, and the sample decodes strictly."""
    sample = data[:4000]
    if len(sample) < 8 or len(data) % 4:
        return None
    sample = sample[:len(sample) - len(sample) % 4]
    units = len(sample) // 4
    for name, high, low in (("utf-32-le", 3, 0), ("utf-32-be", 0, 3)):
        if sample[high::4].count(0) == units and sample[low::4].count(0) < 0.1 * units:
            try:
                sample.decode(name)
            except UnicodeDecodeError:
                continue
            return name
    return None


def _looks_binary(text_or_bytes: bytes) -> bool:
    sample = text_or_bytes[:8000]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return b"\x00" in sample or controls > 0.1 * max(len(sample), 1)


def read_txt(data: bytes) -> tuple[str, str]:
    """Decode a ``.txt`` file's bytes; return ``(text, encoding)``."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace"), "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    utf32 = _looks_utf32(data)
    if utf32:
        return data.decode(utf32, errors="replace"), "utf-32"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if "\x00" in text[:8000]:
            raise ReadError("binary file: contains NUL bytes, not text")
        return text, "utf-8"
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), "utf-16"
    if _looks_binary(data):
        raise ReadError("binary file: not decodable as text (UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)")
    text, encoding = decode_single_byte(data)
    if vietnamese_score(text) < NOT_VIETNAMESE:
        return _detected(data) or (text, encoding)
    return text, encoding


#: Below this :func:`~.legacy.vietnamese_score`, no Vietnamese table fits the bytes.
NOT_VIETNAMESE = 0.3


def _detected(data: bytes) -> tuple[str, str] | None:
    """Fallback when no Vietnamese single-byte table reads the bytes as Vietnamese: the
    encoding charset-normalizer detects (``cp1251`` for a Russian annex, ``shift_jis`` …),
    kept only if its text is less garbled than ours by charset-normalizer's own measure."""
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    ours, _ = decode_single_byte(data[:20_000])
    if mess_ratio(text[:20_000], maximum_threshold=1.0) >= mess_ratio(ours, maximum_threshold=1.0):
        return None
    return text, best.encoding
