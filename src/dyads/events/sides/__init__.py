"""Who acts and who is acted on: an act's own arguments, the actors they name, and codes that depend on the doer."""
