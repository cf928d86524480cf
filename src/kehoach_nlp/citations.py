"""Legal citations (SPEC.md §4): find every mention of a legal document and parse it.

Takes: :class:`~kehoach_nlp.structure.DocumentStructure`. Gives:
:class:`~kehoach_nlp.records.Citation` records in clean-text offsets, each with the ``rule`` that made it.

Three steps, in the spirit of eyecite:

1. **find** — a type word from ``data/document_types.toml`` (``Nghị định``,
   ``Nghị quyết liên tịch`` before ``Nghị quyết`` …), optional ``số``, then a number:
   State ``serial/year/sign`` or ``serial/sign`` (``citations.numbered``), tolerant of ``NQ- HĐND``,
   spaces around ``/``, a line break inside the number, ``927/QĐ TTg``; Party ``132-KL/TW``,
   ``27/NQ- TW`` (``citations.party_number``, bodies in ``[party]``); later members of a list that shares
   one type word, ``các Quyết định: số 36/QĐ-TTg …; số 1569/QĐ-TTg`` (``citations.list_member``), a long list
   running on from member to member.
   Laws, codes, ordinances and the constitution may be cited by name alone
   (``Luật Phòng, chống mua bán người``, ``citations.named``): the name ends where a name of
   ``data/laws.tsv`` ends, an amending law's name includes the laws it amends, else at a stop word;
   a number or year written after the name belongs to it (``Luật Đất đai số 31/2024/QH15``); the
   Constitution is cited by its type word alone (``Tuân thủ Hiến pháp, pháp luật``). The document's own number and the document it is attached to (``(Kèm theo Quyết định số …)``)
   are not citations.
2. **parse** — canonical number (spaces removed, sign upper-case, ``ND`` →
   ``NĐ`` where the sign table knows the code), ``serial``, ``year`` (from the
   date when the number has none), the ``ngày …`` date, the ``của …`` issuer
   and the subject clause (``về …``, ``quy định …``, ``phê duyệt …``).
3. **resolve** — the issuer from the sign when ``của`` is absent
   (``NĐ-CP`` → Chính phủ, ``QĐ-UBND`` → the document's own Ủy ban nhân dân, ``/TU`` → its Tỉnh ủy);
   a written issuer that contradicts the sign is kept and reported in
   ``warnings``; the relation from the longest cue right before the citation
   (``Căn cứ`` → basis, ``phù hợp với`` → refers …), from a list's lead-in, or shared by the citations of a list;
   a document named inside another's title is ``refers``; one that opens an item of a ``Căn cứ pháp lý`` table
   column is that row's ``basis``.

Example::

    >>> from kehoach_nlp.structure import parse_structure
    >>> [c.number for c in find_citations(parse_structure(
    ...     "Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ"))]
    ['221/2013/NĐ-CP']
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Iterator, Optional

import regex

from .agencies import CONNECTOR, breaks_known_name, find_agencies, starts_task_verb
from .data import load_toml, load_tsv
from .headings import shape
from .records import Citation
from .rules import alternation, data_pattern, data_regex, word, word_list, word_mapping
from .structure import DocumentStructure
from .sections import is_web_article
from .caching import per_text
from .task_tables import cell_label, cell_runs, is_number_header
from .vietnamese import expand_abbreviations, find_dates


@cache
def _config() -> dict:
    return load_toml("document_types.toml")


#: a letter of any script: what a written issuer must hold to name a body
_LETTER = regex.compile(r"\p{L}")


@cache
def _sign_issuers() -> dict[str, str]:
    return {code: issuer for code, issuer in load_tsv("sign_codes.tsv")}


@cache
def _type_codes() -> dict[str, str]:
    return {code: kind for code, kind in load_tsv("type_codes.tsv")}


@cache
def _known_codes() -> dict[str, str]:
    """Upper-cased code → its canonical spelling (``TTG`` → ``TTg``)."""
    return {code.upper(): code for code in (*_sign_issuers(), *_type_codes())}


_SIGN_TOKEN = r"\p{Lu}[\p{L}\d&]{0,15}"


def _rule_word(key: str) -> str:
    """A rule word of ``document_types.toml`` [words], escaped for a pattern (``year`` → ``năm``)."""
    return regex.escape(word("document_types.toml", "words", key))


def _first_either_case(text: str) -> str:
    """``số`` → ``[Ss]ố``: the first letter as written in either case, the rest as written."""
    return f"[{text[0].upper()}{text[0].lower()}]{regex.escape(text[1:])}"


_AND = regex.escape(CONNECTOR)  # the list connector "và" (agency_heads.toml [words] connector)
_NUMBER_WORD = word("document_types.toml", "words", "number")  # "số"
_DAY, _MONTH, _YEAR = (_rule_word(key) for key in ("day", "month", "year"))  # "ngày", "tháng", "năm"


def _number() -> str:
    """A State number ``serial/year/sign`` or ``serial/sign``; sign parts joined by a dash, or by a space when the
    next part is an issuer code of ``sign_codes.tsv`` (``927/QĐ TTg``, markup or a lost dash)."""
    issuers = alternation(code for code in _sign_issuers() if code not in _config()["party"]["issuers"])
    # a dash that opens a line is a bullet, not a joint ("116/2014/NĐ-CP" ⏎ "- Tiêu chuẩn …"); a dash that ends one is
    # ("27/CT-" ⏎ "TTg")
    joint = r"(?:[ \t]{0,2}-\s{0,2}|[ \t]{1,2}(?=(?:" + issuers + r")\d*(?![\p{L}\d])))"
    return (r"(?P<serial>\d{1,5}(?:\.\d{1,2})?[a-zA-Z]?)\s{0,3}/\s{0,3}(?:(?P<year>(?:19|20)\d\d)\s{0,3}/\s{0,3})?"
            r"(?P<sign>" + _SIGN_TOKEN + r"(?:" + joint + _SIGN_TOKEN + r"){0,8})")


def _party_number() -> str:
    """A Party number (SPEC §4): ``132-KL/TW``, ``10- CTr/TU``, ``27/NQ- TW``; the issuer code after the
    type code must be a Party body of ``document_types.toml`` [party]."""
    issuers = alternation(_config()["party"]["issuers"])
    # the Party shape proper (serial-hyphen-type-slash-body) takes any body code: "30-TB/TGV";
    # a State-like or spaced writing ("27/NQ- TW") only a known Party body
    return (r"(?:(?P<serial>\d{1,5})-(?P<ptype>\p{Lu}[\p{L}]{0,5})/(?P<pissuer>\p{Lu}" + data_regex("document_types.toml", "number", "party_body_letter")
            + r"{1,9})(?![\p{L}\d-])"
            r"|(?P<serial>\d{1,5})\s{0,2}[-/]\s{0,2}(?P<ptype>\p{Lu}[\p{L}]{0,5})\s{0,2}[-/]\s{0,2}"
            r"(?P<pissuer>" + issuers + r")"
            # the serial's hyphen lost, a known type code glued to it or after a space (round 55: "Chỉ thị số
            # 92CT/TW", "Chỉ thị 221 CT/TW"), read as "92-CT/TW"
            r"|(?P<serial>\d{1,5})[ \t]{0,2}(?P<ptype>" + alternation(_type_codes()) + r")\s{0,2}/\s{0,2}"
            r"(?P<pissuer>" + issuers + r")(?![\p{L}\d]))")


@cache
def _patterns() -> dict[str, regex.Pattern]:
    cfg = _config()
    types = cfg["types"]
    unnumbered = cfg["unnumbered"]
    # Type word: first letter as written (upper or lower), the rest case-insensitive.
    type_alternatives = []
    for word in sorted(types, key=len, reverse=True):
        first, rest = word[0], word[1:]
        type_alternatives.append(f"[{first.upper()}{first.lower()}](?i:{regex.escape(rest)})")
    upper_types_ci = "|".join(f"{regex.escape(w[0])}(?i:{regex.escape(w[1:])})"
                              for w in sorted(unnumbered["types"], key=len, reverse=True))
    type_word = r"(?<![\p{L}\d])(?P<type>" + "|".join(type_alternatives) + r")"
    # the same positions as type_word, its words grouped by first letter (one branch per letter, faster)
    by_first: dict[str, list[str]] = {}
    for word in sorted(types, key=len, reverse=True):
        by_first.setdefault(f"[{word[0].upper()}{word[0].lower()}]", []).append(regex.escape(word[1:]))
    type_start = r"(?<![\p{L}\d])(?:" + "|".join(f"{first}(?i:{'|'.join(rests)})" for first, rests in by_first.items()) + r")"
    number_words = alternation([_NUMBER_WORD, *word_list("document_types.toml", "words", "number_variants")])
    so = r"(?:\s{0,2}:?\s{1,3}(?i:" + number_words + r")\s{0,2}:?)?\s{0,3}"  # "Quyết định số", "Quyết định: số", "số: "
    # a few lower-case words that say which kind, between the type word and a written "số": "Báo cáo thẩm tra số …",
    # "Báo cáo tiếp thu, giải trình số …", "Thông báo kết luận số …" (round 45)
    qualifier_words = int(_config()["words"]["type_qualifier_words"])
    qualified = alternation(word_list("document_types.toml", "words", "qualified_types"))
    qualified_so = (r"(?:(?<=(?i:" + qualified + r"))\s{1,3}\p{Ll}[\p{Ll}\p{M}]{0,12}(?:,?\s{1,3}\p{Ll}[\p{Ll}\p{M}]{0,12}){0,"
                    + str(qualifier_words - 1) + r"}\s{1,3}(?i:" + number_words + r")\s{0,2}:?\s{0,3}|" + so + r")")
    member = r"(?<![\p{L}\d])(?P<so>" + _first_either_case(_NUMBER_WORD) + r")\s{0,2}:?\s{0,3}"
    return {
        "party": regex.compile(type_word + qualified_so + _party_number() + r"(?![\p{L}\d])"),
        # a later member of a list that shares one type word: "các Quyết định: số 36/QĐ-TTg …, số 1569/QĐ-TTg"
        "member_party": regex.compile(member + _party_number() + r"(?![\p{L}\d])"),
        "member": regex.compile(member + _number() + r"(?![\p{L}\d])"),
        # a law's number right after its name, no number word: "Luật Quản lý, sử dụng tài sản công 15/2017/QH14"
        "spaced_number": regex.compile(r"[ \t]{1,3}" + _number() + r"(?![\p{L}\d])"),
        "type_word": regex.compile(type_word + r"(?![\p{L}])"),
        # where a type word starts: every "party", "shared_sign" and "numbered" match starts there
        "type_start": regex.compile(type_start),
        # serials that share the sign written after the last: "các Kết luận số 187, 188-KL/TW"
        "shared_sign": regex.compile(type_word + so + r"(?P<serials>\d{1,5}(?:\s{0,2},\s{0,2}\d{1,5}(?![\d/-])){0,10})"
                                     r"(?:\s*+,|\s++" + _AND + r")\s*+(?=\d{1,5}\s{0,2}[-/])"),
        "bare_party": regex.compile(_party_number() + r"(?![\p{L}\d])"),
        "bare_number": regex.compile(_number() + r"(?![\p{L}\d])"),
        "numbered": regex.compile(type_word + qualified_so + _number() + r"(?![\p{L}\d])"),
        "named": regex.compile(
            r"(?<![\p{L}\d])(?P<type>" + upper_types_ci + r")\s{1,3}(?P<first>[\p{L}][\p{L}\p{M}]*)"),
        "not_documents": regex.compile(r"(?:" + alternation(unnumbered["not_documents"]) + r")(?!\p{L})"),
        "alone": regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternation(unnumbered["alone"]) + r")(?![\p{L}\p{M}])"),
        "name_stop": regex.compile(r"(?i:" + alternation(unnumbered["name_stops"]) + r")(?!\p{L})"),
        # in any case: a title in capitals lists its documents with "VÀ" ("… TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG …
        # CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ 3103/QĐ-BTC …")
        "list_join": regex.compile(r"(?:[,;]|(?<!\p{L})(?i:" + alternation(cfg["lists"]["joiners"]) + r"))\s*+$"),
        "join_only": regex.compile(r"\s*+(?:[,;]|(?i:" + alternation(cfg["lists"]["joiners"]) + r"))\s*+"),
        "inner_stop": regex.compile(r"(?i:" + alternation(unnumbered["inner_stops"]) + r")(?!\p{L})"),
        "common_noun": regex.compile(r"(?<!\p{L})(?i:" + alternation(unnumbered["not_after"]) + r")\s+$"),
        "date": regex.compile(r"\s{0,3},?\s{0,3}(?i:" + alternation(word_list("document_types.toml", "words", "date_openers"))
                              + r")\s+"),
        "issuer": regex.compile(r"\s{0,3},?\s{0,3}(?:" + alternation(cfg["clauses"]["issuer_openers"]) + r")\s+"),
        "title": regex.compile(r"\s{0,3},?\s{0,3}(?P<title>" + _title_opener() + r"(?!\p{L})[^;\n]*)"),
    }


def _title_opener() -> str:
    """The words that open a cited document's title (``về việc``, ``quy định`` in any case; ``Cho phép``, ``Tách`` with
    their capital): document_types.toml [clauses]."""
    clauses = _config()["clauses"]
    return (r"(?:(?i:" + alternation(clauses["title_openers"]) + r")|"
            + alternation(clauses["capitalised_title_openers"]) + r")")


def _locator() -> str:
    """Parts of a document written before its type word (``relation_locators``), possibly a list:
    ``Điều 104, Điều 105, Điều 106``, ``các điểm a, b, c và đ khoản 2 Điều 6``, ``khoản 1 và khoản 3 Điều 34``."""
    cfg = _config()["relation_locators"]
    locators = alternation(cfg["words"], spaces=r"\s{1,3}")
    joins = alternation(cfg["joins"])
    tails = alternation(cfg["tails"], spaces=r"\s{1,3}")
    label = r"[\p{L}\d][\p{L}\d.]{0,6}"
    separator = r"(?:\s{0,2},|\s{1,3}" + _AND + r"|\s{1,3}(?i:" + joins + r"))"
    labels = (r"(?:\s{1,3}" + label + r"(?:(?:\s{0,2},\s{0,2}|\s{1,3}" + _AND + r"\s{1,3})" + label
              + r"(?![\p{L}\d])){0,8})?")
    group = r"(?:" + separator + r"?\s{1,3}(?:" + _rule_word("plural") + r"\s{1,3})?(?i:" + locators + r")" + labels + r")"
    return group + r"{0,12}(?:\s{1,3}(?i:" + tails + r"))?"


@cache
def _sibling_join() -> regex.Pattern:
    """What stands between two citations of one list: a joiner, then perhaps the part of the next one
    (``… tại Điều 39 Luật Phòng, chống tham nhũng 2018 và Điều 11 Nghị định 130/2020/NĐ-CP``)."""
    joiners = alternation(_config()["lists"]["joiners"])
    return regex.compile(r"\s{0,3}(?:[,;]|(?:" + joiners + r"))(?:" + _locator() + r")?\s{1,3}")


@cache
def _relation_patterns() -> list[tuple[str, regex.Pattern]]:
    relations = _config()["relations"]
    modifiers = alternation(_config()["relation_modifiers"]["words"])
    own = alternation(_config()["relation_modifiers"]["self_references"], spaces=r"\s{1,3}")
    locator = _locator()
    plural_or_number = alternation([word("document_types.toml", "words", "plural"), _NUMBER_WORD])  # "các|số"
    out = []
    for relation, cues in relations.items():
        out.append((relation, regex.compile(r"(?i:(?<!\p{L})(?P<cue>" + alternation(cues) + r"))"
                                            r"(?:\s+(?i:" + modifiers + r"))?"
                                            r"(?:\s+(?:" + own + r")\s{0,2}(?:,|\s" + _AND + r"))?[ \t]{0,3}:?" + locator +
                                            r"(?:\s+(?i:" + plural_or_number + r"))?\s*$")))
    # "theo đúng chỉ đạo của Thủ tướng Chính phủ tại | Công điện …", "theo mẫu quy định tại | Nghị định …"
    directions = _config()["relation_directions"]
    giver = r"(?:,?\s+(?:" + alternation(directions["giver_openers"]) + r")(?:\s+[\p{L}\p{M}\p{N}]+){1," \
        + str(int(directions["giver_words"])) + r"}?){0," + str(int(directions["givers"])) + r"}"
    # (not a passive: "theo thiết kế | được quy định tại …" only points to where the design is set)
    ruled = r"(?:\s+(?!" + alternation(directions["ruled_not"]) + r"(?![\p{L}\p{M}]))[\p{Ll}\p{M}]+){1," \
        + str(int(directions["ruled_words"])) + r"}?\s+(?:" + alternation(directions["ruled"]) + r")"
    # "Căn cứ chỉ đạo của Bộ Chính trị, của Ban Bí thư tại | Kết luận số …": the direction is the document's ground
    out.append(("basis", regex.compile(
        r"(?i:(?<!\p{L})(?P<cue>(?:" + alternation(directions["basis_openers"]) + r")\s+(?:"
        + alternation(directions["nouns"]) + r")" + giver + r"(?:\s+(?:" + alternation(directions["links"]) + r"))))"
        + r"[ \t]{0,3}:?" + locator + r"(?:\s+(?i:" + plural_or_number + r"))?\s*$")))
    out.append(("implements", regex.compile(
        r"(?i:(?<!\p{L})(?P<cue>(?:" + alternation(directions["openers"]) + r")\s+(?:" + alternation(directions["nouns"])
        + r")" + giver + r"(?:\s+(?:" + alternation(directions["links"]) + r"))?"
        + r"|(?:" + alternation(directions["ruled_openers"]) + r")" + ruled + r"))"
        + r"[ \t]{0,3}:?" + locator + r"(?:\s+(?i:" + plural_or_number + r"))?\s*$")))
    return out


@cache
def _amended_by() -> regex.Pattern:
    """The words before a document that amended the one cited just before it."""
    amending = _config()["amending_laws"]
    verbs, links = alternation(amending["amended_by_verbs"]), alternation(amending["amended_by_links"])
    longer = (regex.escape(amending["amended_by_passive"]) + r"[ \t]{1,3}(?:" + verbs + r")(?:[ \t,]{1,3}(?:" + verbs + r")){0,2}(?:[ \t]{1,3}[\p{L}\p{M}]++){0,"
              + str(int(amending["amended_by_words"])) + r"}?[ \t]{1,3}(?:" + links + r")")
    cues = alternation(amending["amended_by"], spaces=r"\s{1,3}") + "|" + longer
    plural_or_number = alternation([word("document_types.toml", "words", "plural"), _NUMBER_WORD])
    return regex.compile(r"(?i:(?<!\p{L})(?:" + cues + r"))" + _locator() + r"(?:\s+(?i:" + plural_or_number + r"))?\s*"
                         r"(?:\p{Lu}[\p{Ll}\p{M}]*(?:\s{1,3}[\p{Ll}\p{M}]+){0,2}\s{1,3}(?:(?i:" + plural_or_number + r")\s{1,3})?)?$")


_NEW_DOCUMENT = regex.compile(r"(?:\s+" + _rule_word("new") + r")?\s+$")  # "ban hành mới Quyết định …"


_CUE_WINDOW = 160
_SENTENCE_START = regex.compile(r"[.;:!?\n][\s*_#>\-+•]*$")


@cache
def _attribution_opener() -> regex.Pattern:
    return regex.compile(r"(?i:" + alternation(_config()["attribution"]["sentence_openers"]) + r")(?!\p{L})")


_OPENING_PARENTHESIS = regex.compile(r"\([ \t*_]*+$")


@cache
def _opening_connective() -> regex.Pattern:
    """A connective that opens its sentence, then its comma: "Như vậy, " before a lower-case "theo"."""
    return regex.compile(r"(?:^|[.;:!?\n])[\s*_#>\-+•]{0,8}(?i:" + alternation(_config()["attribution"]["sentence_connectives"])
                         + r")[ \t]{0,2},[ \t]{1,3}$")


@cache
def _opening_follow_up() -> regex.Pattern:
    """A capitalised word that makes the cue after it a follow-up: "Tiếp | theo Công điện số …"."""
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternation(_config()["attribution"]["follow_up_words"])
                         + r")[ \t]{1,3}$")


def _attributes(before: str, match: regex.Match, at_text_start: bool, news: bool) -> bool:
    """Whether the cue ``match`` in ``before`` opens its sentence, capitalised, with an attribution word ("Theo …,
    …"; a fragment's lower-case "theo …" does not) — or, in a news article, a parenthesis that gives a source
    ("… (theo Điều 11 Nghị định 137/2020/NĐ-CP)")."""
    cue = match.start("cue")
    if not _attribution_opener().match(before, cue):
        return False
    if news and _OPENING_PARENTHESIS.search(before, 0, cue):
        return True
    head = ("\n" if at_text_start else "") + before[:cue]
    if not before[cue].isupper():
        follow_up = _opening_follow_up().search(head)  # "Tiếp theo Công điện số 217/CĐ-TTg …": further to
        if follow_up is not None:
            return _SENTENCE_START.search(head, 0, follow_up.start()) is not None
        return _opening_connective().search(head) is not None  # "Như vậy, theo Nghị quyết 57-NQ/TW, …"
    return _SENTENCE_START.search(head) is not None


def _cue_relation(text: str, start: int, news: bool = False, web_article: bool = False) -> Optional[str]:
    """The relation of the longest cue that ends right before ``start`` (``phê duyệt tại`` over ``tại``).
    ``thay thế`` repeals and ``sửa đổi`` amends only when this document does: after another document's type word
    (``ban hành mới Quyết định thay thế Quyết định số 118/…``), after words that tell of an amendment by someone else
    (``được sửa đổi, bổ sung bởi``) or in a web article the citation is only referred to."""
    before = text[max(0, start - _CUE_WINDOW):start]  # a cue, then perhaps a long list of parts (Điều 10, …, Điều 21)
    best: Optional[tuple[int, str, regex.Match]] = None
    for relation, pattern in _relation_patterns():
        match = pattern.search(before)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), relation, match)
    if best is None:
        return None
    _, relation, match = best
    if relation == "implements" and _attributes(before, match, start <= _CUE_WINDOW, news):
        return "refers"  # "Theo Kế hoạch 30/KH-UBND năm 2025, …": according to, at the sentence's start
    if relation in ("repeals", "amends"):
        head = before[:match.start("cue")]
        words = list(_patterns()["type_word"].finditer(head))
        if words and _NEW_DOCUMENT.fullmatch(head, words[-1].end()):
            return "refers"  # "ban hành mới Quyết định thay thế …", "Thông tư sửa đổi, bổ sung Thông tư 105/…"
    if relation == "implements" and news and _names_implementation(match["cue"]) \
            and _reviewed_implementation().search(before, 0, match.start("cue")):
        return "refers"  # a report's "giám sát việc thực hiện Nghị quyết 75/2025/NQ-HĐND": the object of a review
    if relation == "amends" and (web_article or _reported_amendment().search(head)):
        return "refers"  # "được sửa đổi, bổ sung bởi: …", "trong quá trình sửa đổi, bổ sung Hiến pháp …"
    return relation


@cache
def _reviewed_implementation() -> regex.Pattern:
    """Words right before ``thực hiện`` that make it the object of a review (document_types.toml [relation_reports]
    implementation_reviews): ``giám sát việc``, ``tổng kết``, ``kết quả``."""
    return regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:" + alternation(_config()["relation_reports"]["implementation_reviews"],
                                                                   spaces=r"\s{1,3}") + r"))[ \t]{1,3}$")


def _names_implementation(cue: str) -> bool:
    """Whether a cue names the carrying out itself ("thực hiện", "triển khai thực hiện"; not "theo")."""
    words = " ".join(cue.split()).casefold()
    return any(words.startswith(w.casefold()) for w in _config()["relation_reports"]["implementation_cues"])


@cache
def _reported_amendment() -> regex.Pattern:
    """Words right before ``sửa đổi`` that tell of an amendment made or being made by someone else (a news article
    only reports them): ``được``, ``quá trình``, ``sau khi``, ``dự thảo`` (document_types.toml [relation_reports])."""
    return regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:" + alternation(_config()["relation_reports"]["amendment"])
                         + r"))[ \t]{1,3}$")


@cache
def _lead_in_patterns() -> tuple[regex.Pattern, list[tuple[str, regex.Pattern]]]:
    leads = _config()["relation_leads"]
    relations = _config()["relations"]
    item = regex.compile(r"\s{0,8}" + leads["item_marker"] + r"\s{0,8}")
    cues = [(r, regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(relations[r]) + r"))(?!\p{L})")) for r in leads["order"]]
    return item, cues


_LEAD_IN_LINES = 12  # item lines walked back to a list's lead-in
_LEAD_IN_PARAGRAPHS = 60  # item paragraphs (blank lines between them) walked back to it
_PARAGRAPH_CHARS = 600  # longest item or lead-in paragraph read


def _lead_in_relation(text: str, start: int) -> Optional[str]:
    """A citation that opens a list item takes the relation cue of the list's lead-in:
    ``Các quyết định sau hết hiệu lực …:`` / ``a) Quyết định số 06/2021/QĐ-UBND …`` → repeals. The lead-in may wrap
    over lines and the items over paragraphs: ``**Điều 2.** Bãi bỏ các văn⏎bản … cụ thể⏎như sau:`` ⏎⏎ ``1. Quyết định
    số⏎76/2006/QĐ-UBND …⏎… tỉnh Đồng Nai.`` ⏎⏎ ``2. Quyết định số …`` → repeals."""
    item, cues = _lead_in_patterns()
    line_start = text.rfind("\n", 0, start) + 1
    if not item.fullmatch(text, line_start, start):
        return None

    def relation_of(lead: str) -> Optional[str]:
        return next((relation for relation, cue in cues if cue.search(lead)), None)

    end = line_start - 1
    for _ in range(_LEAD_IN_LINES):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if line.endswith(":"):
            return relation_of(_paragraph_before(text, end)[1])
        heading = _heading_relation(line)
        if heading is not None:
            return heading  # "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" over the items
        if line and not item.match(line):
            break  # a wrapped item: read the list by paragraphs
        end = begin - 1
    # paragraphs: each an item that opens with its marker, up to the one that ends with a colon
    end = line_start
    for _ in range(_LEAD_IN_PARAGRAPHS):
        begin, paragraph = _paragraph_before(text, end)
        if not paragraph:
            return None
        if paragraph.rstrip(" \t*_").endswith(":"):
            return relation_of(paragraph)
        if not item.match(paragraph) or begin <= 0:
            return None
        end = begin
    return None


@cache
def _heading_marker() -> regex.Pattern:
    return regex.compile(_config()["relation_leads"]["heading_marker"])


def _heading_relation(line: str) -> Optional[str]:
    """The relation a numbered heading line gives the list under it ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" → basis), or None:
    a lead-in's cue (:func:`_lead_in_patterns`) right after the heading's number."""
    leads = _config()["relation_leads"]
    marker = _heading_marker().match(line)
    if marker is None or len(line.split()) > int(leads["heading_words"]):
        return None
    _, cues = _lead_in_patterns()
    return next((relation for relation, cue in cues
                 if relation in leads["heading_relations"] and cue.match(line, marker.end())), None)


def _paragraph_before(text: str, end: int) -> tuple[int, str]:
    """The paragraph (lines up to a blank one, at most ``_PARAGRAPH_CHARS``) that ends right before ``end``, blank
    lines between them skipped: where it begins, and its text stripped ('' at the text's start)."""
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    blank = text.rfind("\n\n", max(0, end - _PARAGRAPH_CHARS), end)
    begin = blank + 2 if blank >= 0 else max(0, end - _PARAGRAPH_CHARS)
    return begin, text[begin:end].strip()


_LEAD_IN_START = regex.compile(r"[.;:\n*]|^")
_LEAD_IN_COLON = regex.compile(r":[ \t*_]{0,8}$")


def _inline_lead_in_relation(text: str, start: int) -> Optional[str]:
    """A citation right after a colon takes the cue that opens the lead-in before the colon, when that lead-in
    names the documents by their type word: ``Thực hiện theo các Quyết định của Thủ tướng Chính phủ: Quyết định
    số 326/QĐ-TTg …`` → implements."""
    colon = _LEAD_IN_COLON.search(text, max(0, start - 10), start)
    if colon is None:
        return None
    begin = max(0, colon.start() - 200)
    opens = list(_LEAD_IN_START.finditer(text, begin, colon.start()))
    lead_start = opens[-1].end() if opens else begin
    lead = text[lead_start:colon.start()]
    if not _patterns()["type_word"].search(lead):
        return "repeals" if _repeals_a_class(text, colon.start()) else None
    _, cues = _lead_in_patterns()
    for relation, cue in cues:
        match = cue.search(lead)
        if match and not lead[:match.start()].strip(" \t*_-+•"):
            return relation
    return "repeals" if _repeals_a_class(text, colon.start()) else None


@cache
def _repeal_class_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _config()
    not_before = alternation(cfg["relation_leads"]["inline_repeals_not_before"])
    cue = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:(?P<not>" + not_before + r")\s{1,3})?(?:"
                        + alternation(cfg["relations"]["repeals"], spaces=r"\s{1,3}") + r"))(?![\p{L}\p{M}])")
    types = alternation([w for w in cfg["types"]], spaces=r"\s{1,3}")
    named_class = regex.compile(r"(?i:(?<![\p{L}\p{M}])" + word("document_types.toml", "words", "plural")
                                + r"\s{1,3}(?:" + types + r"))(?![\p{L}\p{M}])")
    return cue, named_class


def _repeals_a_class(text: str, colon: int) -> bool:
    """Whether the sentence before ``colon`` repeals a class of documents it names with a plural ("… đồng thời thay
    thế các quyết định:", "Các Quyết định sau hết hiệu lực kể từ ngày Quyết định này có hiệu lực:"); the sentence
    runs over the line breaks of a hard-wrapped text (document_types.toml [relation_leads] inline_repeals_class)."""
    if not _config()["relation_leads"].get("inline_repeals_class"):
        return False
    begin = max(0, colon - 300)
    opening = _clause_opening()
    openings = list(opening.finditer(text, begin, colon))
    if not openings:
        return False
    lead = text[openings[-1].end():colon]
    cue, named_class = _repeal_class_patterns()
    cues = list(cue.finditer(lead))
    return bool(cues) and all(c["not"] is None for c in cues) and named_class.search(lead) is not None


@dataclass
class _Found:
    start: int
    end: int
    type: str
    serial: Optional[str] = None
    year: Optional[int] = None
    sign: Optional[str] = None
    name: Optional[str] = None
    party: bool = False
    rule: str = "citations.numbered"
    #: for a list member, the span of the type word it shares ("các Quyết định: số 36/…; số 1569/…")
    head: Optional[tuple[int, int]] = None
    #: where its date, issuer and title are written, when not right after it ("số 187, 188-KL/TW ngày …")
    tail_at: Optional[int] = None

    @property
    def number(self) -> Optional[str]:
        """Canonical number: ``221/2013/NĐ-CP``, ``51/NQ-CP``; Party ``132-KL/TW``."""
        if self.sign is None:
            return None
        if self.party:
            return f"{self.serial}-{self.sign}"
        return f"{self.serial}/{self.year}/{self.sign}" if self.year else f"{self.serial}/{self.sign}"


_SIGN_DASH = regex.compile(r"\s*-\s*")
_SPACES = regex.compile(r"\s+")
_CODE_DIGITS = regex.compile(r"(.*?)(\d*)$")
_TRAILING_DIGITS = regex.compile(r"\d+$")

def canonical_sign(sign: str) -> str:
    """``NQ- HĐND`` → ``NQ-HĐND``; ``ND-CP`` → ``NĐ-CP`` (when the table knows ``NĐ``).

    >>> canonical_sign("nd – cp".upper())
    'NĐ-CP'
    """
    parts = [p for p in _SIGN_DASH.split(sign.replace("–", "-").strip()) for p in p.split() if p]
    known = _known_codes()
    fixed = []
    for part in parts:
        upper = _SPACES.sub("", part).upper()
        letters, digits = _CODE_DIGITS.match(upper).groups()
        for misread, meant in word_mapping("document_types.toml", "number", "misread_letters").items():
            if letters not in known and misread in letters and letters.replace(misread, meant) in known:
                letters = letters.replace(misread, meant)  # OCR: "ND-CP" for "NĐ-CP"
        fixed.append(known.get(letters, letters) + digits)
    return "-".join(fixed)


@cache
def _upper_codes() -> tuple[dict[str, str], dict[str, str]]:
    """The type codes and the issuer codes, each upper-cased → as spelled (``TTR`` → ``TTr``, ``TTG`` → ``TTg``)."""
    return ({code.upper(): code for code in _type_codes()}, {code.upper(): code for code in _sign_issuers()})


def unglued_sign(sign: str, kind: str) -> str:
    """A sign written as one word that is the type code of the cited document's own type glued to a known issuer's
    code, its hyphen lost (data/type_codes.tsv, data/sign_codes.tsv), in its usual form: "Thông tư … /TTBKHĐT" →
    ``TT-BKHĐT``, "Quyết định 210/QĐUBND" → ``QĐ-UBND``. A sign of more parts, or whose type code is not the cited
    type's ("Công văn số 12/CTCP …"), or that a table knows whole (``TTLT``), stays as written.

    >>> unglued_sign("TTBKHĐT", "circular"), unglued_sign("QĐUBND", "decision"), unglued_sign("TTBTC", "decision")
    ('TT-BKHĐT', 'QĐ-UBND', 'TTBTC')
    >>> unglued_sign("TTLT", "joint_circular"), unglued_sign("KHPH", "plan")
    ('TTLT', 'KHPH')
    """
    types, issuers = _upper_codes()
    letters = sign.upper()
    if "-" in sign or "/" in sign or letters in types or letters in issuers:
        return sign
    for size in range(len(letters) - 2, 1, -1):
        head, rest = letters[:size], letters[size:]
        if head in types and _type_codes()[types[head]] == kind and rest in issuers:
            return f"{types[head]}-{issuers[rest]}"
    return sign


def _central_party() -> str:
    """The issuer of a central Party sign ("/TW"): Trung ương Đảng."""
    return _sign_issuers()["TW"]


@cache
def _central_giver_pattern() -> regex.Pattern:
    party = _config()["party"]
    body = r"(?:" + alternation(party["central_bodies"], spaces=r"\s{1,3}") + r")"
    return regex.compile(r"(?<![\p{L}\p{M}])" + _rule_word("of") + r"\s{1,3}(?P<body>" + body + r"(?:\s{0,2},\s{1,3}(?:"
                         + _rule_word("of") + r"\s{1,3})?" + body + r"){0,2})\s{1,3}(?i:"
                         + alternation(party["central_giver_links"], spaces=r"\s{1,3}") + r")\s{1,3}$")


@cache
def _dated_join() -> regex.Pattern:
    """What stands between two members of a list, perhaps after the first one's date: ", ", " và ", " ngày 28/02/2025, "."""
    date = r"(?:\s{1,3}(?i:" + _rule_word("day") + r")\s{1,3}\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?"
    return regex.compile(date + r"\s{0,3}(?:[,;]|(?i:" + _AND + r"))\s{0,3}")


def _central_giver(text: str, start: int) -> Optional[str]:
    """The central Party body named as the giver right before a "/TW" document: "chỉ đạo của Bộ Chính trị tại |
    Kết luận số 126-KL/TW" → "Bộ Chính trị"; "của Bộ Chính trị, Ban Bí thư tại | Kết luận 127-KL/TW" → "Bộ Chính
    trị, Ban Bí thư" (document_types.toml [party] central_bodies)."""
    match = _central_giver_pattern().search(text, max(0, start - 120), start)
    if match is None:
        return None
    return regex.sub(r",\s+" + _rule_word("of") + r"\s+", ", ", " ".join(match["body"].split()))


def party_issuer(sign: str, province: Optional[str] = None) -> Optional[str]:
    """Issuer of a Party sign (``KL/TW`` → Trung ương Đảng; ``KH/TU`` of a plan from Nghệ An → Tỉnh ủy Nghệ An;
    ``NQ/TU`` of a plan from Hà Nội → Thành ủy Hà Nội).

    >>> party_issuer("KL/TW"), party_issuer("KH/TU", "Nghệ An"), party_issuer("NQ/TU", "Hà Nội")
    ('Trung ương Đảng', 'Tỉnh ủy Nghệ An', 'Thành ủy Hà Nội')
    """
    code = sign.rsplit("/", 1)[-1]
    name = _sign_issuers().get(code)
    if name is None:
        return None
    party = _config()["party"]
    if province and _is_city(province):  # "Tỉnh ủy" → "Thành ủy"
        name = word_mapping("document_types.toml", "local", "city_committees").get(name, name)
    if name in party["local_committees"] and province:
        name = f"{name} {province}"
    return name


def _is_city(province: str) -> bool:
    return province in _config()["cities"]["names"]


def issuer_from_sign(sign: str, province_body: Optional[str] = None) -> Optional[str]:
    """Issuer(s) named by a sign's codes after its type code.

    >>> issuer_from_sign("QĐ-TTg"), issuer_from_sign("NQ-HĐND")
    ('Thủ tướng Chính phủ', 'Hội đồng nhân dân')
    """
    table = _sign_issuers()
    parts = sign.split("-")
    if parts and parts[0] in _type_codes():
        parts = parts[1:]
    names: list[str] = []
    for part in parts:
        code = part if part in table else _TRAILING_DIGITS.sub("", part)
        name = table.get(code)
        if name and province_body and name in word_list("document_types.toml", "local", "bodies"):
            name = name + province_body
        if name and name not in names:
            names.append(name)
    return _join_bodies(names) if names else None


def _named_body(name: Optional[str]) -> Optional[str]:
    """``name`` when it holds a letter, else None: "Ủy ban nhân dân tỉnh" stays, ".." or "-" names no issuer."""
    return name if name is not None and _LETTER.search(name) else None


def _resolved_codes(text: str) -> dict[str, str]:
    """Issuer names of ambiguous sign codes (``document_types.toml`` [ambiguous_codes]) that the document
    resolves: the default name → the other, when the text names only the other (``BTC``: ``Ban Tổ chức``)."""
    resolved: dict[str, str] = {}
    for default, *others in _config()["ambiguous_codes"].values():
        if regex.search(_words(default), text):
            continue
        named = [other for other in others if regex.search(_words(other) + r"(?![\p{L}\p{M}])", text)]
        if len(named) == 1:
            resolved[default] = named[0]
    return resolved


def _join_bodies(names: list[str]) -> str:
    """'A, B, C và D' — how Vietnamese lists co-issuers."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {CONNECTOR} " + names[-1]


def _province_suffix(doc: DocumentStructure) -> Optional[str]:
    """' tỉnh Nghệ An': the document's own province, for 'UBND' signs and a bare 'tỉnh'."""
    if not doc.province:
        return None
    scope = word("document_types.toml", "local", "city" if _is_city(doc.province) else "province")
    return f" {scope} {doc.province}"


_CLAUSE_END = regex.compile(r";|\.(?:\s|$)|\n|\)\s*[,;.]|,\s+(?=\p{Lu}\p{Ll})")
_LIST_END = regex.compile(r";|\.(?:\s|$)|\n")
#: a line break inside a clause: the next line goes on in lower case ("… quy định về phân cấp,\nphân quyền …")
_WRAPPED = regex.compile(r"\n[ \t]{0,8}(?=\p{Ll})")


@cache
def _wrapped_name() -> regex.Pattern:
    """A line break after a scope word of a body's name: ``của Ủy ban nhân dân thành phố\nHà Nội``."""
    words = alternation(_config()["clauses"]["scope_words"])
    return regex.compile(r"(?<!\p{L})(?:" + words + r")[ \t]{0,8}\n[ \t]{0,8}(?=\p{Lu}\p{Ll})")


def _clause_end(text: str, start: int, limit: int, *, lists: bool = False) -> int:
    """Where a clause that starts at ``start`` ends: ``;``, end of sentence or line, a comma before a
    capitalised word (unless ``lists``: an issuer may be a list of bodies), or ``limit`` characters.
    A line that the next line goes on (a wrap of a converted page) does not end it."""
    end = min(len(text), start + limit)
    at = start
    pattern = _LIST_END if lists else _CLAUSE_END
    while (match := pattern.search(text, at, end)) is not None:
        if match.group() != "\n" or not (_WRAPPED.match(text, match.start())
                                          or (lists and _wrapped_name().search(text, max(start, match.start() - 12),
                                                                                match.start() + 12))
                                          or (lists and _breaks_a_name(text, start, match.start()))):
            return match.start()
        at = match.end()
    return end


_NAME_REACH = 60  # characters read on each side of a line break for a body's name across it


def _breaks_a_name(text: str, start: int, position: int) -> bool:
    """Whether the line break at ``position`` falls inside a body's name (a wrap of a converted page): "của Bộ
    trưởng Bộ Công" ⏎ "Thương;" (round 47). A gazetteer name is read from the page's one run
    (:func:`~kehoach_nlp.agencies.breaks_known_name`); a name with its place ("Thuế tỉnh Quảng" ⏎ "Trị") only from
    the mentions around the break."""
    return breaks_known_name(text, position) \
        or any(m.start < position < m.end
               for m in find_agencies(text, max(start, position - _NAME_REACH), position + _NAME_REACH))


@cache
def _issuer_join() -> regex.Pattern:
    """Where a written issuer stops at a joiner: "và" before a lower-case word ("và các quyền lợi khác"), or a
    joiner before another document's type word ("… của Chính phủ và Kế hoạch hành động …")."""
    types = alternation(_config()["clauses"]["issuer_ends_before_types"])
    return regex.compile(r"(?<!\s)\s++" + _AND + r"\s++(?!\p{Lu})|(?<!\s)(?:\s*+,|\s++" + _AND + r")\s++(?=(?:" + types
                         + r")(?!\p{L}))")


def _words(name: str) -> str:
    """A name as a pattern that allows any spacing between its words."""
    return r"\s+".join(regex.escape(word) for word in name.split())


@cache
def _central_issuers() -> frozenset[str]:
    """The bodies an issuer ends with, complete as written (document_types.toml [clauses] complete_bodies and the
    signs' issuers that name no place: not "Ủy ban nhân dân", "Tỉnh ủy" …)."""
    cfg = _config()["clauses"]
    return frozenset(cfg["complete_bodies"]) | {name for name in _sign_issuers().values()
                                                if not name.startswith(tuple(cfg["local_bodies"]))}


@cache
def _issuer_end_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """Patterns of ``document_types.toml`` [clauses] that end a written issuer: complete bodies (and a list of
    them), the next body of a list, marks that open an aside, and a subject-clause opener in any case."""
    cfg = _config()["clauses"]
    bodies = alternation(_central_issuers(), spaces=r"\s+")
    heads = alternation(cfg["head_titles"], spaces=r"\s+")
    complete_body = regex.compile(r"(?:(?:" + heads + r")\s+)?(?:" + bodies + r")(?![\p{L}\p{M}])")
    next_body = regex.compile(r"\s{0,2}(?:,|-|\s(?:" + _AND + r"|,))\s{0,2}(?=(?:" + alternation(cfg["body_heads"]) + r")(?!\p{L}))")
    marks = regex.compile(alternation(cfg["issuer_end_marks"]))
    opener = regex.compile(r"(?<!\p{L})" + _title_opener() + r"(?!\p{L})")
    return complete_body, next_body, marks, opener


def _issuer_stop(text: str, start: int, stop: int) -> int:
    """Where a written issuer that starts at ``start`` ends, at most ``stop``: before an aside
    (``của Bộ Chính trị (khóa XIII)``), before its subject clause in any case (``của Chính phủ Quy định chi tiết``),
    and right after a complete body or a list of them (``của Quốc hội khóa XV``, ``của Bộ Chính trị, Ban Bí thư``)."""
    complete_body, next_body, marks, opener = _issuer_end_patterns()
    for pattern in (marks, opener, _repealed_after_word()):
        match = pattern.search(text, start, stop)
        if match and match.start() > start:
            stop = match.start()
    at = start
    while (body := complete_body.match(text, at, stop)) is not None:
        joined = next_body.match(text, body.end(), stop)
        if joined is None:
            return body.end()
        at = joined.end()
    return stop


@cache
def _repealed_after_word() -> regex.Pattern:
    """The words that tell, after a document, that it ceases to have effect ([relations_after] repeals): a written
    issuer ends before them ("của Chủ tịch UBND tỉnh | hết hiệu lực kể từ ngày Quyết định này có hiệu lực")."""
    return regex.compile(r"(?<=\s)(?i:" + alternation(_config()["relations_after"]["repeals"], spaces=r"\s{1,3}")
                         + r")(?![\p{L}\p{M}])")


def _named_body_end(text: str, start: int, stop: int) -> int:
    """A written issuer that is one body ends with that body's name when a task's verb follows it: "của Ủy ban nhân
    dân tỉnh Cà Mau | xây dựng …" (the clause goes on with what the issuer did)."""
    mentions = find_agencies(text, start, stop)
    if not mentions or mentions[0].start != start or mentions[0].generic:
        return stop
    after = mentions[0].end + len(text[mentions[0].end:stop]) - len(text[mentions[0].end:stop].lstrip(" \t\n"))
    return mentions[0].end if after < stop and starts_task_verb(text, after) else stop


@cache
def _subject_verb() -> regex.Pattern:
    """The verbs a citing sentence's own subject goes on with (document_types.toml [clauses] subject_verbs)."""
    return regex.compile(r"(?:" + alternation(_config()["clauses"]["subject_verbs"]) + r")(?![\p{L}\p{M}])")


def _subject_comma(text: str, start: int, stop: int) -> int:
    """A written issuer that starts at ``start`` ends before a comma that opens the citing sentence's own subject, a
    body and its verb: "Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh | , Sở Y tế xây dựng Kế hoạch …",
    "… của Chính phủ | , Thủ tướng Chính phủ yêu cầu: …"."""
    mentions = find_agencies(text, start, stop)
    for previous, mention in zip(mentions, mentions[1:]):
        if text[previous.end:mention.start].strip() != "," or mention.generic:
            continue
        verb_at = mention.end + len(text[mention.end:stop]) - len(text[mention.end:stop].lstrip(" \t"))
        if verb_at < stop and (starts_task_verb(text, verb_at) or _subject_verb().match(text, verb_at)):
            return previous.end
    return stop


#: the issue date written after the issuer, no comma between (round 47): "của Tỉnh uỷ Lào Cai | ngày 27/12/2025"
#: (not a time of something else: "… bắt đầu từ ngày 01/7/2025", "… đến ngày …")
_DATE_AFTER_ISSUER = regex.compile(r"(?<!(?<![\p{L}\p{M}])(?:" + alternation(word_list("document_types.toml", "words",
                                                                                         "not_issue_date_before"))
                                   + r"))[ \t]+" + _DAY + r"[ \t]+\d")
#: a comma that opens another clause after a written issuer: ", ngày …", ", về …"
_ISSUER_CLAUSE_COMMA = regex.compile(r",\s*(?:" + alternation(word_list("document_types.toml", "words",
                                                                         "issuer_clause_openers")) + r")")


def _parse_after(text: str, found: _Found) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """The date, issuer text and title that follow a citation."""
    patterns = _patterns()
    cfg = _config()["clauses"]
    position = found.end
    issued_on = issuer = title = None
    year = _YEAR_AFTER.match(text, position)  # "Kế hoạch 22/KH-TLĐ năm 2025 của Đoàn Chủ tịch …"
    if year:
        position = year.end()
    date = patterns["date"].match(text, position)
    if date:
        dates = [d for d in find_dates(text[date.start():date.end() + 40]) if d[0] <= date.end() - date.start() + 1]
        if dates:
            _, end, issued_on = dates[0]
            position = date.start() + end
    if issued_on is None:  # "số 1081/QĐ-UBND, 05/5/2016" is rare; a bare date right after also counts
        bare = regex.match(r"\s{0,2}\(?(?=\d)", text[position:position + 3])
        if bare:
            dates = [d for d in find_dates(text[position:position + 14]) if d[0] <= 2]
            if dates:
                issued_on = dates[0][2]
                position += dates[0][1]
    opener = patterns["issuer"].match(text, position)
    if opener is None:
        issuer = _upper_case_issuer(text, position)
    if opener:
        end = _clause_end(text, opener.end(), cfg["max_issuer_chars"], lists=True)
        title_at = patterns["title"].search(text, opener.end(), end)
        stop = title_at.start() if title_at else end
        # an issuer ends before the next date or a comma that opens another clause
        comma = _ISSUER_CLAUSE_COMMA.search(text[opener.end():stop])
        if comma:
            stop = opener.end() + comma.start()
        # a list of bodies goes on with a capitalised body ("… và Bộ Công an"); "và các quyền lợi …",
        # "và Kế hoạch hành động của …" start another clause
        joined = _issuer_join().search(text, opener.end(), stop)
        if joined:
            stop = joined.start()
        dated = _DATE_AFTER_ISSUER.search(text, opener.end(), stop)
        if dated:
            stop = dated.start()  # "của Tỉnh uỷ Lào Cai | ngày 27/12/2025 về …": the date after the issuer is the date
        stop = _subject_comma(text, opener.end(), stop)
        stop = _issuer_stop(text, opener.end(), stop)
        stop = _named_body_end(text, opener.end(), stop)
        issuer = text[opener.end():stop].strip(" ,")
        position = stop
        if not issued_on:
            date = patterns["date"].match(text, position)
            if date:
                dates = list(find_dates(text[date.start():date.end() + 40]))
                if dates:
                    issued_on = dates[0][2]
                    position = date.start() + dates[0][1]
    title_match = patterns["title"].match(text, position)
    if title_match:
        end = _clause_end(text, title_match.start("title"), cfg["max_title_chars"])
        title = text[title_match.start("title"):end].strip(" ,")
        if _stipulates(text, found.start, title):
            title = None
    return issued_on, issuer or None, title or None


@cache
def _upper_case_issuers() -> tuple[regex.Pattern, dict[str, str]]:
    """A central body written in capitals after the issuer's opener, and each body's name as written in running text
    (:func:`_central_issuers`)."""
    cfg = _config()["clauses"]
    names = _central_issuers()
    openers = alternation([opener.upper() for opener in cfg["issuer_openers"]])
    pattern = regex.compile(r"\s{0,3},?\s{0,3}(?:" + openers + r")\s+(?P<body>(?i:" + alternation(names, spaces=r"\s+")
                            + r"))(?![\p{L}\p{M}])")
    return pattern, {" ".join(name.split()).casefold(): name for name in names}


def _upper_case_issuer(text: str, position: int) -> Optional[str]:
    """The issuer of a citation in an upper-case title line: "THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW NGÀY 19/7/2017 | CỦA BAN
    BÍ THƯ TRUNG ƯƠNG ĐẢNG" → "Ban Bí thư" (round 48; a local body's place cannot be cased back, so only central
    bodies are read)."""
    pattern, names = _upper_case_issuers()
    match = pattern.match(text, position)
    if match is None or match["body"] != match["body"].upper():
        return None
    return names.get(" ".join(match["body"].split()).casefold())


@cache
def _part_before() -> regex.Pattern:
    """A part of the document right before its type word: ``Điều 2``, ``khoản 1 và khoản 3 Điều 34``."""
    return regex.compile(r"(?:" + _locator() + r")\s{1,3}$")


@cache
def _stipulating_verb() -> regex.Pattern:
    """A title opener that a part of the document stipulates with (document_types.toml ``stipulating_verbs``)."""
    return regex.compile(r"(?i:" + alternation(_config()["clauses"]["stipulating_verbs"]) + r")(?!\p{L})")


_PART_WINDOW = 120  # characters read back for the part of the document a citation follows


def _stipulates(text: str, start: int, title: str) -> bool:
    """Whether the clause after a citation is the citing sentence's verb, not the document's title: after a part of
    the document, a verb of stipulating that leads into a quotation or asks a question (``Căn cứ tại Điều 2 Quyết
    định 590/QĐ-BXD | quy định việc tổ chức thực hiện quy hoạch … như sau:``, ``Tại Điều 5 Thông tư … | quy định chọn
    ngày nào …?``: the article stipulates)."""
    if not title.endswith((":", "?")) or not _stipulating_verb().match(title):
        return False
    part = _part_before().search(text, max(0, start - _PART_WINDOW), start)
    return part is not None and part.group().strip() != ""


@cache
def _and_continuation() -> regex.Pattern:
    """A body named after "và" in a law's name (document_types.toml [unnumbered] and_continuations)."""
    names = _config()["unnumbered"]["and_continuations"]
    return regex.compile(r"[ \t]{1,3}(?i:" + alternation(names, spaces=r"[ \t]{1,3}") + r")(?![\p{L}\p{M}])")


def _and_continues(text: str, at: int, token: str) -> bool:
    """Whether the "và" at ``at`` joins a second body to a law's name ("Luật Tổ chức Hội đồng nhân dân | và Ủy ban nhân
    dân"): a body of ``and_continuations`` follows it."""
    return token.lower() == CONNECTOR and _and_continuation().match(text, at + len(token)) is not None


def _name_end(text: str, start: int, first_end: int) -> int:
    """End of an unnumbered law's name that starts at ``start`` (its type word)."""
    cfg = _config()["unnumbered"]
    stops = _patterns()["name_stop"]
    continuations = tuple(cfg["comma_continuations"])
    end = first_end
    words = 2
    for word in regex.finditer(r"\s*(,?)\s*([\p{L}\p{M}]+|[^\s\p{L}])", text[first_end:first_end + 200]):
        comma, token = word.group(1), word.group(2)
        at = first_end + word.start(2)
        if not regex.match(r"[\p{L}\p{M}]", token):
            break
        if "\n" in word.group(0):
            break
        if comma:
            tail = text[max(start, at - 12):at + len(token)]
            if not any(tail.endswith(c) for c in continuations):
                break
        if (stops.match(text, at) or _patterns()["inner_stop"].match(text, at)) and not comma \
                and not _and_continues(text, at, token):
            break
        words += 1
        if words > cfg["max_name_words"]:
            break
        end = at + len(token)
    return end


@cache
def _known_laws() -> regex.Pattern:
    """The names of ``data/laws.tsv``, longest first, case and spacing ignored."""
    names = sorted((row[0] for row in load_tsv("laws.tsv")), key=len, reverse=True)
    alternatives = [r"\s+".join(regex.escape(word) for word in name.split()) for name in names]
    return regex.compile(r"(?i:" + "|".join(alternatives) + r")(?![\p{L}\p{M}\d])")


@cache
def _amending_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """From ``document_types.toml`` [amending_laws]: the opening of an amending law's name (``Luật sửa đổi, bổ sung
    một số điều của``), a count of the laws it amends (``37 luật có liên quan …``), and the joiner before the next
    law it names (``…, Luật Đầu tư và Luật Đê điều``)."""
    cfg = _config()["amending_laws"]
    types = "|".join(_words(t) for t in cfg["types"])
    verbs = alternation(cfg["verbs"], spaces=r"\s+")
    parts = alternation(cfg["parts"], spaces=r"\s+")
    amending = regex.compile(r"(?:" + types + r")\s+(?i:" + verbs + r")(?:\s+(?i:" + parts + r"))?\s+")
    counted = alternation(cfg["counted_types"], spaces=r"\s+")
    stops = alternation(cfg["count_stops"])
    many = regex.compile(r"(?<!\d)\d++\s+(?i:" + counted + r")\s+[^;,.()\n\d]*?(?=\s+(?:" + stops
                         + r"|\d)|\s*[;,.()\n]|$)")
    law_types = "|".join(_words(t) for t in cfg["named_types"])
    join = regex.compile(r"(?<!\s)(?:\s*+,|\s++(?i:" + _AND + r"))\s*+(?=(?:" + law_types + r")\s)")
    return amending, many, join




def _law_end(text: str, start: int, first_end: int) -> int:
    """End of an unnumbered law's name that starts at ``start`` (its type word).

    * a name of ``data/laws.tsv`` ends where that name ends (the longest that fits):
      ``Luật Việc làm bảo đảm kịp thời`` → ``Luật Việc làm``;
    * an amending law names the laws it amends, and they are part of its one name:
      ``Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều``,
      ``Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch``;
    * else the stop words of ``document_types.toml`` end it (:func:`_name_end`).
    """
    known = _known_laws().match(text, start)
    if known:
        return known.end()
    amending_pattern, many_laws, law_join = _amending_patterns()
    amending = amending_pattern.match(text, start)
    if amending:
        at = amending.end()
        many = many_laws.match(text, at)
        if many:
            return many.end()
        end = None
        while True:
            law = _patterns()["named"].match(text, at)
            if not law or amending_pattern.match(text, at):
                break
            end = _law_end(text, at, law.end("first"))
            join = law_join.match(text, end)
            if not join:
                break
            at = join.end()
        if end is not None:
            return end
    return _name_end(text, start, first_end)


def _matches_at(pattern: regex.Pattern, text: str, starts: list[int]) -> Iterator[regex.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of ``starts`` (sorted):
    the pattern is tried at those offsets only, going on from the end of each match as finditer does,
    instead of at every character of the text."""
    resume = 0
    for position in starts:
        if position < resume:
            continue
        match = pattern.match(text, position)
        if match is not None:
            yield match
            resume = match.end()


def _find(text: str) -> list[_Found]:
    patterns = _patterns()
    types = _config()["types"]
    type_of = {w.lower(): t for w, t in types.items()}
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    # the three numbered shapes begin with a type word: found once, the shapes tried only there
    type_starts = [m.start() for m in patterns["type_start"].finditer(text, overlapped=True)]
    for match in _matches_at(patterns["shared_sign"], text, type_starts):
        found.extend(_shared_sign(text, match, type_of[match["type"].lower()], taken))
    for match in _matches_at(patterns["party"], text, type_starts):
        if any(s <= match.start() < e for s, e in taken):
            continue
        sign = f"{canonical_sign(match['ptype'])}/{match['pissuer']}"
        found.append(_Found(match.start(), match.end(), type_of[match["type"].lower()], match["serial"], None, sign,
                            party=True, rule="citations.party_number"))
        taken.append(match.span())
    for match in _matches_at(patterns["numbered"], text, type_starts):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if patterns["common_noun"].search(text, max(0, match.start() - 12), match.start()):
            continue  # "văn bản quy phạm pháp luật số 87/2025/QH15": the number belongs to the name before
        kind = type_of[match["type"].lower()]
        sign = unglued_sign(canonical_sign(match["sign"]), kind)
        year = int(match["year"]) if match["year"] else None
        found.append(_Found(match.start(), match.end(), kind, match["serial"], year, sign))
        taken.append(match.span())
    for match in patterns["named"].finditer(text):
        if any(s <= match.start() < e for s, e in taken) or patterns["not_documents"].match(text, match.start()) \
                or patterns["common_noun"].search(text, max(0, match.start() - 12), match.start()):
            continue
        first = match["first"]
        if first[0].isdigit() or patterns["name_stop"].fullmatch(first):
            continue
        end = _law_end(text, match.start(), match.end("first"))
        found.append(_named_tail(text, _Found(match.start(), end, type_of[match["type"].lower()],
                                              name=" ".join(text[match.start():end].split()), rule="citations.named")))
        taken.append((found[-1].start, found[-1].end))
    for match in patterns["alone"].finditer(text):
        # "Tuân thủ Hiến pháp, pháp luật": a type that names one document by itself, with no name after it
        if any(s <= match.start() < e for s, e in taken):
            continue
        found.append(_named_tail(text, _Found(match.start(), match.end(), type_of[match.group().lower()],
                                              name=match.group(), rule="citations.named")))
        taken.append((found[-1].start, found[-1].end))
    found.extend(_list_members(text, taken))
    found.extend(_bare_followers(text, found, taken))
    return sorted(found, key=lambda f: f.start)


#: What joins a bare number to the number listed before it: a comma, a semicolon or the list connector.
_FOLLOWER_JOIN = regex.compile(r"\s{0,2}(?:[,;]|\s" + _AND + r")\s{1,3}")


def _bare_followers(text: str, found: list[_Found], taken: list[tuple[int, int]]) -> list[_Found]:
    """Numbers listed after a numbered citation with no type word nor ``số`` of their own, which share its type:
    ``các Công điện số 217/CĐ-TTg, 218/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025`` (three dispatches, the date the last's),
    ``Kết luận số 187-KL/TW, 188-KL/TW``. A member whose sign names another type (``NĐ`` in a list of decisions)
    ends the list."""
    patterns = _patterns()
    codes = _type_codes()
    followers: list[_Found] = []
    for cited in sorted((f for f in found if f.sign is not None), key=lambda f: f.start):
        head = cited.head
        if head is None:
            word = patterns["type_word"].match(text, cited.start)
            head = word.span() if word else None
        at, last = cited.end, cited
        while (join := _FOLLOWER_JOIN.match(text, at)) is not None:
            number = (patterns["bare_party"] if last.party else patterns["bare_number"]).match(text, join.end())
            if number is None or any(s <= number.start() < e for s, e in taken):
                break
            if last.party:
                sign, year = f"{canonical_sign(number['ptype'])}/{number['pissuer']}", None
                code_type = codes.get(sign.split("/")[0])
            else:
                sign, year = canonical_sign(number["sign"]), (int(number["year"]) if number["year"] else None)
                code_type = codes.get(sign.split("-")[0])
            if code_type is not None and code_type != cited.type:
                break
            last = _Found(number.start(), number.end(), cited.type, number["serial"], year, sign, party=last.party,
                          rule="citations.list_member", head=head)
            followers.append(last)
            taken.append((last.start, last.end))
            at = last.end
    return followers


def _shared_sign(text: str, match: regex.Match, kind: str, taken: list[tuple[int, int]]) -> list[_Found]:
    """``Kết luận số 187, 188-KL/TW``: each serial is a citation with the sign written after the last
    (``187-KL/TW``, ``188-KL/TW``); the first runs from the type word, the others are list members."""
    patterns = _patterns()
    last = patterns["bare_party"].match(text, match.end())
    party = last is not None
    if last is None:
        last = patterns["bare_number"].match(text, match.end())
    if last is None:
        return []
    if party:
        sign, year = f"{canonical_sign(last['ptype'])}/{last['pissuer']}", None
    else:
        sign, year = canonical_sign(last["sign"]), (int(last["year"]) if last["year"] else None)
    serials = list(regex.finditer(r"\d{1,5}", text[match.start("serials"):match.end("serials")]))
    out = []
    for i, serial in enumerate(serials):
        start = match.start() if i == 0 else match.start("serials") + serial.start()
        end = match.start("serials") + serial.end()
        rule = ("citations.party_number" if party else "citations.numbered") if i == 0 else "citations.list_member"
        out.append(_Found(start, end, kind, serial.group(), year, sign, party=party, rule=rule,
                          head=None if i == 0 else (match.start("type"), match.end("type")), tail_at=last.end()))
    out.append(_Found(last.start(), last.end(), kind, last["serial"], year, sign, party=party,
                      rule="citations.list_member", head=(match.start("type"), match.end("type"))))
    taken.extend((f.start, f.end) for f in out)
    return out


_NAME_THEN_NUMBER = regex.compile(r"(?:\s{0,2},\s{1,2}(?P<cont>\p{Ll}+(?:\s\p{Ll}+){0,3}))?\s{1,3}(?="
                                  + _first_either_case(_NUMBER_WORD) + r"\s)")
#: "Luật Nhà ở 2023", "Luật Giáo dục năm 2019", "Luật Tổ chức Quốc hội sửa đổi 2020" (the amending law of that year)
_NAME_THEN_YEAR = regex.compile(r"(?:\s{1,3}(?:" + alternation(_config()["unnumbered"]["amended_before_year"]) + r"))?"
                                r"\s{1,3}(?:" + _YEAR + r"\s{0,2})?(?P<year>(?:19|20)\d\d)(?![\d/\p{L}])")


def _named_tail(text: str, named: _Found) -> _Found:
    """A law's name followed by its number or its year keeps them (SPEC §4):
    ``Luật Đất đai số 31/2024/QH15`` (number 31/2024/QH15), ``Luật Tín ngưỡng, tôn giáo số 02/2016/QH14``,
    ``Luật Giáo dục năm 2019`` and ``Luật Nhà ở 2023`` (year in the field and in the span); a full number with no
    number word too (``Luật Quản lý, sử dụng tài sản công 15/2017/QH14``)."""
    patterns = _patterns()
    lead = _NAME_THEN_NUMBER.match(text, named.end)
    if lead:
        cont = lead["cont"]
        number = patterns["member"].match(text, lead.end())
        if number and not (cont and (patterns["name_stop"].search(cont) or patterns["type_word"].search(cont))):
            return _numbered_name(text, named, lead.end("cont") if cont else named.end, number)
    bare = patterns["spaced_number"].match(text, named.end)
    if bare and bare["year"]:
        # "Luật Quản lý, sử dụng tài sản công 15/2017/QH14": a full number (its year in it) with no number word
        return _numbered_name(text, named, named.end, bare)
    year = _NAME_THEN_YEAR.match(text, named.end)
    if year:
        named.end, named.year = year.end(), int(year["year"])
    return named


def _numbered_name(text: str, named: _Found, name_end: int, number: regex.Match) -> _Found:
    """``named`` with its name up to ``name_end`` and the number written after it (serial, sign, year)."""
    named.name = " ".join(text[named.start:name_end].split())
    named.end, named.serial, named.sign = number.end(), number["serial"], canonical_sign(number["sign"])
    named.year = int(number["year"]) if number["year"] else None
    return named


_SENTENCE_END = regex.compile(r"\.\s|\n\s*\n")


#: The longest gap between two members of one list ("…; số 136/2025/NĐ-CP ngày … quy định …; số 214/2025/NĐ-CP").
_MEMBER_GAP = 400


def _list_members(text: str, taken: list[tuple[int, int]]) -> list[_Found]:
    """Bare ``số N/…`` numbers that share a type word written before them in the same sentence:
    ``các Quyết định: số 36/QĐ-TTg …; số 1569/QĐ-TTg …`` or ``các Nghị định … (Số 37/2019/NĐ-CP …, số 58/2023/NĐ-CP)``.

    The member takes the type of the nearest type word before it whose type agrees with the type code of its
    sign (``NĐ`` → decree); a sign without a known type code takes the nearest type word. Its text starts at ``số``.
    """
    patterns = _patterns()
    type_of = {w.lower(): t for w, t in _config()["types"].items()}
    codes = _type_codes()
    members: list[_Found] = []
    candidates = [(m, True) for m in patterns["member_party"].finditer(text)]
    candidates += [(m, False) for m in patterns["member"].finditer(text)]
    for match, party in sorted(candidates, key=lambda c: c[0].start()):
        if any(s <= match.start() < e for s, e in taken) or any(m.start <= match.start() < m.end for m in members):
            continue
        if party:
            sign = f"{canonical_sign(match['ptype'])}/{match['pissuer']}"
            code_type = codes.get(sign.split("/")[0])
            year = None
        else:
            sign = canonical_sign(match["sign"])
            code_type = codes.get(sign.split("-")[0])
            year = int(match["year"]) if match["year"] else None
        window_start = match.start() - 400
        ends = list(_SENTENCE_END.finditer(text, max(0, window_start), match.start()))
        window_start = ends[-1].end() if ends else max(0, window_start)
        words = [w for w in patterns["type_word"].finditer(text, window_start, match.start())
                 if code_type is None or type_of[w["type"].lower()] == code_type]
        if words:
            kind, head = type_of[words[-1]["type"].lower()], words[-1].span()
        elif members and members[-1].head is not None and members[-1].type == (code_type or members[-1].type) \
                and match.start() - members[-1].end <= _MEMBER_GAP \
                and not _SENTENCE_END.search(text, members[-1].end, match.start()):
            # a long list runs on past the window: "các Nghị định …: số 78/2025/NĐ-CP …; … số 131/2025/NĐ-CP …; số
            # 136/2025/NĐ-CP …" — a member takes the type of the member listed right before it
            kind, head = members[-1].type, members[-1].head
        else:
            continue
        members.append(_Found(match.start(), match.end(), kind, match["serial"], year,
                              sign, party=party, rule="citations.list_member", head=head))
    taken.extend((m.start, m.end) for m in members)
    return members


#: The rest of a question after a citation, within its sentence ("… theo Hướng dẫn 06-HD/TW năm 2025 ra sao?").
_QUESTION_REST = regex.compile(r"[^.!?\n]{0,200}\?")


def _relation(text: str, found: _Found, previous: Optional[tuple[_Found, int, str]],
              last: Optional[Citation] = None, sibling: bool = False, news: bool = False,
              web_article: bool = False, nested_starts: frozenset[int] | set[int] = frozenset()) -> str:
    """Relation from the cue right before the citation, or shared with the list it belongs to (``news``: the text has
    no headings, its parenthesised sources only refer; ``web_article``: a web page, which amends nothing;
    ``nested_starts``: where the documents named inside another's title start)."""
    before = text[max(0, found.start - 60):found.start]
    if previous is not None and _amended_by().search(text, max(0, found.start - 80), found.start):
        return previous[2]  # "… số 15/2017/QH14 được sửa đổi, bổ sung bởi Luật số 64/2020/QH14": read with it
    cue = _cue_relation(text, found.start, news, web_article)
    # the type word a list member shares, when it is a document's named inside a title, is no list's head:
    # "số 05/2025/NĐ-CP … sửa đổi … của Nghị định số 08/2022/NĐ-CP …; | số 32/2019/NĐ-CP …" goes on with the outer list
    nested_head = found.head is not None and (found.head[0] in nested_starts or (
        previous is not None and previous[0].end <= found.head[0] < previous[1]))
    if cue is None and found.head is not None and not nested_head \
            and (previous is None or found.head[0] < previous[0].start):
        # a list member whose type word comes before the citation it seems nested in: "Căn cứ các Nghị định
        # của Chính phủ quy định … của Luật Quy hoạch (Số 37/2019/NĐ-CP …, số 58/2023/NĐ-CP …)"
        head_cue = _cue_relation(text, found.head[0])
        if head_cue is not None:
            return head_cue
    if cue is None:
        cue = _inline_lead_in_relation(text, found.start)
    if cue == "refers" and _grounded_attachment(text, found.start):
        cue = "basis"  # "Căn cứ Quy chế … ban hành kèm theo Quyết định số 25/2016/QĐ-TTg …"
    if cue == "refers" and not news and _governed_rule(text, found.start):
        cue = "implements"  # "Thực hiện trách nhiệm của … được quy định tại Điều 37 Nghị định 68/2024/NĐ-CP"
    if cue == "refers" and _proposer(text, found.start) is not None:
        cue = "implements"  # "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …": what the plan acts on
    if previous is not None and found.start < previous[1] and not sibling \
            and not _patterns()["list_join"].search(before) \
            and cue in (None, "basis", "implements", "amends"):
        # named inside the previous citation's title (SPEC §4): "Nghị định … quy định chi tiết … của Luật Quy
        # hoạch", "… ban hành Kế hoạch triển khai thi hành Nghị định số 200/2025/NĐ-CP", "Quyết định số 38/2010/QĐ-TTg
        # sửa đổi, bổ sung Quyết định số 142/2008/QĐ-TTg" (round 27): the cue is the title's. A title that repeals
        # ("… về bãi bỏ Nghị quyết số 16/2014/NQ-HĐND") keeps its cue.
        return "refers"
    if cue is not None:
        return cue
    if found.head is not None and not nested_head:
        # a list member: the cue before the type word it shares ("Căn cứ các Nghị định …")
        cue = _cue_relation(text, found.head[0])
        if cue is not None:
            return cue
    lead = _lead_in_relation(text, found.start)
    if lead is not None:
        return lead
    if last is not None and sibling:
        return last.relation  # "Luật Phòng, chống ma túy, Luật Xử lý vi phạm hành chính": siblings
    opening = _opening_list_relation(text, found.start) if previous is None else None
    if opening is not None:
        return opening
    if previous is not None:
        prev, clause_end, prev_relation = previous
        if found.start < clause_end:
            # inside the previous citation's title: a list only when joined right before it
            # ("… phê duyệt Chương trình …, và Quyết định số 808/QĐ-LĐTBXH …")
            return prev_relation if _patterns()["list_join"].search(before) else "refers"
        gap = text[clause_end:found.start]
        if len(gap) < 400 and "." not in regex.sub(r"\d\.\d|\./", "", gap) and regex.search(r"[;,]|\b(?i:" + _AND + r")\b", gap):
            return prev_relation
    return "refers"


@cache
def _governed_rule_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    directions = _config()["relation_directions"]
    passive = alternation(directions["ruled_not"], spaces=r"\s{1,3}")
    # "(được) quy định tại | Điều 37 |": at least one part of the document before it
    ruled = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:(?P<passive>" + passive + r")\s{1,3})?(?:"
                          + alternation(directions["governed_ruled"], spaces=r"\s{1,3}") + r"))"
                          + r"(?P<part>" + _locator() + r")(?:\s+(?i:" + _NUMBER_WORD + r"))?\s*$")
    governing = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:" + alternation(directions["governing"], spaces=r"\s{1,3}")
                              + r")(?![\p{L}\p{M}]))")
    negated = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:" + alternation(directions["governed_negations"],
                                                                       spaces=r"\s{1,3}") + r"))\s{1,3}$")
    other_rule = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:" + alternation(directions["governed_ruled"], spaces=r"\s{1,3}")
                               + r"))(?![\p{L}\p{M}])")
    return ruled, governing, other_rule, negated


@cache
def _clause_opening() -> regex.Pattern:
    """Where a clause opens: after a sentence's or a clause's punctuation, a blank line, or a list item's marker."""
    return regex.compile(r"[.;:!?](?=\s)|\n[ \t]*\n|\n[ \t*_]*" + shape("list_marker") + r"[ \t]")


@cache
def _grounded_attachment_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    attached = _config()["attached"]
    cue = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:" + alternation(attached["cues"], spaces=r"\s{1,3}") + r"))"
                        r"(?:\s+(?i:" + _NUMBER_WORD + r"))?\s*$")
    opener = regex.compile(r"[\s*_]*(?i:" + alternation(attached["grounded_openers"], spaces=r"\s{1,3}")
                           + r")(?![\p{L}\p{M}])")
    return cue, opener


def _grounded_attachment(text: str, start: int) -> bool:
    """Whether the citation at ``start`` is the document an instrument was issued with, in a clause that opens with
    a basis cue (document_types.toml [attached] grounded_openers): "Căn cứ Quy chế quản lý hoạt động của Cảng quốc tế
    Cam Ranh ban hành kèm theo Quyết định số 25/2016/QĐ-TTg" → True; "Quy chế ban hành kèm theo Quyết định …"
    elsewhere → False. No other document's type word may stand between (its title would hold the attachment)."""
    cue, opener = _grounded_attachment_patterns()
    begin = max(0, start - int(_config()["relation_directions"]["governed_chars"]))
    match = cue.search(text, begin, start)
    if match is None:
        return False
    opening = _clause_opening()
    openings = list(opening.finditer(text, begin, match.start()))
    if not openings:
        return False
    clause_start = openings[-1].end()
    ground = opener.match(text, clause_start, match.start())
    return ground is not None and _patterns()["type_word"].search(text, ground.end(), match.start()) is None


_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _governed_rule(text: str, start: int) -> bool:
    """Whether the citation at ``start`` follows ``quy định tại <part>`` in a clause that a carrying-out word
    governs (document_types.toml [relation_directions] governing): "1. Thực hiện trách nhiệm của ⏎ thuê bao được quy
    định tại Điều 39 Nghị định 68/2024/NĐ-CP" → True; "Trường hợp quy định tại Điều 6 Nghị định …" (no such word),
    "Theo Kế hoạch, đối tượng quy định tại Điều 2 Nghị định …" (a capitalised "Theo" that opens the clause: according
    to) and "… theo thiết kế được quy định tại Điều 38 Nghị định …" (a passive after "theo") → False."""
    ruled, governing, other_rule, negated = _governed_rule_patterns()
    opening = _clause_opening()
    directions = _config()["relation_directions"]
    begin = max(0, start - int(directions["governed_chars"]))
    rule = ruled.search(text, begin, start)
    if rule is None or not rule["part"].strip():
        return False
    openings = list(opening.finditer(text, begin, rule.start()))
    clause_start = openings[-1].end() if openings else begin
    words = list(governing.finditer(text, clause_start, rule.start()))
    if not words:
        return False
    word = words[-1]  # the nearest: "thực hiện …, thực hiện các biện pháp …"
    if other_rule.search(text, word.end(), rule.start()) or negated.search(text, clause_start, word.start()):
        return False
    if len(_WORD.findall(text, word.end(), rule.start())) > int(directions["governed_words"]):
        return False
    if rule["passive"] and word.group().casefold() in {w.casefold() for w in directions["governed_passive_not_after"]}:
        return False
    opens_clause = not text[clause_start:word.start()].strip(" \t\n*_")
    return not (opens_clause and word.group()[0].isupper() and _attribution_opener().match(word.group()) is not None)


_OPENING_CHARS = 400  # how far back a sentence that opens with a relation's cue is read
_OPENING_CUE_CHARS = 30  # the longest cue before the first document's type word ("Căn cứ vào | Nghị quyết …")


def _opening_list_relation(text: str, start: int) -> Optional[str]:
    """The relation of a sentence that opens with a cue and a document the extractor does not cite, after the ";" that
    goes on with its list: "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I …; | Nghị quyết số 07/NQ-TU …" →
    implements (round 50: the first member has no number, so no citation carries the cue on)."""
    semicolon = text.rfind(";", max(0, start - _OPENING_CHARS), start)
    if semicolon < 0 or text[semicolon + 1:start].strip():
        return None
    sentence = max(text.rfind("\n", 0, semicolon), text.rfind(". ", 0, semicolon)) + 1
    first = _patterns()["type_word"].search(text, sentence, semicolon)
    if first is None or len(text[sentence:first.start()].strip()) > _OPENING_CUE_CHARS:
        return None
    relation = _cue_relation(text, first.start())
    return relation if relation in ("basis", "implements") else None


@cache
def _after_cues() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _config()["relations_after"]
    cue = regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternation(cfg["repeals"]) + r")(?![\p{L}\p{M}])(?![ \t]*:)")
    blockers = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(cfg["not_in_gap"]) + r")(?![\p{L}\p{M}])|\(")
    return cue, blockers


_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])[\p{L}\p{M}]++[ \t]+$")  # the word right before a citation
_WORD_BEFORE_CHARS = 20


def _repealed_after(text: str, start: int, end: int) -> bool:
    """Whether the citation's own clause says it ends, after its date, issuer and title, with no other document between
    (document_types.toml [relations_after]): "Quyết định số 2194/QĐ-UBND ngày 26 tháng 6 năm 2025 của Chủ tịch UBND
    tỉnh | hết hiệu lực kể từ ngày Quyết định này có hiệu lực" → repeals (the effect article of a decision)."""
    cue, blockers = _after_cues()
    clause_end = _clause_end(text, end, _config()["relations_after"]["max_chars"], lists=True)
    found = cue.search(text, end, clause_end)
    if found is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_CHARS), start)  # "đến khi | Nghị định …"
    return blockers.search(text, end, found.start()) is None \
        and _patterns()["type_word"].search(text, end, found.start()) is None \
        and not (before and blockers.fullmatch(before.group().strip()))


@cache
def _body_dash() -> regex.Pattern:
    """A dash between two bodies of a list ("Bộ A - Bộ B"); the body heads are data ([clauses] body_heads)."""
    return regex.compile(r"\s+-\s+(?=(?:" + alternation(_config()["clauses"]["body_heads"]) + r")\s)")


_SPACE_COMMA = regex.compile(r"\s+,")


def _body_written_lower(written: str) -> Optional[str]:
    """A written issuer that opens with a lower-case word (round 54): a body's head in another case is the body
    ("… ngày 26 tháng 3 năm 2021 của chính phủ quy định …" → "Chính phủ"; document_types.toml [clauses] body_heads);
    anything else names no issuing body ("… ban hành theo đề nghị của ai?", "Nghị quyết 57-NQ/TW của tỉnh Tuyên Quang
    ở đâu?"): None, the sign decides.

    >>> _body_written_lower("chính phủ"), _body_written_lower("ai")
    ('Chính phủ', None)
    """
    for head in sorted(_config()["clauses"]["body_heads"], key=len, reverse=True):
        if written[:len(head)].casefold() == head.casefold() and not written[len(head):len(head) + 1].isalpha():
            return head + written[len(head):]
    return None


def _canonical_issuer(written: str) -> str:
    """Abbreviations expanded; a list written with dashes between bodies ('Bộ A - Bộ B') becomes 'Bộ A, Bộ B'."""
    expanded = _SPACE_COMMA.sub(",", " ".join(expand_abbreviations(written).split()))
    return _body_dash().sub(", ", expanded)


@cache
def _proposal_pattern() -> regex.Pattern:
    cfg = _config()["proposal"]
    return regex.compile(r"(?i:" + alternation(cfg["cues"]) + r")\s+(?:(?:" + alternation(cfg["head_titles"]) + r")\s+)?"
                         r"(?P<body>\p{Lu}[^;:\n()]{1,120}?)\s+" + _rule_word("proposal_at")
                         + r"(?:\s+(?i:" + word("document_types.toml", "words", "plural") + r"))?\s+$")


def _proposer(text: str, start: int) -> Optional[str]:
    """Who proposed the cited submission: ``Theo đề nghị của Giám đốc Sở Nội vụ thành phố Hà Nội tại Tờ trình số …``
    → ``Sở Nội vụ thành phố Hà Nội``."""
    match = _proposal_pattern().search(text, max(0, start - 160), start)
    return match["body"].strip() if match else None


@cache
def _attached_to() -> regex.Pattern:
    """The line that names the document a text is attached to: ``(Kèm theo …``, ``(Ban hành kèm theo …``."""
    cues = alternation(_config()["attached"]["cues"], spaces=r"\s+")
    return regex.compile(r"(?:^|\n)[ \t*_]*+\([ \t*_]*+(?i:" + cues + r")\s+$")


def _own_numbers(doc: DocumentStructure, found: list[_Found]) -> set[str]:
    """Numbers that are the document itself (SPEC §4: a document referring to itself is no citation): its own
    header number, and the document it is attached to, named on a line of its own under a title —
    ``(Kèm theo Quyết định số 2853/QĐ-UBND …)``, ``(Ban hành kèm theo …)``, ``(Kèm theo Kế hoạch số 980/KH-UBND …)``.
    A news report has no header number, so the plan it reports on stays a citation; a consolidated text ("Số:
    89/VBHN-BQP") cites the decisions it consolidates, its regulation's "(Ban hành kèm theo …)" line included."""
    own = {doc.info.number.upper()} if doc.info is not None and doc.info.number else set()
    if not own:
        own = _titled_numbers(doc.text, found)
    if any(f"/{code}-" in number or number.startswith(f"{code}-") for number in own
           for code in _config()["attached"]["consolidation_codes"]):
        return own  # a consolidated text ("89/VBHN-BQP") cites the documents it consolidates
    bodies = {_sign_body(number) for number in own}
    serials = {number.rsplit("/", 1)[0] for number in own}
    # a document the text rests on ("Căn cứ Nghị quyết số 35-NQ/TU …") is no document the text is (round 50: a
    # department's plan under "(Ban hành kèm theo Nghị quyết số 35-NQ/TU …)" with no number of its own)
    bases = {f.number.upper() for f in found if f.number and _cue_relation(doc.text, f.start) == "basis"}
    for f in found:
        number = f.number.upper() if f.number else ""
        if number and f.type != "law" and _attached_to().search(doc.text, max(0, f.start - 40), f.start) \
                and number not in bases \
                and (not own or _sign_body(number) in bodies or number.rsplit("/", 1)[0] in serials):
            # (a page with a header number is attached only to what its own body issued, or to its own number
            # misspelt: a model form's "(Kèm theo Nghị định số 226/2025/NĐ-CP …)" in the annex of a ministry's
            # "5042/QĐ-BNNMT" names the decree it copies)
            own.add(number)
    return own


_BLANK_NUMBER_CHARS = 3000  # how far into a text its header's number line is looked for


@cache
def _blank_number() -> regex.Pattern:
    return data_pattern("header.toml", "number", "blank_pattern")


def _titled_numbers(text: str, found: list[_Found]) -> set[str]:
    """The number a converter's title gives a text whose header leaves the serial blank: "# Kế hoạch 75/KH-UBND …" above
    "Số:         /KH-UBND" is the text itself (SPEC §4), as a header number would be (round 50)."""
    blank = _blank_number().search(text, 0, min(len(text), _BLANK_NUMBER_CHARS))
    if blank is None:
        return set()
    sign = "/" + "".join(blank["sign"].split()).upper()
    return {f.number.upper() for f in found if f.number and f.start < blank.start()
            and "".join(f.number.split()).upper().endswith(sign)}


def _sign_body(number: str) -> str:
    """The issuing body's part of a number's sign: ``2853/QĐ-UBND`` → ``UBND``, ``226/2025/NĐ-CP`` → ``CP``."""
    sign = number.rsplit("/", 1)[-1]
    return sign.split("-", 1)[1] if "-" in sign else sign


#: The year written after a number, with its word or bare: "Kế hoạch 44/KH-BTC năm 2025", "Chỉ thị 24/CT-TTg 2025"
#: (legal websites' way of naming a document); not a range or a figure ("… 2025-2030", "2025,5").
_YEAR_AFTER = regex.compile(r"(?:\s{1,3}" + _YEAR + r"\s{0,2}|[ \t]{1,3})(?P<year>(?:19|20)\d\d)"
                            r"(?![\d/\p{L}]|[.,]\d|[ \t]?[-–][ \t]?\d)")


#: the place a local body's name goes on with: " tỉnh Nghệ An", " thành phố Hà Nội"
_PLACE_TAIL = regex.compile(r"\s+(?:" + alternation(word("document_types.toml", "local", key) for key in ("province", "city"))
                            + r").*$")


@cache
def _basis_header() -> regex.Pattern:
    return regex.compile(r"(?i:" + alternation(_config()["basis_columns"]["headers"]) + r")")


@per_text(maxsize=2)
def _basis_cells(text: str) -> tuple[tuple[int, int], ...]:
    """The cells of table columns headed as a legal basis ("Căn cứ pháp lý"): in each row of the header's width
    below the header row, the cell at the header's column, up to a row of another table (three cells or more, another
    width); a group row ("II | LĨNH VỰC …") is passed over. Rows end where a run of cells has an empty one."""
    if _basis_header().search(text) is None:
        return ()  # most texts have no such column: no table is read
    heads = [h.casefold() for h in _config()["basis_columns"]["headers"]]
    found: list[tuple[int, int]] = []
    for run in cell_runs(text):
        rows: list[list[tuple[int, int]]] = [[]]
        for cell in run:
            if cell is None:
                if rows[-1]:
                    rows.append([])
            else:
                rows[-1].append(cell)
        column = width = None
        for row in rows:
            labels = [cell_label(text, cell).casefold() for cell in row]
            if any(label in heads for label in labels):
                # the header may close a row the conversion ran on from the text above: it starts at its number cell
                at = next(i for i, label in enumerate(labels) if label in heads)
                first = next((i for i in range(at, -1, -1) if is_number_header(labels[i])), 0)
                column, width = at - first, len(row) - first
            elif column is not None and len(row) == width:
                found.append(row[column])
            elif column is not None and len(row) > width and labels[0].isdigit():
                # the table's last row run on into the next table's heading and header, no empty cell between
                # ("7 | … | - Nghị định số 280/2025/NĐ-CP … | B. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ | STT | …";
                # round 54): its first cells are the row
                found.append(row[column])
                column = width = None
            elif column is not None and len(row) >= 3:
                column = width = None
    return tuple(found)


#: What may stand between a basis cell's item start and the document that opens it: "- ", "+ ", "1. ".
_ITEM_OPENING = regex.compile(r"[\s*_]*(?:[-+•–]|\d{1,2}[.)])?[\s*_]*")


def _opens_basis_item(text: str, start: int) -> bool:
    """Whether the citation at ``start`` opens an item of a legal-basis cell ("|" ⏎ "- Luật Khoa học, công nghệ và
    đổi mới sáng tạo năm 2025." ⏎ "- Nghị định số 268/2025/NĐ-CP …"), not a document named inside another's title."""
    for cell_start, cell_end in _basis_cells(text):
        if cell_start <= start < cell_end:
            line_start = max(text.rfind("\n", cell_start, start) + 1, cell_start)
            opening = _ITEM_OPENING.match(text, line_start, start)
            return opening is not None and opening.end() == start and (
                line_start == cell_start or text[line_start:start].strip() != "")
    return False


def find_citations(doc: DocumentStructure) -> list[Citation]:
    """Find every citation in ``doc.text``."""
    text = doc.text
    # a plan's "UBND" signs are its own province's; a news article's are read from the sign alone (SPEC §4: "else
    # from the sign") — the article is no body's document, and its mentions name their issuer when they know it
    own_document = not doc.headingless or bool(doc.info and (doc.info.number or doc.info.issuer))
    province = _province_suffix(doc) if own_document else None
    web_article = not own_document and is_web_article(text)
    resolved = _resolved_codes(text)
    citations: list[Citation] = []
    previous: Optional[tuple[_Found, int, str]] = None
    last_nested = False
    nested_starts: set[int] = set()
    central_giver: Optional[str] = None
    all_found = _find(text)
    own = _own_numbers(doc, all_found)
    for found in all_found:
        if found.number and found.number.upper() in own:
            continue
        issued_on, issuer_text, title = _parse_after(text, found if found.tail_at is None
                                                     else replace(found, end=found.tail_at))
        if issuer_text is None:
            issuer_text = _proposer(text, found.start)
        if issuer_text is None:  # "Ngày 26/11/2025, UBND tỉnh Đồng Nai đã ban hành Kế hoạch 188/KH-UBND …"
            enacted = _enactor(text, found.start)
            if enacted is not None:
                issuer_text = enacted[0]
                issued_on = issued_on or enacted[1]
        if issued_on is None:  # "Ngày 25/5/2025, thay mặt Bộ Chính trị, … ký ban hành Kết luận số 157-KL/TW của …"
            issued_on = _dated_enactment(text, found.start)
        if issuer_text is None and found.head is not None:  # "các Quyết định của Bộ trưởng … (Số 1226/…)"
            issuer_text = _parse_after(text, _Found(found.head[0], found.head[1], found.type))[1]
        if issuer_text is not None and issuer_text[:1].islower():
            issuer_text = _body_written_lower(issuer_text)
        if found.sign is None:
            title = None  # an unnumbered law's name is its title; a "về …" after it is the citing clause's
        warnings: list[str] = []
        number = found.number
        year = found.year
        if year is None and issued_on:
            year = int(issued_on[:4])
        if year is None and found.sign:  # "Kế hoạch 44/KH-BTC năm 2025"
            written = _YEAR_AFTER.match(text, found.end)
            year = int(written["year"]) if written else None
        if found.party and found.sign:
            from_sign = party_issuer(found.sign, doc.province)
        else:
            from_sign = issuer_from_sign(found.sign, province) if found.sign else None
        for default, other in resolved.items():
            if from_sign and default in from_sign:
                from_sign = from_sign.replace(default, other)
        if issuer_text is None and found.party and from_sign == _central_party():
            issuer_text = _central_giver(text, found.start)
            if issuer_text is None and central_giver is not None and citations \
                    and citations[-1].type == found.type and _dated_join().fullmatch(text, citations[-1].end, found.start):
                # "… của Bộ Chính trị tại Kết luận số 126-KL/TW, | Kết luận số 127-KL/TW", "… tại Kết luận
                # 127-KL/TW ngày 28/02/2025, | Kết luận 130-KL/TW": the list the giver is named over
                issuer_text = central_giver
            central_giver = issuer_text
        else:
            central_giver = None
        # an issuer names a body: punctuation where one was expected names none ("Kế hoạch 380/KHPH của .. ngày …")
        issuer_text, from_sign = _named_body(issuer_text), _named_body(from_sign)
        issuer = _canonical_issuer(issuer_text) if issuer_text else from_sign
        bare_sign = issuer_from_sign(found.sign) if found.sign and not found.party else None
        if issuer and issuer_text and bare_sign and bare_sign.startswith(issuer) and bare_sign != issuer:
            issuer = bare_sign  # "của Thủ tướng" with QĐ-TTg: Thủ tướng Chính phủ
        by_type = _config()["type_issuers"].get(found.type)
        if issuer is None or (by_type and found.sign is None and by_type.casefold() not in issuer.casefold()):
            # only the National Assembly passes laws: "Luật phòng thủ dân sự do tỉnh Nghệ An ban hành" names
            # the issuer of the citing text, not of the law
            issuer = by_type if by_type else issuer
        if issuer and issuer_text and from_sign and not found.party:
            sign_bodies = [b.strip() for b in regex.split(r",|\s" + _AND + r"\s", from_sign)]
            generic = [_PLACE_TAIL.sub("", b) for b in sign_bodies]
            if not any(g.lower() in issuer.lower() for g in generic):
                warnings.append(f"issuer written as {issuer!r} but the sign {found.sign} says {from_sign!r}")
        last = citations[-1] if citations else None
        # listed right after the last citation, nothing between but a joiner
        sibling = last is not None and (_patterns()["join_only"].fullmatch(text, last.end, found.start) is not None
                                        or _sibling_join().fullmatch(text, last.end, found.start) is not None)
        if sibling and last_nested and ";" in text[last.end:found.start]:
            # a ";" closes the title the last citation was named in: what follows is the next member of the outer
            # list, not a sibling of the nested one ("Căn cứ các Nghị định …: số 08/2022/NĐ-CP … quy định chi tiết
            # một số điều của Luật Bảo vệ môi trường; | số 05/2025/NĐ-CP …" → basis, as số 08/2022/NĐ-CP)
            sibling = False
        relation = _relation(text, found, previous, last, sibling, doc.headingless, web_article, nested_starts)
        if relation == "refers" and _opens_basis_item(text, found.start):
            relation = "basis"  # an item of a "Căn cứ pháp lý" column: the legal basis of that row
        if relation == "basis" and web_article:
            relation = "refers"  # a news article rests on no document: its "Căn cứ theo Kế hoạch …" is "according to"
        elif relation == "implements" and web_article and _QUESTION_REST.match(text, found.end):
            relation = "refers"  # a news question: "Quy trình tổ chức Đại hội … theo Hướng dẫn 06-HD/TW ra sao?"
        elif relation == "refers" and not web_article and _repealed_after(text, found.start, found.end):
            relation = "repeals"  # "Quyết định số 2194/QĐ-UBND ngày … của Chủ tịch UBND tỉnh hết hiệu lực kể từ …"
        clause_end = _clause_end(text, found.end, 400)
        citations.append(Citation(
            text=text[found.start:found.end], start=found.start, end=found.end, type=found.type, number=number,
            serial=found.serial, year=year, sign=found.sign, issued_on=issued_on, issuer=issuer, title=title,
            relation=relation, name=found.name, warnings=warnings,
            rule=found.rule if found.sign else "citations.named"))
        # a document named inside another's title (or listed right after one that is) does not
        # start a list of its own: "Nghị định … quy định … của Luật A, Luật B …; Kế hoạch …"
        nested = previous is not None and relation == "refers" and (
            found.start < previous[1] or (sibling and last_nested))
        last_nested = nested
        if nested:
            nested_starts.add(found.start)
        if not nested:
            previous = (found, min(clause_end, found.end + 400), relation)
    return citations


@cache
def _enactor_pattern() -> regex.Pattern:
    cfg = _config()["enacting"]
    heads = alternation(_config()["clauses"]["body_heads"])
    return regex.compile(r"(?:^|[,.;:\n]|(?<![\p{L}\d])(?i:" + _DAY + r")\s{1,3}[\d/.-]{6,10})\s{0,3}"
                         r"(?P<body>(?:(?:" + heads + r")(?!\p{L})|\p{Lu}{2,}(?![\p{Ll}]))[^,.;:\n()“\"]{0,100}?)"
                         r"\s{1,3}(?:(?:" + alternation(cfg["adverbs"]) + r")\s{1,3})?(?:" + alternation(cfg["verbs"])
                         + r")\s{1,3}$")


_CODE_ONLY = regex.compile(data_regex("document_types.toml", "number", "code_letter") + r"{2,12}")  # "BVHTTDL"
# "Ngày 26/11/2025", "ngày 05 tháng 3 năm 2025"
_DATE_WRITTEN = (r"(?i:" + _DAY + r")\s{1,3}(?:[\d/.-]{6,10}|\d{1,2}\s{1,3}" + _MONTH + r"\s{1,3}\d{1,2}\s{1,3}"
                 + _YEAR + r"\s{1,3}\d{4})")
_DATE_LEAD = regex.compile(_DATE_WRITTEN + r"\s{0,3},?\s{0,3}$")
_DATED_CLAUSE_CHARS = 120  # the longest subject between a sentence's opening date and its enacting verb


@cache
def _dated_enactment_pattern() -> regex.Pattern:
    cfg = _config()["enacting"]
    return regex.compile(r"(?:^|(?<=[.;:!?\n]))[ \t*_>#-]{0,6}(?P<date>" + _DATE_WRITTEN + r")\s{0,3},\s{0,3}"
                         r"[^.;:!?\n]{1," + str(_DATED_CLAUSE_CHARS) + r"}?\s(?:(?:" + alternation(cfg["adverbs"])
                         + r")\s{1,3})?(?:" + alternation(cfg["verbs"] + cfg["dated_verbs"]) + r")\s{1,3}$")


def _dated_enactment(text: str, start: int) -> Optional[str]:
    """The date a sentence opens with when it says the citation at ``start`` was enacted that day (the day comes
    before the document here, not after it): ``Ngày 25/5/2025, thay mặt Bộ Chính trị, đồng chí … ký ban hành Kết
    luận số 157-KL/TW`` → ``2025-05-25``."""
    window_start = max(0, start - _DATED_CLAUSE_CHARS - 60)
    match = _dated_enactment_pattern().search(text, window_start, start)
    if match is None:
        return None
    dates = list(find_dates(match["date"]))
    return dates[0][2] if dates else None


def _enactor(text: str, start: int) -> Optional[tuple[str, Optional[str]]]:
    """The body that a sentence says enacted the citation, and the date it opens with:
    ``Ngày 26/11/2025, UBND tỉnh Đồng Nai đã ban hành Kế hoạch 188/KH-UBND`` → (``UBND tỉnh Đồng Nai``, ``2025-11-26``).
    ``BVHTTDL đã có Kế hoạch 5607/KH-BVHTTDL`` → ``BVHTTDL``."""
    window_start = max(0, start - 160)
    match = _enactor_pattern().search(text, window_start, start)
    if match is None:
        return None
    body = " ".join(match["body"].split())
    if _CODE_ONLY.fullmatch(body):  # "BVHTTDL đã có Kế hoạch …": a sign code of a body
        known = _sign_issuers().get(body)
        if known is None:
            return None
        body = known
    date = None
    lead = _DATE_LEAD.search(text, max(0, match.start("body") - 40), match.start("body"))
    if lead:
        dates = list(find_dates(lead.group()))
        date = dates[0][2] if dates else None
    return body, date


