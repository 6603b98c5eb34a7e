from warta.model import Document, Event, Sentence, offset_errors


def test_model_offset_errors_empty_for_sound_document():
    text = "Rusia dan Korea Utara bertemu."
    document = Document(doc_id="x", text=text, sentences=(Sentence(0, len(text), text),))
    assert offset_errors(document) == []


def test_model_offset_errors_reports_shifted_span():
    text = "Rusia dan Korea Utara bertemu."
    bad = Event(id="x:e0", type="CONSULT", start=1, end=6, evidence="Rusia")
    document = Document(doc_id="x", text=text, events=(bad,))
    errors = offset_errors(document)
    assert len(errors) == 1 and "events[0].evidence" in errors[0]
