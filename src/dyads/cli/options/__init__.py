"""Options shared by several commands: the analysis filters and the coding engine."""
