"""How much: amounts with their units, and what each amount counts in an event."""
