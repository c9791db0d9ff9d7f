"""Browser tests of the website chat widget; run on their own with `pytest tests/web`."""
