"""The words around an act that change its code or its sides: frame verbs, reported speech, papers, verdicts."""
