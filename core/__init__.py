"""Unknot's domain: plain Python, no Qt. The UI and the CLI both drive it."""

__version__ = "0.1.0"

APP_NAME = "Unknot"
APP_ID = "io.github.unknot.Unknot"
