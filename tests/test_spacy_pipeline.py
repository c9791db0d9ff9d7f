import spacy

from bot.spacy_pipeline import ensure_pipeline, is_built


def test_pipeline_gives_lookup_lemmas(tmp_path):
    path = ensure_pipeline(tmp_path / "en_icc")
    assert is_built(path)
    nlp = spacy.load(path)
    lemmas = [token.lemma_ for token in nlp("Who was convicted of war crimes?")]
    assert lemmas == ["Who", "be", "convict", "of", "war", "crime", "?"]


def test_is_built_rejects_a_folder_without_our_pipeline(tmp_path):
    assert not is_built(tmp_path)
    (tmp_path / "meta.json").write_text('{"name": "other", "version": "9"}')
    assert not is_built(tmp_path)
