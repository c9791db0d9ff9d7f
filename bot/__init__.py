"""ICC Explainer: the code that is not a Rasa action (channels, tooling, NLP helpers)."""
