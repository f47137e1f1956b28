"""Finding the pieces of actor mentions: nuclei, dictionary matching, names inside names, datelines, noun-phrase groups."""
