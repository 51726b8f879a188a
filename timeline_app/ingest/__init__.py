"""From saved news pages to dated, sourced events; never imports PySide6."""
