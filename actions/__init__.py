"""Custom actions for the ICC Explainer; the action server loads every module in this package."""
