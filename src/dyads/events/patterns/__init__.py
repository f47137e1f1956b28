"""The pattern language and its packaged data: reading pattern files, the loaded catalogue, matching on the parse."""
