"""The Indonesian lexicon's derived forms, sense by sense: each PLOVER type fires on the affixed forms
of its roots (positive examples) and not on look-alike words (negative examples); each event names the
lexicon entry that made it."""

from __future__ import annotations

import pytest
from tests.events.helpers import build

from warta.events import extract_events
from warta.events.lexicon import load_lexicon
from warta.lang.id.affixes import forms
from warta.model import PLOVER_TYPES, offset_errors
from warta.options import ExtractOptions


def _events(marked: str):
    document = extract_events(build(marked), ExtractOptions())
    assert offset_errors(document) == []
    return document.events


POSITIVE = [
    # (marked sentence, type, the sense id its rule must start with)
    ("[Polisi|IDN] menangkap [dua tersangka|IDN] di Bekasi.", "COERCE", "coerce-arrest"),
    ("[Seorang pria|GBR] ditahan oleh [polisi|GBR] atas dugaan pembunuhan.", "COERCE", "coerce-arrest"),
    ("[Hakim|USA] menjatuhkan hukuman penjara kepada [terdakwa|USA].", "COERCE", "coerce-arrest"),
    ("[Jaksa|IDN] mendakwa [mantan menteri itu|IDN] dengan pasal korupsi.", "COERCE", "coerce-arrest"),
    ("[Pemerintah|IDN] melarang [ormas itu|IDN] berkegiatan.", "COERCE", "coerce-restrict"),
    ("[Imigrasi|IDN] mendeportasi [warga asing itu|AUS] pekan lalu.", "COERCE", "coerce-deport"),
    ("[Massa|IDN] berdemonstrasi di depan kantor [gubernur|IDN].", "PROTEST", "protest-demo"),
    ("[Para pedagang|IDN] memboikot [pasar baru itu|IDN].", "PROTEST", "protest-boycott"),
    ("[Pelaku|IDN] menganiaya [korban|IDN] hingga pingsan.", "ASSAULT", "assault"),
    ("[Orang tak dikenal|IDN] menembaki [pos polisi|IDN] semalam.", "ASSAULT", "assault-firearms"),
    ("[Pria itu|USA] dituduh memperkosa [seorang wanita|USA].", "ASSAULT", "assault-kill"),
    ("[Menteri|IDN] membantah [tudingan itu|IDN].", "REJECT", "reject"),
    ("[DPR|IDN] menolak usulan [pemerintah|IDN].", "REJECT", "reject"),
    ("[Gubernur|IDN] mengimbau [warga|IDN] agar tetap tenang.", "REQUEST", "request"),
    ("[Aktivis|IDN] mendesak [KPK|IDN] mengusut kasus itu.", "REQUEST", "request"),
    ("[Oposisi|IDN] mengkritik [pemerintah|IDN] soal harga beras.", "ACCUSE", "accuse-disapprove"),
    ("[Partai itu|IDN] menuding [lawannya|IDN] curang.", "ACCUSE", "accuse-allege"),
    ("[Penyidik|IDN] memeriksa [saksi|IDN] selama lima jam.", "ACCUSE", "accuse-investigate"),
    ("[Presiden|IDN] memuji [tim SAR|IDN] atas kerja kerasnya.", "SUPPORT", "support-praise"),
    (
        "[Ketua DPR|IDN] berjanji kepada [mahasiswa|IDN] akan membahas tuntutan mereka.",
        "AGREE",
        "agree-intent",
    ),
    ("[Pemerintah|IDN] menyepakati perjanjian damai dengan [pemberontak|IDN].", "AGREE", "agree-accept"),
    ("[Menteri|IDN] menemui [para pengungsi|IDN] di Palu.", "CONSULT", "consult-meet"),
    ("[Relawan|IDN] mengevakuasi [warga|IDN] dari lokasi banjir.", "AID", "aid"),
    ("[Pemerintah|IDN] membebaskan [tahanan politik|IDN] pekan ini.", "RETREAT", "retreat-release"),
    ("[Presiden|IDN] mengancam [pengusaha nakal|IDN] dengan sanksi.", "THREATEN", "threaten"),
    ("[Ketua MPR|IDN] menilai keputusan [KPU|IDN] itu keliru.", "ACCUSE", "accuse-disapprove"),
    ("[Menteri|IDN] menegaskan, pemerintah sama sekali belum membahas usulan [DPR|IDN].", "REJECT", "reject"),
    ("[Warga|IDN] melaporkan [kepala desa|IDN] ke Polda Jawa Tengah.", "ACCUSE", "accuse-sue"),
    ("[Kelompok bersenjata|IDN] menyandera [dua pekerja|IDN] di Nduga.", "ASSAULT", "assault"),
    ("[Imigrasi|IDN] mencekal [pengusaha itu|IDN] ke luar negeri.", "COERCE", "coerce-restrict"),
    ("[Gubernur|IDN] menyambangi [korban banjir|IDN] di Kampung Melayu.", "CONSULT", "consult-meet"),
    ("[Polri|IDN] berkoordinasi dengan [TNI|IDN] di perbatasan.", "COOPERATE", "cooperate"),
    ("[Bupati|IDN] mencabut izin [perusahaan tambang itu|IDN].", "RETREAT", "retreat-ease"),
]


@pytest.mark.parametrize(("marked", "kind", "sense"), POSITIVE)
def test_a_derived_form_makes_its_sense(marked: str, kind: str, sense: str) -> None:
    found = [e for e in _events(marked) if e.type == kind]
    assert found, [(e.type, e.rule) for e in _events(marked)]
    assert found[0].rule and found[0].rule.startswith(sense + ":")


NEGATIVE = [
    # (marked sentence, the type it must not produce)
    ("[Kementerian Pertahanan|IDN] membeli pesawat baru.", "COERCE"),  # pertahanan: defence
    ("[Tim itu|IDN] bertahan di puncak klasemen.", "COERCE"),  # bertahan: to hold out
    ("[Polisi|IDN] menjaga keamanan di stadion.", "COERCE"),  # keamanan: security
    ("[Seorang pejabat|IDN] yang menolak disebutkan namanya mengatakan rapat ditunda.", "REJECT"),
    ("[Mereka|IDN] ingin makan siang bersama.", "AGREE"),  # a bare wish is no commitment
    ("[Donald Trump|USA] memulai rapat umum kampanye di Ohio.", "CONSULT"),  # a rally, not a meeting
    ("[Variety|USA] melaporkan bahwa acara itu sukses.", "ACCUSE"),  # reporting is not suing
    ("[Pemain|ESP] itu mencetak dua gol.", "ASSAULT"),
    ("[Pengamat|IDN] menilai ekonomi tumbuh lima persen.", "ACCUSE"),  # a judgement, no wrong named
    ("[Menteri|IDN] menegaskan bahwa proyek itu berjalan sesuai rencana.", "REJECT"),  # no denial
    ("[Putin|RUS] dilaporkan menerima undangan itu.", "ACCUSE"),  # a report, not a complaint to police
]


@pytest.mark.parametrize(("marked", "kind"), NEGATIVE)
def test_a_look_alike_word_makes_no_event(marked: str, kind: str) -> None:
    assert not [e for e in _events(marked) if e.type == kind]


def test_negation_before_another_verb_leaves_the_event_asserted() -> None:
    (event,) = [e for e in _events("[Para tahanan|IDN] tak terima ponsel mereka diamankan [petugas|IDN].")]
    assert event.type == "COERCE" and event.modality == "asserted"
    assert [a.text for a in event.actor] == ["petugas"]  # a passive's agent right after the verb


def test_every_plover_type_has_a_sense_with_an_id() -> None:
    lexicon = load_lexicon("id")
    senses = {p.sense for p in lexicon.phrases} | {p.sense for p in lexicon.patterns}
    assert {s.type for s in senses} == set(PLOVER_TYPES)
    assert all(s.id for s in senses)
    assert len(lexicon.phrases) > 500  # the roots derive their forms


@pytest.mark.parametrize(
    ("root", "template", "form"),
    [
        ("tangkap", "meN", "menangkap"),
        ("tangkap", "peN-an", "penangkapan"),
        ("serang", "meN", "menyerang"),
        ("kecam", "meN", "mengecam"),
        ("kritik", "meN", "mengkritik"),  # a cluster keeps its k
        ("protes", "meN", "memprotes"),
        ("pukul", "meN", "memukul"),
        ("bom", "meN", "mengebom"),  # one syllable
        ("runding", "ber", "berunding"),
        ("kerja sama", "ber", "bekerja sama"),
        ("jatuh hukuman", "di-i", "dijatuhi hukuman"),
        ("khawatir", "ke-an", "kekhawatiran"),
        ("minta", "per-an", "permintaan"),
    ],
)
def test_affix_templates_spell_the_forms(root: str, template: str, form: str) -> None:
    assert form in forms(root, template)


def test_an_unknown_template_is_an_error() -> None:
    with pytest.raises(ValueError, match="template"):
        forms("tangkap", "meN-nya")


def test_kalau_after_a_reporting_verb_reports_and_conditions_nothing() -> None:
    (said,) = [
        e for e in _events("[Menteri|IDN] menegaskan kalau [ia|IDN] tidak segan menutup [pabrik itu|IDN].")
    ]
    assert said.type == "THREATEN" and said.modality == "asserted"
    (cond,) = [
        e for e in _events("Kalau [pabrik itu|IDN] melanggar, [menteri|IDN] mengancam [pemiliknya|IDN].")
    ]
    assert cond.type == "THREATEN" and cond.modality == "hypothetical"


def test_a_condition_reaches_the_clauses_coordinated_after_it() -> None:
    marked = "Kalau [pabrik itu|IDN] melanggar, [menteri|IDN] akan menutupnya dan mengancam [pemiliknya|IDN]."
    (threat,) = [e for e in _events(marked) if e.type == "THREATEN"]
    assert threat.modality == "hypothetical"


def test_tidak_ada_negates_the_deed_noun_after_it() -> None:
    (talks,) = [
        e
        for e in _events("[Kami|IDN] tidak ada pembahasan dengan [DPR|IDN] soal itu.")
        if e.type == "CONSULT"
    ]
    assert talks.modality == "negated"


def test_calling_a_report_false_is_the_reporters_denial() -> None:
    marked = "[Sri Mulyani|IDN] menegaskan bahwa kabar tentang [Menteri PAN|IDN] itu adalah hoaks."
    (denial,) = [e for e in _events(marked) if e.type == "REJECT"]
    assert [a.text for a in denial.actor] == ["Sri Mulyani"]
    assert denial.rule and denial.rule.startswith("reject-false-report:")
