"""newsquotes: news articles in, a gold-labelled corpus of entities, quotes, speakers and stance out."""

__version__ = "0.1.0"
