"""Bringing article files into a project: decoding, metadata manifests, import."""
