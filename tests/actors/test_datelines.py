"""A dateline names where a report was filed from, not an actor of it."""

import warta


def test_dateline_city_is_not_an_actor_but_the_same_city_in_a_sentence_is() -> None:
    text = (
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo meminta KPK mengusut kasus korupsi bantuan sosial.\n"
        "MOSKOW - Rusia menolak tuduhan itu. Moskow menyebut laporan itu palsu."
    )
    actors = [(a.text, a.country) for a in warta.extract(text, lang="id").actors]
    assert ("JAKARTA", "IDN") not in actors and ("MOSKOW", "RUS") not in actors
    assert ("Joko Widodo", "IDN") in actors and ("Rusia", "RUS") in actors
    assert ("Moskow", "RUS") in actors  # the capital speaking for its government
