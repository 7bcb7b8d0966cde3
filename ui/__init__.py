"""Unknot's Qt layer: widgets, tray, timers. Turns clicks into core calls; draws core state."""
