"""Learning from real conversations: find what the assistant did not understand well
(`make review`) and turn the maintainer's corrections into training examples
(`make review-accept`)."""
