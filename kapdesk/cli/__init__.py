"""Command-line commands; each module registers itself with the argument parser."""
