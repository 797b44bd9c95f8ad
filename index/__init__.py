"""Parallax's headless engine: ingest, clean, extract, index, search and compare news articles.

Nothing in this package imports Textual; every result is a dataclass that serialises to JSON.
"""
