"""The Lookup tab's parts: the results table's model and rows, the order detail pane, the
known-order search, the import column picker and the export's cells."""
