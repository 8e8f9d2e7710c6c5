"""The console's five tabs, one module each: what the clerk sees and clicks."""
