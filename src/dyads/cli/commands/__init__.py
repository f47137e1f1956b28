"""One module per group of commands, each a thin layer over library functions."""
