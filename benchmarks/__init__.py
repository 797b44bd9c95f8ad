"""Benchmarks for the Parallax engine."""
