"""The questionnaire wizard."""
