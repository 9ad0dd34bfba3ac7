"""Benchmarks (not collected by pytest: files are named bench_*.py). See __main__."""
