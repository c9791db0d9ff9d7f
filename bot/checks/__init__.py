"""`make validate`: checks of the training data, the domain, the actions and the knowledge.

Each check explains every mistake it finds in one plain sentence that starts with the file
and line to fix, so a maintainer who does not read Python can correct the data themselves.
"""
