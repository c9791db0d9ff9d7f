"""The answer-level evaluation: held-out questions in tests/answers/, asked to the assistant."""
