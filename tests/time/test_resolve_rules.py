"""One line per rule: text, publication date, the span it must yield, its value, anchor, granularity."""

from __future__ import annotations

import pytest

# fmt: off
CASES = [
    # lang, text, published, span, value, anchor, granularity
    ("id", "Pada tanggal 22 September, Kementerian Luar Negeri Rusia mengatakan.", "2023-09-22", "22 September", "2023-09-22", "absolute", "day"),
    ("id", "Rapat digelar pada 8 Mei 2024 di Jakarta.", "2024-05-09", "8 Mei 2024", "2024-05-08", "absolute", "day"),
    ("id", "Rapat digelar pada 8 mei 2024 di Jakarta.", "2024-05-09", "8 mei 2024", "2024-05-08", "absolute", "day"),
    ("id", "Pada tanggal 8 Mei, DPR mengesahkan RUU.", "2024-05-09", "8 Mei", "2024-05-08", "absolute", "day"),
    ("id", "Kata dia di Jakarta, Senin (8/5/2024), usai rapat.", "2024-05-09", "Senin (8/5/2024)", "2024-05-08", "absolute", "day"),
    ("id", "Kata Anas kepada wartawan, Rabu (18/8).", "2010-08-19", "Rabu (18/8)", "2010-08-18", "absolute", "day"),
    ("id", "Kata Ruhut ketika dihubungi, Senin, 23 Juni 2014.", "2014-06-24", "Senin, 23 Juni 2014", "2014-06-23", "absolute", "day"),
    ("id", "Banjir terjadi pada 28 Desember di Jakarta.", "2024-01-03", "28 Desember", "2023-12-28", "absolute", "day"),
    ("id", "Dia menyampaikan pidato pada 15 Agustus lalu di DPR.", "2014-08-26", "15 Agustus lalu", "2014-08-15", "absolute", "day"),
    ("id", "DPR membahas perpu itu pada 12 Januari mendatang.", "2014-08-26", "12 Januari mendatang", "2015-01-12", "absolute", "day"),
    ("id", "Data dirilis 17 Agt 2020 oleh BPS.", None, "17 Agt 2020", "2020-08-17", "absolute", "day"),
    ("id", "Laporan bertanggal 2023-09-13 itu bocor.", None, "2023-09-13", "2023-09-13", "absolute", "day"),
    ("id", "Pertemuan dijadwalkan 20-22 Oktober di Bali.", "2023-09-22", "20-22 Oktober", "2023-10-20/2023-10-22", "absolute", "range"),
    ("id", "Pada September 2014 kami akan mengadakan survei.", "2014-05-01", "September 2014", "2014-09", "absolute", "month"),
    ("id", "Misi itu diluncurkan pada tahun 2009.", "2010-01-01", "tahun 2009", "2009", "absolute", "year"),
    ("id", "Harga naik sejak 2019 di seluruh daerah.", "2023-09-22", "2019", "2019", "absolute", "year"),
    ("id", "Putin dan Kim Jong Un bertemu di Rusia pekan lalu.", "2023-09-22", "pekan lalu", "2023-09-11/2023-09-17", "published", "week"),
    ("id", "Pertemuan Putin dan Kim Jong Un minggu lalu membahas senjata.", "2023-09-22", "minggu lalu", "2023-09-11/2023-09-17", "published", "week"),
    ("id", "Minggu lalu, menteri itu berkunjung.", "2023-09-22", "Minggu lalu", "2023-09-11/2023-09-17", "published", "week"),
    ("id", "Awal pekan ini, menteri berbicara pukul 10.00 WIB.", "2023-09-22", "Awal pekan ini", "2023-09-18/2023-09-24", "published", "week"),
    ("id", "Delegasi akan datang pekan depan.", "2023-09-22", "pekan depan", "2023-09-25/2023-10-01", "published", "week"),
    ("id", "Kontak tingkat tinggi dapat dilakukan pada bulan Oktober.", "2023-09-22", "bulan Oktober", "2023-10", "published", "month"),
    ("id", "Dia sudah pergi ke Moskow pada bulan November.", "2023-09-22", "bulan November", "2022-11", "published", "month"),
    ("id", "Sejak Maret lalu, ribuan orang terinfeksi.", "2014-08-20", "Maret lalu", "2014-03", "published", "month"),
    ("id", "Harga turun bulan lalu.", "2024-01-10", "bulan lalu", "2023-12", "published", "month"),
    ("id", "Tarif naik bulan depan.", "2023-12-10", "bulan depan", "2024-01", "published", "month"),
    ("id", "Rouhani terpilih tahun lalu.", "2014-06-01", "tahun lalu", "2013", "published", "year"),
    ("id", "Pemilu digelar akhir tahun ini.", "2014-06-01", "akhir tahun ini", "2014", "published", "year"),
    ("id", "Kementerian menyatakan keprihatinan pada Kamis bahwa Putin menentang resolusi.", "2023-09-14", "Kamis", "2023-09-14", "published", "day"),
    ("id", "Putin dan Kim bertemu pada Rabu di Vostochny.", "2023-09-14", "Rabu", "2023-09-13", "published", "day"),
    ("id", "Selama pertemuan Rabu di Vostochny Cosmodrome, Kim bersumpah.", "2023-09-14", "Rabu", "2023-09-13", "published", "day"),
    ("id", "Harga saham terus turun sejak hari Rabu.", "2023-09-14", "hari Rabu", "2023-09-13", "published", "day"),
    ("id", "Dia tiba Rabu lalu di Jakarta.", "2023-09-13", "Rabu lalu", "2023-09-06", "published", "day"),
    ("id", "Sidang dilanjutkan Jumat depan.", "2023-09-22", "Jumat depan", "2023-09-29", "published", "day"),
    ("id", "Serangan pada Minggu menewaskan 14 orang.", "2023-09-22", "Minggu", "2023-09-17", "published", "day"),
    ("id", "Peristiwa itu terjadi 2 hari lalu di Aceh.", "2023-09-22", "2 hari lalu", "2023-09-20", "published", "day"),
    ("id", "Peristiwa itu terjadi dua hari yang lalu di Aceh.", "2023-09-22", "dua hari yang lalu", "2023-09-20", "published", "day"),
    ("id", "Kapal itu tenggelam sepekan lalu.", "2023-09-22", "sepekan lalu", "2023-09-11/2023-09-17", "published", "week"),
    ("id", "Kebijakan itu berlaku tiga bulan lagi.", "2023-09-22", "tiga bulan lagi", "2023-12", "published", "month"),
    ("id", "Dari data survei beberapa bulan lalu, aduan turun.", "2023-09-22", "beberapa bulan lalu", None, "published", "month"),
    ("id", "Namun hingga kemarin, pendaftaran masih sepi.", "2023-09-22", "kemarin", "2023-09-21", "published", "day"),
    ("id", "Hari ini presiden melantik menteri.", "2023-09-22", "Hari ini", "2023-09-22", "published", "day"),
    ("id", "Premium akan ada lagi besok, kata Hanung.", "2023-09-22", "besok", "2023-09-23", "published", "day"),
    ("id", "Pada 20 September hujan. Keesokan harinya banjir.", "2023-09-22", "Keesokan harinya", "2023-09-21", "previous", "day"),
    ("id", "Pada 20 September hujan. Dua hari kemudian banjir.", "2023-09-22", "Dua hari kemudian", "2023-09-22", "previous", "day"),
    ("en", "On Wednesday, the minister said the talks had ended.", "2023-09-14", "Wednesday", "2023-09-13", "published", "day"),
    ("en", "The leaders met in Russia last week.", "2023-09-22", "last week", "2023-09-11/2023-09-17", "published", "week"),
    ("en", "High-level contacts could take place in October.", "2023-09-22", "October", "2023-10", "published", "month"),
    ("en", "He was elected in November.", "2023-09-22", "November", "2022-11", "published", "month"),
    ("en", "The attack happened two days ago.", "2023-09-22", "two days ago", "2023-09-20", "published", "day"),
    ("en", "A week ago the border was closed.", "2023-09-22", "A week ago", "2023-09-11/2023-09-17", "published", "week"),
    ("en", "Yesterday the ministry protested.", "2023-09-22", "Yesterday", "2023-09-21", "published", "day"),
    ("en", "Talks resume next month.", "2023-09-22", "next month", "2023-10", "published", "month"),
    ("en", "Earlier this week, Seoul protested.", "2023-09-22", "Earlier this week", "2023-09-18/2023-09-24", "published", "week"),
    ("en", "The report was published September 22, 2023.", None, "September 22, 2023", "2023-09-22", "absolute", "day"),
    ("en", "He was killed on December 8 , 2016 , allegedly.", None, "December 8 , 2016", "2016-12-08", "absolute", "day"),
    ("en", "It was signed on Sept. 20, 2023 in Seoul.", None, "Sept. 20, 2023", "2023-09-20", "absolute", "day"),
    ("en", "It was signed on 22 September in Seoul.", "2023-09-25", "22 September", "2023-09-22", "absolute", "day"),
    ("en", "Prices have risen since 2019.", "2023-09-22", "2019", "2019", "absolute", "year"),
    ("en", "Talks are planned for mid-October.", "2023-09-22", "mid-October", "2023-10", "published", "month"),
    ("en", "On September 20 it rained. Three days later the river flooded.", "2023-09-25", "Three days later", "2023-09-23", "previous", "day"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "published", "span", "value", "anchor", "granularity"), CASES)
def test_resolve_rules_value_anchor_granularity(
    run_times, only_time, lang, text, published, span, value, anchor, granularity
):
    time = only_time(run_times(text, lang, published), span)
    assert (time.value, time.anchor, time.granularity) == (value, anchor, granularity)
