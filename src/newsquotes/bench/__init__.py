"""Scoring models against gold: NER, quotes, speakers, stance, with intervals and paired tests."""
