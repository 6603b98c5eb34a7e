"""Indonesian derivational morphology, generative direction: the forms of a root under an affix
template ("meN-kan" + "jatuh" -> "menjatuhkan"), so that a lexicon can list roots instead of every form.

The rules are the standard ones of Indonesian grammar (Sneddon, *Indonesian: A Comprehensive Grammar*,
ch. 2-3; KBBI): meN-/peN- take the nasal of the root's first sound and drop a voiceless t, p, s, k
(tangkap -> menangkap, serang -> menyerang, pukul -> memukul, kecam -> mengecam) except before a
consonant cluster (protes -> memprotes, kritik -> mengkritik); one-syllable roots take menge-/penge-
(bom -> mengebom); ber-/per- lose their r before r and before a syllable ending in -er (runding ->
berunding, kerja -> bekerja). Loanwords that keep their first consonant are covered by also
generating the undropped form (mengkritik beside mengritik): a form that is not a word never occurs
in text, so over-generation costs nothing.

Templates: `meN`, `meN-kan`, `meN-i`, `memper`, `memper-kan`, `memper-i`, `ber`, `ber-kan`, `di`,
`di-kan`, `di-i`, `diper`, `diper-kan`, `diper-i`, `ter`, `ter-kan`, `peN-an`, `per-an`, `pe`, `-an`,
`ke-an`, `bare` (the root as a verb: headlines, colloquial speech), `noun` (the root as a noun).
"""

from __future__ import annotations

VOWELS = frozenset("aeiou")
TEMPLATES: tuple[str, ...] = (
    "meN", "meN-kan", "meN-i", "memper", "memper-kan", "memper-i", "ber", "ber-kan", "bare",
    "di", "di-kan", "di-i", "diper", "diper-kan", "diper-i", "ter", "ter-kan",
    "peN-an", "per-an", "pe", "-an", "ke-an", "noun",
)  # fmt: skip
# The voice a template gives its form: the subject of an active form is the actor, of a passive one
# the recipient; a nominal form names the deed.
VOICE_OF: dict[str, str] = {
    **{t: "active" for t in ("meN", "meN-kan", "meN-i", "memper", "memper-kan", "memper-i", "ber", "ber-kan", "bare")},
    **{t: "passive" for t in ("di", "di-kan", "di-i", "diper", "diper-kan", "diper-i", "ter", "ter-kan")},
    **{t: "nominal" for t in ("peN-an", "per-an", "pe", "-an", "ke-an", "noun")},
}  # fmt: skip


def _syllables(root: str) -> int:
    count, prev = 0, False
    for ch in root:
        vowel = ch in VOWELS
        if vowel and not prev:
            count += 1
        prev = vowel
    return count


def _cluster(root: str) -> bool:
    return (
        len(root) > 1
        and root[0] not in VOWELS
        and root[1] not in VOWELS
        and root[:2] not in ("ng", "ny", "sy", "kh")
    )


def nasal(prefix: str, root: str) -> set[str]:
    """meN- / peN- on `root` ("me" or "pe" as `prefix`)."""
    if _syllables(root) == 1:
        return {prefix + "nge" + root, prefix + "m" + root if root[0] in "bp" else prefix + "ng" + root}
    first = root[0]
    if first in VOWELS:
        return {prefix + "ng" + root}
    if first in "lmnrwy" or root[:2] in ("ng", "ny"):
        return {prefix + root}
    kept = _cluster(root)
    if first in "bfv":
        return {prefix + "m" + root}
    if first == "p":
        return {prefix + "m" + root} if kept else {prefix + "m" + root[1:], prefix + "m" + root}
    if first in "cdjz" or root.startswith("sy"):
        return {prefix + "n" + root}
    if first == "t":
        return {prefix + "n" + root} if kept else {prefix + "n" + root[1:], prefix + "n" + root}
    if first == "s":
        return {prefix + "n" + root} if kept else {prefix + "ny" + root[1:], prefix + "n" + root}
    if first in "gh" or root.startswith("kh"):
        return {prefix + "ng" + root}
    if first == "k":
        return {prefix + "ng" + root} if kept else {prefix + "ng" + root[1:], prefix + "ngk" + root[1:]}
    return {prefix + root}


def _ber(prefix: str, root: str) -> str:
    """ber- / per- / ter-: the r drops before r and before a first syllable ending in -er."""
    bare = prefix[:-1]
    if root[0] == "r" or (len(root) > 3 and root[1:3] == "er" and root[0] not in VOWELS):
        return bare + root
    return prefix + root


def forms(root: str, template: str) -> set[str]:
    """Every spelling of `root` under `template` (case-folded; a multi-word root derives its first
    word: "unjuk rasa" + "ber" -> "berunjuk rasa")."""
    if template not in VOICE_OF:
        raise ValueError(f"unknown affix template {template!r}")
    head, _, rest = root.casefold().partition(" ")
    tail = f" {rest}" if rest else ""
    prefix, _, suffix = template.partition("-")
    if template.startswith("-"):
        prefix, suffix = "", template[1:]
    if template in ("bare", "noun"):
        stems = {head}
    elif prefix == "meN":
        stems = nasal("me", head)
    elif prefix == "peN":
        stems = nasal("pe", head)
    elif prefix in ("ber", "per"):
        stems = {_ber(prefix, head)}
    elif prefix == "memper":
        stems = {"mem" + _ber("per", head)}
    elif prefix == "diper":
        stems = {"di" + _ber("per", head)}
    elif prefix == "pe":
        stems = {"pe" + head}
    else:  # di, ter, ke, ""
        stems = {prefix + head}
    return {stem + suffix + tail for stem in stems}
