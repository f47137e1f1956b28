"""The CAMEO event codebook: codes, names, Goldstein values, quad classes, PLOVER crosswalk."""

from dyads.cameo.codebook import Codebook, CodeEntry, load_codebook

__all__ = ["CodeEntry", "Codebook", "load_codebook"]
