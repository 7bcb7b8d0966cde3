"""Data shipped with Unknot: the body drawing, routines and steps, cue sounds, icons.

Not code: this file makes resources/ a package so that `pip install .` puts these files
beside core/ and ui/ (pyproject.toml, [tool.setuptools.package-data]). Find a file with
core.resources.resource("icons", "unknot.svg").
"""
