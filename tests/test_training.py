from bot.training import fingerprint


def _write(root, relative, text):
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_fingerprint_follows_content_not_timestamps(tmp_path):
    files = [_write(tmp_path, "config.yml", "a"), _write(tmp_path, "data/nlu/x.yml", "b")]
    before = fingerprint(files, root=tmp_path)
    files[1].touch()
    assert fingerprint(files, root=tmp_path) == before
    files[1].write_text("changed")
    assert fingerprint(files, root=tmp_path) != before


def test_fingerprint_sees_renamed_files(tmp_path):
    original = _write(tmp_path, "data/a.yml", "same")
    before = fingerprint([original], root=tmp_path)
    renamed = _write(tmp_path, "data/b.yml", "same")
    assert fingerprint([renamed], root=tmp_path) != before
