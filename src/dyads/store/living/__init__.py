"""The living dataset: new versions and retractions of articles, events merged across articles, feed state."""
